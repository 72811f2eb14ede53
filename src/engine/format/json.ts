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

function sameText(a: StepText, b: RouteStep): boolean {
  if (a.body !== b.body || a.role !== b.role || a.kind !== b.kind || a.reason !== b.reason || a.outcomes.length !== b.outcomes.length) return false;
  const [c, d] = [a.citation, b.citation];
  if (c !== d && (c.source !== d.source || c.section !== d.section || c.passage !== d.passage || c.url !== d.url)) return false;
  return a.outcomes.every((o, i) => o.decision === b.outcomes[i]!.decision && o.returnsTo === b.outcomes[i]!.returnsTo);
}

/**
 * The step texts of one report: each said once, under a ref naming the pack revision that
 * judged the file and the step (`binghamton@approved-motion:binghamton/office-review`). A step
 * whose reason differs between proposals (a not-required or undetermined reason) gets one ref
 * per wording, the later ones numbered (`...:binghamton/fee-review~2`).
 */
function stepTexts() {
  const byBase = new Map<string, { ref: string; text: StepText }[]>();
  const entries: string[] = [];
  const refOf = (pack: NonNullable<FileResult['pack']>, step: RouteStep): string => {
    const base = `${pack.id}@${pack.revision}:${step.packId}/${step.id}`;
    let known = byBase.get(base);
    if (!known) byBase.set(base, (known = []));
    for (const entry of known) if (sameText(entry.text, step)) return entry.ref;
    const ref = known.length === 0 ? base : `${base}~${known.length + 1}`;
    const text: StepText = { body: step.body, ...(step.role !== undefined && { role: step.role }), kind: step.kind, reason: step.reason, citation: step.citation, outcomes: step.outcomes };
    known.push({ ref, text });
    entries.push(`${JSON.stringify(ref)}:${safeJson({ packId: step.packId, id: step.id, ...text })}`);
    return ref;
  };
  return { refOf, json: () => `{${entries.join(',\n')}}` };
}

function compactStep(step: RouteStep, ref: string): StepInResult {
  const { body: _body, role: _role, kind: _kind, reason: _reason, citation: _citation, outcomes: _outcomes, id, packId, ...particular } = step;
  return { id, packId, ref, ...particular };
}

/**
 * The documented JSON contract (`docs/schema/check-output.schema.json`, version 2):
 * `{ results: [...], routeText: {...}, summary: {...} }`, written one result at a time. Route
 * steps in results carry what is particular to the proposal (status, dates) and a `ref` into
 * `routeText`, which holds each pack revision's step text (body, reason, citation, outcomes)
 * once per report.
 */
export function jsonFormatter(): Formatter {
  let first = true;
  const texts = stepTexts();
  const fragment = (result: FileResult) => {
    const { route, pack } = result;
    if (!route || !pack) return safeJson(result);
    const stages = route.stages.map((stage) => ({ steps: stage.steps.map((step) => compactStep(step, texts.refOf(pack, step))) }));
    return safeJson({ ...result, route: { ...route, stages } });
  };
  return {
    start: () => '{"results":[',
    file: (result: FileResult) => {
      const joined = (first ? '\n' : ',\n') + fragment(result);
      first = false;
      return joined;
    },
    end: (summary: RunSummary) => `\n],"routeText":${texts.json()},\n"summary":${JSON.stringify(summary)}}\n`,
  };
}
