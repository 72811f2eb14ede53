import { closeSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error';

/** Where a command writes its report: stdout, or a file with --output-file. */
export interface Output {
  /**
   * Queues text; it is written in large chunks, waiting only when the destination is full.
   * Returns a promise only when a chunk went out (something may be waited for).
   */
  write(text: string): Promise<void> | void;
  /** Writes what is queued; a file is then put in place whole (or the error names it). */
  close(): Promise<void>;
  /** Whether ANSI colour suits this output. */
  readonly color: boolean;
}

/**
 * Colour: never into a file; `--no-color` and a non-empty NO_COLOR turn it off, `--color` and
 * FORCE_COLOR (any value but 0 or false) turn it on; otherwise on a TTY.
 */
export function wantsColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (toFile || flag === false) return false;
  if (flag === true) return process.env.NO_COLOR === undefined || process.env.NO_COLOR === '';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !stdoutTakesWriteSync() && Boolean(process.stdout.isTTY);
}

/** Output is gathered up to this many bytes before it is written: one write per file would wait on the disk each time. */
const CHUNK = 256 * 1024;

/** Set once stdout's reader has gone (`microcred check | head`): the run goes on, for its exit code. */
let stdoutClosed = false;

/** Records that stdout's reader went away; later writes to stdout are dropped. */
export function markStdoutClosed(): void {
  stdoutClosed = true;
}

let stdoutWithHandler: NodeJS.WriteStream | undefined;

/**
 * process.stdout, where a reader that stops early (`microcred check ... | head`) is recorded
 * rather than thrown. Made on first use: as a pipe it loads Node's net and stream modules, which
 * took a one-file check a twentieth of a bare `node -e 0`.
 */
export function stdoutStream(): NodeJS.WriteStream {
  if (stdoutWithHandler) return stdoutWithHandler;
  const stream = process.stdout;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    markStdoutClosed();
  });
  return (stdoutWithHandler = stream);
}

let writeSyncToStdout: boolean | undefined;

/** Whether stdout is a pipe, socket or file, written with writeSync as Node's stream would (not a terminal; not on Windows). */
function stdoutTakesWriteSync(): boolean {
  if (writeSyncToStdout === undefined) {
    try {
      const info = fstatSync(1);
      writeSyncToStdout = process.platform !== 'win32' && (info.isFIFO() || info.isSocket() || info.isFile());
    } catch {
      writeSyncToStdout = false;
    }
  }
  return writeSyncToStdout;
}

/** Writes `bytes` to stdout; done with them when it returns (the stream gets a copy). */
async function writeStdout(bytes: Buffer): Promise<void> {
  let rest = bytes;
  if (stdoutTakesWriteSync()) {
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(1, bytes, offset);
      return;
    } catch (error) {
      // A stdout left non-blocking by another process, and full: the stream waits for it.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      writeSyncToStdout = false;
      rest = bytes.subarray(offset);
    }
  }
  const stream = stdoutStream();
  // A copy: the stream may write it later, after the buffer is filled again.
  if (!stream.write(Buffer.from(rest))) await once(stream, 'drain');
}

/** Opens stdout, or the report file `file` (written to a temporary file, renamed into place on close). */
export function openOutput(file: string | undefined, colorFlag: boolean | undefined): Output {
  // Standard output by name: opened again through /proc it may be a socket, which cannot be.
  if (file === '-' || file === '/dev/stdout' || file === '/dev/fd/1' || file === '/proc/self/fd/1') return stdoutOutput(false);
  return file ? fileOutput(file) : stdoutOutput(colorFlag);
}

/**
 * Text gathered as UTF-8 in one buffer and handed to `sink` a chunk at a time. Each text is
 * encoded into the buffer as it comes: joining the texts of a chunk into one string and then
 * encoding that cost a report of many files several times as much. `sink` must be done with
 * the bytes (written or copied) by the time it returns, since the buffer is filled again.
 */
function buffered(sink: (bytes: Buffer) => Promise<void>): { write: (text: string) => Promise<void> | void; flush: () => Promise<void> | void } {
  // Made on the first write: commands that write little never need one.
  let buffer: Buffer | undefined;
  let used = 0;
  const flush = () => {
    if (used === 0 || !buffer) return;
    const bytes = buffer.subarray(0, used);
    used = 0;
    return sink(bytes);
  };
  return {
    write: (text) => {
      if (!text) return;
      buffer ??= Buffer.allocUnsafe(2 * CHUNK);
      // A UTF-16 unit is at most 3 bytes of UTF-8: a text that may not fit follows what is queued.
      if (used + 3 * text.length <= buffer.length) {
        used += buffer.write(text, used);
        return used >= CHUNK ? flush() : undefined;
      }
      const queued = flush();
      if (3 * text.length > buffer.length) {
        const bytes = Buffer.from(text, 'utf8');
        return queued ? queued.then(() => sink(bytes)) : sink(bytes);
      }
      used = buffer.write(text, 0);
      return queued;
    },
    flush,
  };
}

function stdoutOutput(colorFlag: boolean | undefined): Output {
  const { write, flush } = buffered(async (bytes) => {
    if (stdoutClosed) return;
    try {
      await writeStdout(bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      stdoutClosed = true;
    }
  });
  return { color: wantsColor(colorFlag, false), write, close: async () => flush() };
}

/** Temporary files not yet renamed into place, removed if the run is interrupted. */
const temporaries = new Set<string>();

function removeTemporaries(): void {
  for (const temporary of temporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
  }
  temporaries.clear();
}

let interruptHandlers = false;

function handleInterrupts(): void {
  if (interruptHandlers) return;
  interruptHandlers = true;
  process.once('exit', removeTemporaries);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.exit(code);
    });
  }
}

function writeError(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOSPC'
      ? 'no space left on the device'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'ENOTDIR'
            ? 'a part of the path is not a directory'
            : code === 'EROFS'
              ? 'the file system is read-only'
              : code
                ? code
                : error instanceof Error
                  ? error.message
                  : String(error);
  return new UsageError(`Cannot write the report to ${file}: ${why}.`);
}

/**
 * A report file. A regular file (or a new one) is written beside its destination and renamed
 * over it on close, so a failed or interrupted run leaves the previous report whole; missing
 * parent directories are created. A device or pipe (`/dev/stdout`, a FIFO) is written in
 * place. Every failure is an error naming the path.
 */
function fileOutput(file: string): Output {
  let target = resolve(file);
  let direct = false;
  try {
    const info = statSync(target);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    // A device, pipe or /dev/stdout (a link into /proc) is written through as it is.
    direct = !info.isFile();
    // A link to a report file: the file is replaced, the link kept.
    if (!direct && lstatSafe(target)?.isSymbolicLink()) target = realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && lstatSafe(target)?.isSymbolicLink()) throw new UsageError(`Cannot write the report to ${file}: it is a broken symbolic link.`);
    if (code !== 'ENOENT') throw writeError(file, error);
  }
  let fd: number;
  let temporary: string | undefined;
  try {
    if (direct) {
      fd = openSync(target, 'w');
    } else {
      mkdirSync(dirname(target), { recursive: true });
      temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      handleInterrupts();
      fd = openSync(temporary, 'wx', 0o666);
      temporaries.add(temporary);
    }
  } catch (error) {
    throw writeError(file, error);
  }
  let open = true;
  const closeOnce = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  const fail = (error: unknown): never => {
    try {
      closeOnce();
    } catch {
      // The write error is the one to report.
    }
    if (temporary) {
      temporaries.delete(temporary);
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing to clean up.
      }
    }
    throw writeError(file, error);
  };
  const { write, flush } = buffered(async (bytes) => {
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      fail(error);
    }
  });
  return {
    color: false,
    write,
    close: async () => {
      await flush();
      try {
        if (temporary) fsyncSync(fd);
        closeOnce();
      } catch (error) {
        fail(error);
      }
      if (!temporary) return;
      try {
        renameSync(temporary, target);
      } catch (error) {
        fail(error);
      } finally {
        temporaries.delete(temporary);
      }
    },
  };
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
