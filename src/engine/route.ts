import { addToIsoDate } from '../dates';
import type { Approval, Proposal } from '../model/proposal';
import type { Violation } from '../model/violation';
import { truthy } from './json-logic/truthy';
import { engineViolation } from './_lib/engine-violation';
import type { CompiledPack, CompiledStep } from './_lib/internal';
import { anyPatternMatches } from './diff/pointer-patterns';
import type { Pack, Route, RouteStep, StepStatus } from './types';

type State = 'approved' | 'returned' | 'rejected' | undefined;
type Revision = number | string | undefined;

/** What a route is planned with besides the proposal (used by `diffProposals`). */
export interface PlanRouteOptions {
  /** Indexes of recorded decisions that no longer cover the proposal: left out of the plan. */
  readonly notCovering?: ReadonlySet<number>;
  /** `false`: leave decisions' revisions unchecked (the diff checks `/revision` with the other fields). */
  readonly checkRevisions?: boolean;
}

/** A planned route, its history problems, and which recorded decision set each step's state. */
export interface PlannedRoute {
  readonly route: Route;
  readonly violations: Violation[];
  /** Per step (definition order): the index in `approvals` of the decision that set its state. */
  readonly decidedBy: readonly (number | undefined)[];
}

// Frozen, so sharing it between calls shares nothing that can change.
const DEFAULT_OPTIONS: PlanRouteOptions = Object.freeze({});

/**
 * Works out the approval route for a proposal: which steps it needs, and where each stands
 * given the decisions recorded up to `asOf`. Problems with the history (unknown steps,
 * decisions out of order) come back as violations.
 */
export function planRoute(
  pack: Pack,
  compiled: CompiledPack,
  proposal: Proposal,
  asOf: string,
  options: PlanRouteOptions = DEFAULT_OPTIONS,
): PlannedRoute {
  const steps = compiled.steps;
  const count = steps.length;
  const violations: Violation[] = [];
  // Plain loops into lists made at their length (no callbacks, no growing): this runs on every
  // evaluation. Every item is set before it is read, so none stays a hole.
  const unknown: boolean[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const s = steps[i]!;
    unknown[i] = s.undetermined ? truthy(s.undetermined(proposal)) : false;
  }
  const required: boolean[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const s = steps[i]!;
    required[i] = !unknown[i] && s.applies(proposal.credential) && (s.when ? truthy(s.when(proposal)) : true);
  }
  // An undetermined step may be needed: it holds back the steps after it and the route.
  const holds: boolean[] = new Array(count);
  const state: State[] = new Array(count);
  const decidedOn: (string | undefined)[] = new Array(count);
  const decidedBy: (number | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    holds[i] = required[i]! || unknown[i]!;
    state[i] = undefined;
    decidedOn[i] = undefined;
    decidedBy[i] = undefined;
  }
  let earlier: Map<number, Violation> | undefined;

  for (const { approval, index } of historyUpTo(proposal.approvals, asOf)) {
    if (options.notCovering?.has(index)) continue;
    const at = ['approvals', index];
    const i = compiled.stepIndex.get(approval.step);
    if (i === undefined) {
      violations.push(
        engineViolation('route/unknown-step', 'unknown-step', 'warning', [...at, 'step'], {
          step: approval.step,
          pack: pack.id,
          steps: steps.map((s) => s.step.id),
        }),
      );
      continue;
    }
    const step = steps[i]!;
    if (!holds[i]) {
      violations.push(engineViolation('route/step-not-required', 'step-not-required', 'info', [...at, 'step'], { step: approval.step }));
      continue;
    }
    const waitingFor = step.ancestors.find((a) => holds[a] && state[a] !== 'approved');
    if (waitingFor !== undefined) {
      violations.push(
        engineViolation('route/out-of-order', 'out-of-order', 'warning', at, {
          step: approval.step,
          date: approval.date,
          waitingFor: steps[waitingFor]!.step.id,
        }),
      );
    }
    if (options.checkRevisions !== false && approval.decision === 'approved' && onOtherRevision(approval.revision, proposal.revision)) {
      // The proposal changed since; the one change visible here is its revision. A step that
      // reviews again on a new revision is not covered; for any other, only the fields that
      // changed can tell (diffProposals), so the approval stands and the report says so.
      const data = { step: approval.step, revision: approval.revision, current: proposal.revision };
      if (anyPatternMatches(step.reviewsAgainOn, ['revision'])) {
        violations.push(engineViolation('route/approval-not-covering', 'approval-not-covering', 'warning', [...at, 'revision'], data));
        continue;
      }
      (earlier ??= new Map()).set(index, engineViolation('route/earlier-revision', 'earlier-revision', 'info', [...at, 'revision'], data));
    }
    if (applyDecision(steps, approval, i, state, decidedOn, violations, at)) decidedBy[i] = index;
  }
  for (let i = 0; i < count; i++) {
    if (state[i] === undefined) decidedBy[i] = undefined;
    // Only the decision that still stands is worth a word; a later one replaced the others.
    const stale = decidedBy[i] === undefined || earlier === undefined ? undefined : earlier.get(decidedBy[i]!);
    if (stale) violations.push(stale);
  }

  const rejected = state.includes('rejected');
  const routeSteps: RouteStep[] = new Array(count);
  const current: string[] = [];
  let done = true;
  for (let i = 0; i < count; i++) {
    const compiledStep = steps[i]!;
    const ready = !rejected && allApproved(compiledStep.ancestors, holds, state);
    // A step that returned the proposal to itself waits for the re-submission, which comes to it.
    const takesResubmission = state[i] === 'returned' && compiledStep.returnsTo === i;
    const status = statusOf(holds[i]!, state[i], unknown[i]!, takesResubmission, ready);
    const decision = decidedBy[i];
    const revision: Revision = decision === undefined ? undefined : proposal.approvals[decision]?.revision;
    const routeStep = toRouteStep(steps, compiledStep, i, required[i]!, status, state, decidedOn, unknown[i]!, revision);
    routeSteps[i] = routeStep;
    if (status === 'current' || (status === 'returned' && takesResubmission && ready)) current.push(routeStep.id);
    if (holds[i] && compiledStep.step.kind !== 'notify' && status !== 'done') done = false;
  }
  const stageIndexes = compiled.stageIndexes;
  const stages: { steps: RouteStep[] }[] = new Array(stageIndexes.length);
  for (let g = 0; g < stageIndexes.length; g++) {
    const indexes = stageIndexes[g]!;
    const stageSteps: RouteStep[] = new Array(indexes.length);
    for (let k = 0; k < indexes.length; k++) stageSteps[k] = routeSteps[indexes[k]!]!;
    stages[g] = { steps: stageSteps };
  }
  return {
    route: { stages, state: rejected ? 'rejected' : done ? 'approved' : 'in-progress', current },
    violations,
    decidedBy,
  };
}

/** Every step of `indexes` that holds the route is approved. */
function allApproved(indexes: readonly number[], holds: readonly boolean[], state: readonly State[]): boolean {
  for (let k = 0; k < indexes.length; k++) {
    const a = indexes[k]!;
    if (holds[a] && state[a] !== 'approved') return false;
  }
  return true;
}

function statusOf(holds: boolean, state: State, unknown: boolean, takesResubmission: boolean, ready: boolean): StepStatus {
  if (!holds) return 'not-required';
  if (state === 'approved') return 'done';
  if (state === 'rejected') return 'rejected';
  if (unknown) return 'undetermined';
  if (takesResubmission) return 'returned';
  if (ready) return 'current';
  return state === 'returned' ? 'returned' : 'pending';
}

/** A decision's revision differs from the proposal's; either left out says nothing. */
function onOtherRevision(decision: Revision, proposal: Revision): boolean {
  return decision !== undefined && proposal !== undefined && decision !== proposal;
}

function applyDecision(
  steps: readonly CompiledStep[],
  approval: Approval,
  i: number,
  state: State[],
  decidedOn: (string | undefined)[],
  violations: Violation[],
  at: (string | number)[],
): boolean {
  const step = steps[i]!;
  const decision = approval.decision;
  const allowed =
    decision === 'approved' ||
    (decision === 'revisions-requested' && step.returnsTo !== undefined) ||
    (decision === 'rejected' && step.step.reject === true);
  if (!allowed) {
    // The step cannot decide this under the policy: report it and leave the route as it was.
    violations.push(engineViolation('route/decision-not-allowed', 'decision-not-allowed', 'warning', [...at, 'decision'], { step: step.step.id, decision }));
    return false;
  }
  if (decision === 'revisions-requested' && step.returnsTo !== undefined) {
    // The proposal goes back: the step it returns to, the steps between that one and this one,
    // this one and every step after it decide again. A step beside them (after the one returned
    // to, but neither before nor after this one, such as a fee review running in parallel) has
    // judged something the revision does not reopen, so it keeps its decision.
    const target = step.returnsTo;
    const reopened = [target, ...steps[target]!.descendants.filter((d) => d === i || step.ancestors.includes(d) || step.descendants.includes(d))];
    for (const d of reopened) {
      state[d] = undefined;
      decidedOn[d] = undefined;
    }
  }
  state[i] = decision === 'approved' ? 'approved' : decision === 'rejected' ? 'rejected' : 'returned';
  decidedOn[i] = approval.date;
  return true;
}

function toRouteStep(
  steps: readonly CompiledStep[],
  compiled: CompiledStep,
  i: number,
  required: boolean,
  status: StepStatus,
  state: State[],
  decidedOn: (string | undefined)[],
  unknown: boolean,
  revision: Revision,
): RouteStep {
  const { step } = compiled;
  // Static, made once per pack (see CompiledStep.outcomes).
  const outcomes = compiled.outcomes;
  const reason = unknown && step.undetermined ? step.undetermined.reason : !required && step.notRequiredReason ? step.notRequiredReason : step.reason;
  let expectedBy: string | undefined;
  let expectedBasis: RouteStep['expectedBasis'];
  if (required && status !== 'done' && step.expectedWithin) {
    // The clock starts at the latest approval among the steps the policy counts from.
    const anchor = compiled.expectedFrom
      .filter((a) => state[a] === 'approved')
      .sort((a, b) => (decidedOn[a]! < decidedOn[b]! ? -1 : decidedOn[a]! > decidedOn[b]! ? 1 : a - b))
      .pop();
    if (anchor !== undefined) {
      const { days, weeks } = step.expectedWithin;
      const span = { ...(days !== undefined && { days }), ...(weeks !== undefined && { weeks }) };
      expectedBy = addToIsoDate(decidedOn[anchor]!, span);
      expectedBasis = { step: steps[anchor]!.step.id, decidedOn: decidedOn[anchor]!, ...span };
    }
  }
  // Literals and assignments in the report's key order, rather than conditional spreads (slow copies).
  const citation = step.citation;
  const routeStep: Mutable<RouteStep> =
    step.role !== undefined
      ? { id: step.id, packId: step.packId, body: step.body, role: step.role, kind: step.kind, required, status, reason, citation, outcomes }
      : { id: step.id, packId: step.packId, body: step.body, kind: step.kind, required, status, reason, citation, outcomes };
  if (decidedOn[i] !== undefined && status !== 'pending' && status !== 'current') {
    routeStep.decidedOn = decidedOn[i];
    if (revision !== undefined) routeStep.decidedOnRevision = revision;
  }
  if (expectedBy !== undefined) routeStep.expectedBy = expectedBy;
  if (expectedBasis !== undefined) routeStep.expectedBasis = expectedBasis;
  return routeStep;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Decisions dated on or before `asOf`, oldest first (ties keep file order). */
function historyUpTo(approvals: readonly Approval[], asOf: string): { approval: Approval; index: number }[] {
  if (approvals.length === 0) return [];
  const known = approvals.map((approval, index) => ({ approval, index })).filter(({ approval }) => approval.date <= asOf);
  if (known.length < 2) return known;
  return known.sort((a, b) => (a.approval.date < b.approval.date ? -1 : a.approval.date > b.approval.date ? 1 : a.index - b.index));
}
