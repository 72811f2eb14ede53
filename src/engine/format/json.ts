import { safeJson } from './_printable';
import type { FileResult, Formatter, RunSummary } from './types';

/**
 * The documented JSON contract (`docs/schema/check-output.schema.json`):
 * `{ results: [...], summary: {...} }`, written one result at a time.
 */
export function jsonFormatter(): Formatter {
  let first = true;
  const fragment = (result: FileResult) => safeJson(result);
  const join = (text: string) => {
    const joined = (first ? '\n' : ',\n') + text;
    first = false;
    return joined;
  };
  return {
    start: () => '{"results":[',
    file: (result: FileResult) => join(fragment(result)),
    end: (summary: RunSummary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
    fragments: { fragment, join },
  };
}
