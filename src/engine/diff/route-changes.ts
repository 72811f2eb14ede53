import type { Proposal } from '../../model/proposal';
import type { CompiledPack } from '../_lib/internal';
import type { AppliesTo, JsonLogic, Pack, ResolvedStep, Route, RouteStep } from '../types';
import { planRoute } from '../route';
import { anyPatternMatches, patternMatches } from './pointer-patterns';
import type { ApprovalNotCovering, FieldChange, RouteStepChange } from './types';

/** Steps whose need changed between two routes, with the changed fields their condition reads. */
export function routeStepChanges(pack: Pack, before: Route, after: Route, fields: readonly FieldChange[]): RouteStepChange[] {
  const old = new Map(before.stages.flatMap((s) => s.steps).map((s) => [s.id, s]));
  const definitions = new Map(pack.route.steps.map((s) => [s.id, s]));
  const changes: RouteStepChange[] = [];
  for (const step of after.stages.flatMap((s) => s.steps)) {
    const was = old.get(step.id);
    if (!was || need(was) === need(step)) continue;
    const reads = conditionReads(definitions.get(step.id));
    changes.push({
      step: step.id,
      body: step.body,
      change: need(step),
      before: { required: was.required, status: was.status },
      after: { required: step.required, status: step.status },
      reason: step.reason,
      because: unique(fields.filter((f) => reads.some((r) => patternMatches(r, f.path))).map((f) => f.pointer)),
    });
  }
  return changes;
}

function need(step: RouteStep): RouteStepChange['change'] {
  return step.status === 'undetermined' ? 'undetermined' : step.required ? 'required' : 'not-required';
}

/** The fields a step's conditions read, as paths from the proposal's root. */
function conditionReads(step: ResolvedStep | undefined): string[][] {
  if (!step) return [];
  const reads: string[][] = [];
  if (step.appliesTo) appliesToReads(step.appliesTo, reads);
  if (step.when !== undefined) logicReads(step.when, reads, 0);
  if (step.undetermined) logicReads(step.undetermined.when, reads, 0);
  return reads;
}

function appliesToReads(appliesTo: AppliesTo, out: string[][]): void {
  for (const key of ['kind', 'creditBearing', 'level', 'form', 'category'] as const) if (appliesTo[key] !== undefined) out.push(['credential', key]);
  for (const nested of appliesTo.anyOf ?? []) appliesToReads(nested, out);
}

/** Every `var` of a JsonLogic expression (the pack's own, already validated). */
function logicReads(logic: JsonLogic, out: string[][], depth: number): void {
  if (depth > 64 || logic === null || typeof logic !== 'object') return;
  if (Array.isArray(logic)) {
    for (const item of logic) logicReads(item, out, depth + 1);
    return;
  }
  for (const [operator, argument] of Object.entries(logic as Record<string, unknown>)) {
    const name = operator === 'var' ? (Array.isArray(argument) ? argument[0] : argument) : undefined;
    if (typeof name === 'string') out.push(name === '' ? [] : name.split('.'));
    else logicReads(argument, out, depth + 1);
  }
}

/**
 * Approvals that stand in the new version's route, were recorded before the edit, and whose
 * step reviews again on a field the edit changed.
 */
export function approvalsNotCovering(
  pack: Pack,
  compiled: CompiledPack,
  before: Proposal,
  after: Proposal,
  asOf: string,
  fields: readonly FieldChange[],
): ApprovalNotCovering[] {
  // Revisions are not checked here: a new revision is a change to `/revision` among the fields.
  const planned = planRoute(pack, compiled, after, asOf, { checkRevisions: false });
  const earlier = new Map<string, number>();
  for (const approval of before.approvals) earlier.set(approvalKey(approval), (earlier.get(approvalKey(approval)) ?? 0) + 1);
  const found: ApprovalNotCovering[] = [];
  compiled.steps.forEach((step, i) => {
    const index = planned.decidedBy[i];
    const approval = index === undefined ? undefined : after.approvals[index];
    if (index === undefined || approval?.decision !== 'approved') return;
    const key = approvalKey(approval);
    const left = earlier.get(key) ?? 0;
    // Recorded in this edit: given to the new version.
    if (left === 0) return;
    earlier.set(key, left - 1);
    const because = unique(fields.filter((f) => anyPatternMatches(step.reviewsAgainOn, f.path)).map((f) => f.pointer));
    if (because.length === 0) return;
    const basis = step.step.reviewsAgainOn === undefined ? 'default' : step.step.reviewsAgainOn.citation ? 'citation' : 'reading';
    found.push({ step: step.step.id, approval: index, date: approval.date, ...(approval.revision !== undefined && { revision: approval.revision }), because, basis });
  });
  return found;
}

function approvalKey(approval: Proposal['approvals'][number]): string {
  return JSON.stringify([approval.step, approval.decision, approval.date, approval.revision ?? null]);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
