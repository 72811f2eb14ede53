import { evaluate } from '../engine/evaluate';
import { MicrocredError } from '../engine/errors';
import { toFileResult } from '../engine/format/index';
import type { FileError, FileResult } from '../engine/format/types';
import type { Registry } from '../engine/registry';
import type { Pack } from '../engine/types';
import type { ParsedText } from './parse-text';
import { readDataFile } from './read-file';

/** Options for {@link checkFile}. */
export interface CheckFileOptions {
  /** The date to judge at, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Where a file's `policy:` is looked up. */
  readonly registry: Registry;
  /** Judge every file by this pack, whatever its `policy:` says. */
  readonly pack?: Pack;
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

/**
 * Judges already-parsed file content (see {@link checkFile}).
 *
 * @example
 * ```ts
 * const result = checkParsed('inline.yaml', parseDataText(text), { asOf: '2026-11-01', registry });
 * ```
 */
export function checkParsed(file: string, parsed: ParsedText, options: CheckFileOptions): FileResult {
  if (parsed.errors.length > 0) return invalid(file, parsed.errors);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data;
    return invalid(file, [{ code: 'not-an-object', message: `The file holds ${kind}; a proposal file holds one object with "schemaVersion" and "credential".`, line: 1, column: 1 }]);
  }
  const policy = Object.hasOwn(data, 'policy') ? (data as { policy?: unknown }).policy : undefined;
  let pack = options.pack;
  if (!pack) {
    if (typeof policy !== 'string') {
      return invalid(file, [{ code: 'no-pack', message: 'The file names no policy pack; add "policy: <pack id>" to it or pass --pack <id>.', line: 1, column: 1 }]);
    }
    pack = options.registry.get(policy);
    if (!pack) {
      // Sorted: the CLI loads packs as files need them, so the registry's order varies from run to run.
      const known = options.registry.list().map((p) => p.id).sort().join(', ');
      return invalid(file, [{ code: 'unknown-pack', message: `The file names policy "${policy}", which is not a known pack (${known}); fix "policy:" or pass --pack.`, ...parsed.locate(['policy']) }]);
    }
  }
  try {
    const report = evaluate(data, pack, { asOf: options.asOf });
    return toFileResult(report, file, (v) => parsed.locate(v.path));
  } catch (error) {
    if (error instanceof MicrocredError) return invalid(file, [{ code: error.code, message: error.message }]);
    throw error;
  }
}

function invalid(file: string, errors: readonly FileError[]): FileResult {
  return { file, verdict: 'invalid', violations: [], waived: [], errors };
}
