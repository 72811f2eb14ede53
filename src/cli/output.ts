import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Where a command writes its report: stdout, or a file with --output. Waits on back-pressure. */
export interface Output {
  write(text: string): Promise<void>;
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

export function openOutput(file: string | undefined, colorFlag: boolean | undefined): Output {
  if (!file) {
    return {
      color: wantsColor(colorFlag, false),
      write: async (text) => {
        if (text && !process.stdout.write(text)) await once(process.stdout, 'drain');
      },
      close: async () => {},
    };
  }
  const stream: WriteStream = createWriteStream(file, { encoding: 'utf8' });
  return {
    color: false,
    write: async (text) => {
      if (text && !stream.write(text)) await once(stream, 'drain');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      }),
  };
}
