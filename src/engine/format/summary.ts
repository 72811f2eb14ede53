import type { FileResult, RunSummary } from './types';

/**
 * Adds one file's counts to a running summary.
 *
 * @example
 * ```ts
 * let summary = emptySummary();
 * for (const result of results) summary = addToSummary(summary, result);
 * ```
 */
export function addToSummary(summary: RunSummary, result: FileResult): RunSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const v of result.violations) {
    if (v.severity === 'error') errors++;
    else if (v.severity === 'warning') warnings++;
    else infos++;
  }
  return {
    files: summary.files + 1,
    errors: summary.errors + errors,
    warnings: summary.warnings + warnings,
    infos: summary.infos + infos,
    invalid: summary.invalid + (result.verdict === 'invalid' ? 1 : 0),
  };
}

/** A summary of no files. */
export function emptySummary(): RunSummary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, invalid: 0 };
}
