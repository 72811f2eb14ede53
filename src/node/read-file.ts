import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FileError } from '../engine/format/types';
import { parseDataText, type ParsedText } from './parse-text';

/** Options for {@link readDataFile}. */
export interface ReadDataFileOptions {
  /** Largest file to read, in bytes (default 5 MB); larger files are refused unread. */
  readonly maxBytes?: number;
}

/** Largest proposal or pack file read by default: 5 MB. A real proposal is a few kilobytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads and parses a JSON or YAML file (by extension: `.json` is strict JSON), never
 * throwing: a missing, unreadable, oversized or malformed file comes back as errors.
 *
 * @example
 * ```ts
 * const parsed = await readDataFile('proposals/data-storytelling.yaml');
 * parsed.errors; // [] when the file was read and parsed
 * parsed.data;   // the proposal, as plain data
 * ```
 */
export async function readDataFile(file: string, options: ReadDataFileOptions = {}): Promise<ParsedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  try {
    const handle = await open(file, READ_FLAGS);
    try {
      const info = await handle.stat();
      const refused = refusal(info, maxBytes);
      if (refused) return failed(refused);
      text = await readUpTo(async (buffer, offset, end) => (await handle.read(buffer, offset, end - offset, null)).bytesRead, info.size, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(readError(error, maxBytes));
  }
  return parseDataText(text, { format: formatOf(file) });
}

/**
 * {@link readDataFile}, synchronously: for command-line tools that judge files one after
 * another, where waiting on each read costs more than it saves.
 *
 * @example
 * ```ts
 * const parsed = readDataFileSync('proposals/data-storytelling.yaml');
 * ```
 */
export function readDataFileSync(file: string, options: ReadDataFileOptions = {}): ParsedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  try {
    const fd = openSync(file, READ_FLAGS);
    try {
      const info = fstatSync(fd);
      const refused = refusal(info, maxBytes);
      if (refused) return failed(refused);
      text = readUpToSync((buffer, offset, end) => readSync(fd, buffer, offset, end - offset, null), info.size, maxBytes);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return failed(readError(error, maxBytes));
  }
  return parseDataText(text, { format: formatOf(file) });
}

function readError(error: unknown, maxBytes: number): FileError {
  if (error instanceof TooLarge) return tooLarge(error.size, maxBytes);
  if (error instanceof NotText) return { code: 'binary', message: `The file holds binary data (a NUL byte at byte ${error.offset}), not YAML or JSON text.` };
  if (error instanceof NotUtf8) {
    return { code: 'encoding', message: `The file is not valid UTF-8 (byte ${error.offset}); save it as UTF-8.`, line: error.line, column: error.column };
  }
  return ioError(error);
}

// Non-blocking, so a named pipe cannot stall the run before it is recognised and refused.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function formatOf(file: string): 'json' | 'yaml' {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Why a file is not read at all, from what fstat says. */
function refusal(info: Stats, maxBytes: number): FileError | undefined {
  if (info.isDirectory()) return { code: 'unreadable', message: 'This is a directory, not a file.' };
  if (!info.isFile()) return { code: 'unreadable', message: 'Not a regular file (a device, pipe or socket); only regular files are read.' };
  if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
  return undefined;
}

class NotText extends Error {
  constructor(readonly offset: number) {
    super('not text');
  }
}

class NotUtf8 extends Error {
  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super('not UTF-8');
  }
}

/**
 * Decodes UTF-8, refusing bytes that are not UTF-8 (Latin-1 text, a truncated character)
 * instead of turning them into U+FFFD unseen: a refused file names where its first bad byte is.
 */
function decodeUtf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  let at = text.indexOf('\uFFFD');
  if (at === -1) return text;
  let byte = 0;
  let counted = 0;
  for (; at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    byte += Buffer.byteLength(text.slice(counted, at));
    counted = at;
    // A U+FFFD written in the file is EF BF BD; anything else stands for bytes that are not UTF-8.
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      let line = 1;
      for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
      throw new NotUtf8(byte, line, at - lineStart + 1);
    }
  }
  return text;
}

/**
 * Bytes read from somewhere other than a file (standard input) parsed as {@link readDataFile}
 * parses a file's: the same size limit, text and UTF-8 checks and errors.
 */
export function parseDataBytes(bytes: Buffer, file: string, options: ReadDataFileOptions = {}): ParsedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return failed(tooLarge(bytes.length, maxBytes));
  let text: string;
  try {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new NotText(nul);
    text = decodeUtf8(bytes);
  } catch (error) {
    return failed(readError(error, maxBytes));
  }
  return parseDataText(text, { format: formatOf(file) });
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/**
 * Reads the file's text, but never more than one byte past `maxBytes`: a file can grow after
 * it was measured, and some (under /proc) report size 0.
 */
async function readUpTo(read: (buffer: Buffer, offset: number, end: number) => Promise<number>, reportedSize: number, maxBytes: number): Promise<string> {
  const state = new Reading(reportedSize, maxBytes);
  while (state.add(await read(state.buffer, state.length, state.end)));
  return state.text();
}

/**
 * The buffer synchronous reads fill, kept from one file to the next: a new one per file cost
 * a check of many files about a sixth of its reading time (allocation and garbage collection).
 * Reads are synchronous, so no two share it at once; one grown past {@link KEPT_BUFFER_BYTES}
 * for a large file is let go after it.
 */
let syncBuffer: Buffer | undefined;
const KEPT_BUFFER_BYTES = 1024 * 1024;

function readUpToSync(read: (buffer: Buffer, offset: number, end: number) => number, reportedSize: number, maxBytes: number): string {
  const state = new Reading(reportedSize, maxBytes, syncBuffer);
  try {
    while (state.add(read(state.buffer, state.length, state.end)));
    return state.text();
  } finally {
    syncBuffer = state.buffer.length <= KEPT_BUFFER_BYTES ? state.buffer : undefined;
  }
}

/**
 * A growing read that refuses to pass `maxBytes`: it reads into `buffer` up to `end`, which
 * starts one byte past the reported size (so the end of the file is seen) and grows as the
 * file turns out longer, never past one byte beyond `maxBytes`.
 */
class Reading {
  buffer: Buffer;
  length = 0;
  end: number;

  constructor(
    reportedSize: number,
    private readonly maxBytes: number,
    reuse?: Buffer,
  ) {
    this.end = Math.min(reportedSize, maxBytes) + 1;
    this.buffer = reuse !== undefined && reuse.length >= this.end ? reuse : Buffer.allocUnsafe(this.end);
  }

  /** Records a read; false once the file has ended. */
  add(bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.length += bytesRead;
    if (this.length > this.maxBytes) throw new TooLarge(this.length);
    if (this.length === this.end) {
      this.end = Math.min(Math.max(this.end * 2, 64 * 1024), this.maxBytes + 1);
      if (this.end > this.buffer.length) {
        const bigger = Buffer.allocUnsafe(this.end);
        this.buffer.copy(bigger, 0, 0, this.length);
        this.buffer = bigger;
      }
    }
    return true;
  }

  text(): string {
    const bytes = this.buffer.subarray(0, this.length);
    // Text never holds a NUL byte: refuse binary files before decoding (and copying) them.
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new NotText(nul);
    return decodeUtf8(bytes);
  }
}

function tooLarge(size: number, maxBytes: number): FileError {
  return {
    code: 'too-large',
    message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB (raise it with --max-file-size).`,
  };
}

function failed(error: FileError): ParsedText {
  return { errors: [error], locate: () => undefined };
}

function ioError(error: unknown): FileError {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'unreadable', message: 'No such file; check the path.' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: 'Permission denied; make the file readable.' };
    case 'ELOOP':
      return { code: 'unreadable', message: 'A symbolic link loop; fix the link.' };
    case 'EISDIR':
      return { code: 'unreadable', message: 'This is a directory, not a file.' };
    default:
      return { code: 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
}
