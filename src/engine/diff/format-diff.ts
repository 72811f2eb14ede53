import type { Violation } from '../../model/violation';
import { printable } from '../format/_printable';
import type { ProposalDiff } from './types';

/**
 * Options for {@link formatProposalDiff}.
 *
 * @example
 * ```ts
 * const options: FormatProposalDiffOptions = { format: 'markdown', labels: { before: 'main', after: 'feature' } };
 * ```
 */
export interface FormatProposalDiffOptions {
  /** `stylish` for a terminal, `markdown` for a pull-request comment. */
  readonly format: 'stylish' | 'markdown';
  /** What to call the two versions, e.g. file names or git refs (shown escaped). */
  readonly labels?: { readonly before: string; readonly after: string };
}

/**
 * Writes a {@link ProposalDiff} as text: the verdicts, the fields changed (by pointer), the
 * violations introduced and resolved (rule id, place, message), the route steps brought in or
 * taken out and the approvals no longer covering the proposal. It names places, rule ids and
 * step ids, never field values; every piece of text is escaped for terminals, and for Markdown
 * every name is in a code span, so a proposal cannot write into a comment.
 *
 * @example
 * ```ts
 * const diff = diffProposals(before, after, binghamton, { asOf: '2026-11-01' });
 * const comment = formatProposalDiff(diff, { format: 'markdown', labels: { before: 'main', after: 'this pull request' } });
 * ```
 */
export function formatProposalDiff(diff: ProposalDiff, options: FormatProposalDiffOptions): string {
  const md = options.format === 'markdown';
  const code = (text: string) => (md ? codeSpan(text) : printable(text));
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', md ? `**${text}**` : text);
  const item = (text: string) => lines.push(md ? `- ${text}` : `  ${text}`);
  const labels = options.labels;
  const title = labels ? `${code(labels.before)} → ${code(labels.after)}` : 'proposal diff';
  lines.push(md ? `### microcred: ${title}` : printable(title));
  const sideText = (s: ProposalDiff['before']) =>
    `${s.verdict}${s.revision !== undefined ? ` (revision ${code(String(s.revision))})` : ''}, ${s.summary.errors} error(s), ${s.summary.warnings} warning(s)${s.route ? `, route ${s.route.state}${s.route.current.length ? ` at ${s.route.current.map(code).join(', ')}` : ''}` : ''}`;
  lines.push(`${md ? '' : '  '}${code(diff.pack.id)} ${code(diff.pack.version)} (revision ${code(diff.pack.revision)}), as of ${diff.asOf}`);
  if (!diff.changed) {
    lines.push('', md ? 'No change: the two versions are the same proposal to the pack.' : '  no change');
    return lines.join('\n');
  }
  heading('Verdict');
  item(`before: ${sideText(diff.before)}`);
  item(`after: ${sideText(diff.after)}`);
  const { introduced, resolved } = diff.summary;
  item(`introduced: ${introduced.errors} error(s), ${introduced.warnings} warning(s), ${introduced.infos} info; resolved: ${resolved.errors} error(s), ${resolved.warnings} warning(s), ${resolved.infos} info`);
  const violation = (v: Violation) => `${v.severity} ${code(v.ruleId)} at ${code(v.pointer || '/')}: ${md ? escapeMarkdown(printable(v.message)) : printable(v.message)}`;
  if (diff.violations.introduced.length) {
    heading('Introduced');
    diff.violations.introduced.forEach((v) => item(violation(v)));
  }
  if (diff.violations.resolved.length) {
    heading('Resolved');
    diff.violations.resolved.forEach((v) => item(violation(v)));
  }
  if (diff.route.steps.length) {
    heading('Route');
    for (const s of diff.route.steps) {
      const now = s.change === 'required' ? 'now required' : s.change === 'not-required' ? 'no longer required' : 'now undetermined';
      item(`${code(s.step)} ${now}${s.because.length ? `, because of ${s.because.map(code).join(', ')}` : ''}`);
    }
  }
  if (diff.route.approvalsNotCovering.length) {
    heading('Approvals that no longer cover the proposal');
    for (const a of diff.route.approvalsNotCovering) {
      const basis = a.basis === 'citation' ? 'as the policy text says' : a.basis === 'reading' ? "the text does not say; the pack's reading" : 'the default';
      item(`${code(a.step)} approved on ${a.date}${a.revision !== undefined ? ` (revision ${code(String(a.revision))})` : ''}; changed since: ${a.because.map(code).join(', ')} (${basis})`);
    }
  }
  if (diff.fields.length) {
    heading(`Fields changed (${diff.fields.length})`);
    for (const f of diff.fields) item(`${f.kind} ${code(f.pointer || '/')}${f.beforePointer !== undefined ? ` (was ${code(f.beforePointer)})` : ''}`);
  }
  return lines.join('\n');
}

/** A Markdown code span that holds any text: a fence longer than any run of backticks in it. */
function codeSpan(text: string): string {
  const shown = printable(text).replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') || shown === '' ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** Markdown's inline syntax characters escaped, so message text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~@]/g, (c) => `\\${c}`);
}
