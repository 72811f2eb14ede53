import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
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
 * if (parsed.errors.length === 0) console.log(parsed.data);
 * ```
 */
export async function readDataFile(file: string, options: ReadDataFileOptions = {}): Promise<ParsedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  try {
    // Non-blocking, so a named pipe cannot stall the run before it is recognised and refused.
    const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return failed({ code: 'unreadable', message: 'This is a directory, not a file.' });
      if (!info.isFile()) return failed({ code: 'unreadable', message: 'Not a regular file (a device, pipe or socket); only regular files are read.' });
      if (info.size > maxBytes) return failed(tooLarge(info.size, maxBytes));
      text = await readUpTo(handle, info.size, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(error instanceof TooLarge ? tooLarge(error.size, maxBytes) : ioError(error));
  }
  return parseDataText(text, { format: extname(file).toLowerCase() === '.json' ? 'json' : 'yaml' });
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
async function readUpTo(handle: FileHandle, reportedSize: number, maxBytes: number): Promise<string> {
  let buffer = Buffer.allocUnsafe(Math.min(reportedSize, maxBytes) + 1);
  let length = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.toString('utf8', 0, length);
    length += bytesRead;
    if (length > maxBytes) throw new TooLarge(length);
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 64 * 1024), maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
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
