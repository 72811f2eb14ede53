import type { Violation } from '../../model/violation';
import type { Pack, Report } from '../types';
import { githubFormatter } from './github';
import { jsonFormatter } from './json';
import { junitFormatter } from './junit';
import { sarifFormatter } from './sarif';
import { stylishFormatter } from './stylish';
import { addToSummary, emptySummary } from './summary';
import type { FileResult, FormatName, FormatOptions, Formatter, RuleInfo } from './types';
import { orderByLine } from '../_lib/order';

export type * from './types';
export { formatRoute } from './stylish';
export { addToSummary, emptySummary } from './summary';

export { FORMAT_NAMES } from './names';

/**
 * A streaming formatter for a run over many files.
 *
 * @example
 * ```ts
 * const formatter = createFormatter('sarif', { ruleInfo });
 * let out = formatter.start();
 * for (const result of results) out += formatter.file(result);
 * out += formatter.end(summary);
 * ```
 */
export function createFormatter(format: FormatName, options: FormatOptions = {}): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'junit':
      // Not streamed: <testsuites> opens with the run's totals.
      return junitFormatter();
    case 'sarif':
      // Not per file: its rule table is collected across files.
      return sarifFormatter(options);
    case 'github':
      return perFile(githubFormatter());
    default:
      return perFile(stylishFormatter(options));
  }
}

/** A formatter whose text for a file depends on that file alone. */
function perFile(formatter: Formatter): Formatter {
  return { ...formatter, fragments: { fragment: formatter.file, join: (text) => text } };
}

/**
 * Wraps a report as one file's result, for the formatters. Schema problems become file
 * errors (the file could not be judged).
 *
 * @example
 * ```ts
 * const result = toFileResult(report, 'proposals/data.yaml');
 * ```
 */
export function toFileResult(report: Report, file: string, locate?: (violation: Violation) => { line: number; column: number } | undefined): FileResult {
  const place = <T extends Violation>(v: T): T => {
    const at = locate?.(v);
    return at ? { ...v, line: at.line, column: at.column } : v;
  };
  const schema = report.violations.filter((v) => v.packId === 'microcred' && v.ruleId.startsWith('schema/'));
  if (schema.length > 0) {
    return {
      file,
      pack: report.pack,
      packs: report.packs,
      asOf: report.asOf,
      verdict: 'invalid',
      violations: [],
      waived: [],
      errors: schema.map((v) => {
        const at = locate?.(v);
        return { code: 'schema', ruleId: v.ruleId, pointer: v.pointer, message: v.message, ...(at && { line: at.line, column: at.column }) };
      }),
    };
  }
  return {
    file,
    pack: report.pack,
    packs: report.packs,
    asOf: report.asOf,
    verdict: report.verdict,
    // In line order, as a reader of the file goes through it.
    violations: locate ? orderByLine(report.violations.map(place)) : report.violations,
    waived: locate ? orderByLine(report.waived.map(place)) : report.waived,
    ...(report.route && { route: report.route }),
    ...(report.checked && { checked: report.checked }),
    errors: [],
  };
}

/**
 * Rule metadata from a pack, for SARIF output.
 *
 * @example
 * ```ts
 * formatReport(report, 'sarif', { ruleInfo: ruleInfoFrom([binghamton]) });
 * ```
 */
export function ruleInfoFrom(packs: readonly Pack[]): (ruleId: string) => RuleInfo | undefined {
  return (ruleId) => {
    for (const pack of packs) {
      const rule = pack.rules.find((r) => r.id === ruleId);
      if (rule) {
        const { source, section, passage, url } = rule.citation;
        const help = [`${rule.title}.`, rule.description, `${source}${section ? ` § ${section}` : ''}: "${passage}"`, rule.reading && `How the pack reads it: ${rule.reading}`]
          .filter(Boolean)
          .join(' ');
        return { title: rule.title, severity: rule.severity, citation: rule.citation, help, ...(url && { helpUri: url }) };
      }
    }
    return undefined;
  };
}

/**
 * Renders one report as text in any format: the one place microcred turns reports into
 * text (the CLI uses the same formatters).
 *
 * @example
 * ```ts
 * const text = formatReport(report, 'stylish', { file: 'data.yaml', verbose: true });
 * const sarif = JSON.parse(formatReport(report, 'sarif', { file: 'data.yaml' }));
 * ```
 */
export function formatReport(report: Report, format: FormatName = 'stylish', options: FormatOptions & { file?: string } = {}): string {
  const formatter = createFormatter(format, options);
  const result = toFileResult(report, options.file ?? 'proposal');
  return formatter.start() + formatter.file(result) + formatter.end(addToSummary(emptySummary(), result));
}
