import type { FileResult, Formatter, RunSummary } from './types';

/**
 * The documented JSON contract (`docs/schema/check-output.schema.json`):
 * `{ results: [...], summary: {...} }`, written one result at a time.
 */
export function jsonFormatter(): Formatter {
  let first = true;
  return {
    start: () => '{"results":[',
    file: (result: FileResult) => {
      const text = (first ? '\n' : ',\n') + JSON.stringify(result);
      first = false;
      return text;
    },
    end: (summary: RunSummary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
  };
}
