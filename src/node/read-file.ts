import { readFile, stat } from 'node:fs/promises';
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
    const info = await stat(file);
    if (info.isDirectory()) return failed({ code: 'unreadable', message: 'This is a directory, not a file.' });
    if (info.size > maxBytes) {
      return failed({
        code: 'too-large',
        message: `The file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB (raise it with --max-file-size).`,
      });
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    return failed(ioError(error));
  }
  return parseDataText(text, { format: extname(file).toLowerCase() === '.json' ? 'json' : 'yaml' });
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
    default:
      return { code: 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
}
