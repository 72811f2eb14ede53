import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Where a command writes its report: stdout, or a file with --output. */
export interface Output {
  /** Queues text; it is written in large chunks, waiting only when the destination is full. */
  write(text: string): Promise<void>;
  /** Writes what is queued and closes a file destination. */
  close(): Promise<void>;
  /** Whether ANSI colour suits this output. */
  readonly color: boolean;
}

/** Colour only on a TTY (or with --color), and never under NO_COLOR or into a file. */
export function wantsColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (toFile || flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return flag === true || Boolean(process.stdout.isTTY);
}

/** Output is gathered up to this size before it is written: one write per file would wait on the disk each time. */
const CHUNK = 256 * 1024;

export function openOutput(file: string | undefined, colorFlag: boolean | undefined): Output {
  const stream: NodeJS.WritableStream | WriteStream = file ? createWriteStream(file, { encoding: 'utf8' }) : process.stdout;
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!stream.write(text)) await once(stream, 'drain');
  };
  return {
    color: file ? false : wantsColor(colorFlag, false),
    write: async (text) => {
      if (!text) return;
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    close: async () => {
      await flush();
      if (!file) return;
      const fileStream = stream as WriteStream;
      await new Promise<void>((resolve, reject) => {
        fileStream.once('error', reject);
        fileStream.end(() => resolve());
      });
    },
  };
}
