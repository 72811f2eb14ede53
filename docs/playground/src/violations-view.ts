import type { FileError, FileResult, LocatedViolation } from '../../../src/engine/format/types';
import type { Citation } from '../../../src/model/violation';
import { el } from './dom';
import type { LocatedProblem } from './judge';

/** Moves the editor's cursor to a line and column (from 1). */
export type GoTo = (line: number, column: number) => void;

const where = (line?: number, column?: number) => (line !== undefined ? `${line}:${column ?? 1}` : '—');

function citationOf(citation: Citation | undefined): HTMLElement | undefined {
  if (!citation) return undefined;
  const source = `${citation.source}${citation.section ? ` § ${citation.section}` : ''}`;
  // Plain text: a link inside the entry's button would be a control inside a control.
  return el('span', { class: 'citation', title: `${source}: “${citation.passage}”` }, source, ': ', el('q', {}, citation.passage));
}

/** One clickable entry: severity, message, rule id, citation and line:column. */
function entry(item: { severity: string; message: string; id: string; line?: number; column?: number; citation?: Citation }, goTo: GoTo): HTMLElement {
  const position = where(item.line, item.column);
  const button = el(
    'button',
    { type: 'button', class: 'entry', 'data-rule-id': item.id, 'data-severity': item.severity, 'data-position': position, title: item.line !== undefined ? `Go to line ${position}` : undefined },
    el('span', { class: `severity severity-${item.severity}` }, item.severity),
    el('span', { class: 'position' }, position),
    el('span', { class: 'message' }, item.message),
    el('span', { class: 'rule' }, item.id),
    citationOf(item.citation),
  );
  if (item.line !== undefined) {
    const { line, column } = item;
    button.addEventListener('click', () => goTo(line, column ?? 1));
  } else {
    button.disabled = true;
  }
  return el('li', {}, button);
}

const fromViolation = (v: LocatedViolation, severity: string = v.severity) => ({ severity, message: v.message, id: v.ruleId, line: v.line, column: v.column, citation: v.citation });
const fromError = (e: FileError | LocatedProblem) => ({ severity: 'error', message: e.message, id: ('ruleId' in e && e.ruleId) || e.code, line: e.line, column: e.column });

/** Fills the list with a result's file errors, violations and waived violations. */
export function renderViolations(list: HTMLElement, result: FileResult, goTo: GoTo): void {
  const items = [...result.errors.map(fromError), ...result.violations.map((v) => fromViolation(v)), ...result.waived.map((v) => fromViolation(v, 'waived'))];
  list.replaceChildren(...(items.length ? items.map((item) => entry(item, goTo)) : [el('li', { class: 'none' }, 'No violations.')]));
}

/** Fills the list with the pasted pack's problems. */
export function renderProblems(list: HTMLElement, problems: readonly LocatedProblem[], goTo: GoTo): void {
  list.replaceChildren(...problems.map((p) => entry(fromError(p), goTo)));
}
