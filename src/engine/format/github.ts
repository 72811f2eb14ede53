import { printable } from './_printable';
import type { FileResult, Formatter, RunOutcome, RunSummary } from './types';

function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning' | 'notice', file: string, title: string, message: string, line?: number, column?: number): string {
  const props = [`file=${escapeProperty(file)}`];
  if (line !== undefined) props.push(`line=${line}`);
  if (column !== undefined) props.push(`col=${column}`);
  props.push(`title=${escapeProperty(title)}`);
  return `::${kind} ${props.join(',')}::${escapeData(message)}\n`;
}

/** GitHub Actions workflow commands, so a workflow annotates the proposal files. */
export function githubFormatter(): Formatter {
  return {
    start: () => '',
    file: (result: FileResult) => {
      let out = '';
      for (const e of result.errors) out += command('error', result.file, e.ruleId ?? `microcred ${e.code}`, e.message, e.line, e.column);
      for (const v of result.violations) {
        const kind = v.severity === 'error' ? 'error' : v.severity === 'warning' ? 'warning' : 'notice';
        out += command(kind, result.file, v.ruleId, v.message, v.line, v.column);
      }
      return out;
    },
    end: (summary: RunSummary, outcome: RunOutcome = {}) => {
      const limit = outcome.warningLimit;
      const failed = limit ? `::error title=microcred --max-warnings::${escapeData(`${limit.warnings} warning(s), more than --max-warnings ${limit.max} allows: the run fails.`)}\n` : '';
      return `${failed}microcred: ${summary.files} file(s), ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.invalid} not checked\n`;
    },
  };
}
