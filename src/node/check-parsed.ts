import { evaluate } from '../engine/evaluate';
import { MicrocredError } from '../engine/errors';
import { toFileResult } from '../engine/format/index';
import type { FileError, FileResult } from '../engine/format/types';
import type { Registry } from '../engine/registry';
import type { EvaluatePacks } from '../engine/compose';
import type { ParsedText } from './parse-text';

// No Node.js built-ins here: the playground page judges its editor's text with this too.

/** Options for {@link checkParsed}. */
export interface CheckParsedOptions {
  /** The date to judge at, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Where a file's `policy:` is looked up. */
  readonly registry: Registry;
  /** Judge every file by this pack, or these packs together, whatever its `policy:` says. */
  readonly pack?: EvaluatePacks;
}

/**
 * Judges already-parsed file content (see `checkFile`).
 *
 * @example
 * ```ts
 * const result = checkParsed('inline.yaml', parseDataText(text), { asOf: '2026-11-01', registry });
 * ```
 */
export function checkParsed(file: string, parsed: ParsedText, options: CheckParsedOptions): FileResult {
  if (parsed.errors.length > 0) return invalid(file, parsed.errors);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data;
    return invalid(file, [{ code: 'not-an-object', message: `The file holds ${kind}; a proposal file holds one object with "schemaVersion" and "credential".`, line: 1, column: 1 }]);
  }
  const policy = Object.hasOwn(data, 'policy') ? (data as { policy?: unknown }).policy : undefined;
  let pack: EvaluatePacks | undefined = options.pack;
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
