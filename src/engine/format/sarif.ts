import type { Severity } from '../../model/violation';
import type { FileResult, FormatOptions, Formatter, RunSummary } from './types';
import { MICROCRED_HOMEPAGE } from '../../package-info';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration: { level: string };
  properties?: Record<string, unknown>;
}

function location(file: string, line?: number, column?: number): object {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      ...(line !== undefined && { region: { startLine: line, ...(column !== undefined && { startColumn: column }) } }),
    },
  };
}

/**
 * SARIF 2.1.0, so GitHub code scanning annotates the proposal files. Results stream out first;
 * the rule metadata (collected on the way) follows in `tool.driver.rules`.
 */
export function sarifFormatter(options: FormatOptions = {}): Formatter {
  const rules = new Map<string, number>();
  const ruleList: SarifRule[] = [];
  let first = true;

  const ruleIndex = (ruleId: string, fallback: { severity: Severity; message: string; citation?: { source: string; passage: string } }): number => {
    const known = rules.get(ruleId);
    if (known !== undefined) return known;
    const info = options.ruleInfo?.(ruleId);
    const citation = info?.citation ?? fallback.citation;
    const rule: SarifRule = {
      id: ruleId,
      name: ruleId.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: info?.title ?? ruleId },
      ...(citation && { fullDescription: { text: `${citation.source}: "${citation.passage}"` } }),
      defaultConfiguration: { level: LEVEL[info?.severity ?? fallback.severity] },
      ...(citation && { properties: { citation } }),
    };
    rules.set(ruleId, ruleList.length);
    ruleList.push(rule);
    return ruleList.length - 1;
  };

  return {
    start: () => '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"results":[',
    file: (result: FileResult) => {
      const out: string[] = [];
      for (const e of result.errors) {
        const ruleId = e.ruleId ?? `microcred/${e.code}`;
        out.push(
          JSON.stringify({
            ruleId,
            ruleIndex: ruleIndex(ruleId, { severity: 'error', message: e.message }),
            level: 'error',
            message: { text: e.message },
            locations: [location(result.file, e.line, e.column)],
          }),
        );
      }
      for (const v of result.violations) {
        out.push(
          JSON.stringify({
            ruleId: v.ruleId,
            ruleIndex: ruleIndex(v.ruleId, { severity: v.severity, message: v.message, ...(v.citation && { citation: v.citation }) }),
            level: LEVEL[v.severity],
            message: { text: v.message },
            locations: [location(result.file, v.line, v.column)],
            ...(v.pointer && { properties: { pointer: v.pointer } }),
          }),
        );
      }
      if (out.length === 0) return '';
      const text = (first ? '\n' : ',\n') + out.join(',\n');
      first = false;
      return text;
    },
    end: (_summary: RunSummary) =>
      '\n],"tool":' +
      JSON.stringify({
        driver: {
          name: 'microcred',
          informationUri: MICROCRED_HOMEPAGE,
          ...(options.toolVersion && { version: options.toolVersion }),
          rules: ruleList,
        },
      }) +
      '}]}\n',
  };
}
