import type { FileResult } from '../engine/format/types';
import { checkParsed, type CheckParsedOptions } from './check-parsed';
import { readDataFile } from './read-file';

export { checkParsed, type CheckParsedOptions };

/** Options for {@link checkFile}. */
export interface CheckFileOptions extends CheckParsedOptions {
  /** Largest file to read, in bytes. */
  readonly maxBytes?: number;
}

/**
 * Reads a proposal file and judges it: by `options.pack`, or else by the pack its `policy:`
 * names. Never throws: unreadable, malformed or invalid files, unknown packs and dates no
 * policy covers come back as errors in the result, each with a cause and a fix. Violations
 * carry the line and column of the offending key.
 *
 * @example
 * ```ts
 * import { checkFile } from 'microcred/node';
 * import { builtinRegistry } from 'microcred/packs';
 *
 * const result = await checkFile('proposals/data.yaml', { asOf: '2026-11-01', registry: builtinRegistry });
 * result.violations.map((v) => `${v.line}:${v.column} ${v.message}`);
 * ```
 */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const parsed = await readDataFile(file, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  return checkParsed(file, parsed, options);
}
