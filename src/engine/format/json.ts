import type { Citation } from '../../model/violation';
import type { RouteStep } from '../report-types';
import { safeJson } from './_printable';
import type { FileResult, Formatter, RunSummary } from './types';

/**
 * The text of a route step that is the same in every result judged by one pack revision: what
 * `routeText` holds once per report, instead of once per step of every result.
 */
type StepText = Pick<RouteStep, 'body' | 'role' | 'kind' | 'reason' | 'citation' | 'outcomes'>;

/** A step as each result gives it: what is particular to that proposal, and `ref` to its text. */
type StepInResult = Omit<RouteStep, keyof StepText> & { readonly ref: string };

function sameCitation(c: Citation, d: Citation): boolean {
  return c === d || (c.source === d.source && c.section === d.section && c.passage === d.passage && c.url === d.url);
}

function sameText(a: StepText, b: RouteStep): boolean {
  if (a.body !== b.body || a.role !== b.role || a.kind !== b.kind || a.reason !== b.reason || a.outcomes.length !== b.outcomes.length) return false;
  if (!sameCitation(a.citation, b.citation)) return false;
  return a.outcomes.every((o, i) => o.decision === b.outcomes[i]!.decision && o.returnsTo === b.outcomes[i]!.returnsTo);
}

/**
 * The key of the texts of the packs a file was judged by, in `routeText` and `citations`: each
 * pack's id and revision, `binghamton@approved-motion`, joined by `+` for several packs
 * (`binghamton@approved-motion+eu@2022-06-16`).
 */
function scopeOf(result: FileResult): string {
  return (result.packs ?? [result.pack!]).map((pack) => `${pack.id}@${pack.revision}`).join('+');
}

/**
 * Texts said once per report, by pack revision ({@link scopeOf}) and then by a ref: `name`
 * for the first wording seen, `name~2`, `name~3`, ... for others (a step whose reason differs
 * between proposals, when it is not required or undetermined).
 */
function textTable<T>(same: (known: T, candidate: T) => boolean) {
  const scopes = new Map<string, { refs: Map<string, { ref: string; text: T }[]>; entries: string[] }>();
  const refOf = (scopeKey: string, name: string, text: T, shown: () => unknown): string => {
    let scope = scopes.get(scopeKey);
    if (!scope) scopes.set(scopeKey, (scope = { refs: new Map(), entries: [] }));
    let known = scope.refs.get(name);
    if (!known) scope.refs.set(name, (known = []));
    for (const entry of known) if (same(entry.text, text)) return entry.ref;
    const ref = known.length === 0 ? name : `${name}~${known.length + 1}`;
    known.push({ ref, text });
    scope.entries.push(`${JSON.stringify(ref)}:${safeJson(shown())}`);
    return ref;
  };
  const json = () => `{${[...scopes].map(([key, scope]) => `${JSON.stringify(key)}:{\n${scope.entries.join(',\n')}}`).join(',\n')}}`;
  return { refOf, json };
}

function compactStep(step: RouteStep, ref: string): StepInResult {
  const { body: _body, role: _role, kind: _kind, reason: _reason, citation: _citation, outcomes: _outcomes, id, packId, ...particular } = step;
  return { id, packId, ref, ...particular };
}

type WithCitation = { readonly ruleId: string; readonly citation?: Citation };

/** A violation with its citation replaced by `citationRef`, its key in `citations`. */
function compactViolation<V extends WithCitation>(violation: V, refOf: (v: V) => string): Omit<V, 'citation'> & { citationRef?: string } {
  if (!violation.citation) return violation;
  const { citation: _citation, ...rest } = violation;
  return { ...rest, citationRef: refOf(violation) };
}

/**
 * The documented JSON contract (`docs/schema/check-output.schema.json`, format 2):
 * `{ results: [...], routeText: {...}, citations: {...}, checkedRules: {...}, summary: {...} }`, written one result
 * at a time. What is the same in every result judged by one pack revision is said once, at the
 * end: a route step's text (body, reason, citation, outcomes) in `routeText`, a violation's
 * citation in `citations`, the ids of the rules that ran in `checkedRules`, each under the packs that judged the file (`"<pack id>@<revision>"`,
 * joined by `+` for several) and a ref
 * that the step (`ref`), violation (`citationRef`) or result (`checkedRef`) gives.
 */
export function jsonFormatter(): Formatter {
  let first = true;
  const steps = textTable<StepText>((a, b) => sameText(a, b as RouteStep));
  const citations = textTable<Citation>(sameCitation);
  // Which rules ran depends on the proposal only through each rule's `appliesTo`, so a report
  // holds a few such lists per pack revision, not one per file.
  const ruleLists = textTable<readonly string[]>((a, b) => a.length === b.length && a.every((id, i) => id === b[i]));
  const fragment = (result: FileResult) => {
    const { route, pack } = result;
    if (!pack) return safeJson(result);
    const scope = scopeOf(result);
    const citationRef = (v: WithCitation) => citations.refOf(scope, v.ruleId, v.citation!, () => v.citation);
    const stepRef = (step: RouteStep) =>
      steps.refOf(scope, `${step.packId}/${step.id}`, step, () => ({ packId: step.packId, id: step.id, body: step.body, ...(step.role !== undefined && { role: step.role }), kind: step.kind, reason: step.reason, citation: step.citation, outcomes: step.outcomes }));
    const { checked, ...rest } = result;
    return safeJson({
      ...rest,
      ...(checked && { checkedRef: ruleLists.refOf(scope, 'rules', checked, () => checked) }),
      violations: result.violations.map((v) => compactViolation(v, citationRef)),
      waived: result.waived.map((v) => compactViolation(v, citationRef)),
      ...(route && { route: { ...route, stages: route.stages.map((stage) => ({ steps: stage.steps.map((step) => compactStep(step, stepRef(step))) })) } }),
    });
  };
  return {
    start: () => '{"results":[',
    file: (result: FileResult) => {
      const joined = (first ? '\n' : ',\n') + fragment(result);
      first = false;
      return joined;
    },
    end: (summary: RunSummary) => `\n],"routeText":${steps.json()},\n"citations":${citations.json()},\n"checkedRules":${ruleLists.json()},\n"summary":${JSON.stringify(summary)}}\n`,
  };
}
