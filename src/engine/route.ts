import { addToIsoDate } from '../dates';
import type { Approval, Proposal } from '../model/proposal';
import type { Violation } from '../model/violation';
import { truthy } from './json-logic/truthy';
import { engineViolation } from './_lib/engine-violation';
import type { CompiledPack, CompiledStep } from './_lib/internal';
import type { Pack, Route, RouteStep, StepOutcome, StepStatus } from './types';

type State = 'approved' | 'returned' | 'rejected' | undefined;

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
): { route: Route; violations: Violation[] } {
  const steps = compiled.steps;
  const violations: Violation[] = [];
  const required = steps.map((s) => s.applies(proposal.credential) && (s.when ? truthy(s.when(proposal)) : true));
  const state: State[] = new Array(steps.length).fill(undefined);
  const decidedOn: (string | undefined)[] = new Array(steps.length).fill(undefined);

  for (const { approval, index } of historyUpTo(proposal.approvals, asOf)) {
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
    if (!required[i]) {
      violations.push(engineViolation('route/step-not-required', 'step-not-required', 'info', [...at, 'step'], { step: approval.step }));
      continue;
    }
    const waitingFor = step.ancestors.find((a) => required[a] && state[a] !== 'approved');
    if (waitingFor !== undefined) {
      violations.push(
        engineViolation('route/out-of-order', 'out-of-order', 'warning', at, {
          step: approval.step,
          date: approval.date,
          waitingFor: steps[waitingFor]!.step.id,
        }),
      );
    }
    applyDecision(steps, approval, i, state, decidedOn, violations, at);
  }

  const rejected = state.includes('rejected');
  const statuses = steps.map((step, i): StepStatus => {
    if (!required[i]) return 'not-required';
    if (state[i] === 'approved') return 'done';
    if (state[i] === 'rejected') return 'rejected';
    if (!rejected && step.ancestors.every((a) => !required[a] || state[a] === 'approved')) return 'current';
    return state[i] === 'returned' ? 'returned' : 'pending';
  });

  const routeSteps = steps.map((compiledStep, i) => toRouteStep(compiledStep, i, required[i]!, statuses[i]!, state, decidedOn));
  const done = steps.every((s, i) => !required[i] || s.step.kind === 'notify' || statuses[i] === 'done');
  return {
    route: {
      stages: compiled.stageIndexes.map((indexes) => ({ steps: indexes.map((i) => routeSteps[i]!) })),
      state: rejected ? 'rejected' : done ? 'approved' : 'in-progress',
      current: routeSteps.filter((s) => s.status === 'current').map((s) => s.id),
    },
    violations,
  };
}

function applyDecision(
  steps: readonly CompiledStep[],
  approval: Approval,
  i: number,
  state: State[],
  decidedOn: (string | undefined)[],
  violations: Violation[],
  at: (string | number)[],
): void {
  const step = steps[i]!;
  const decision = approval.decision;
  const allowed =
    decision === 'approved' ||
    (decision === 'revisions-requested' && step.returnsTo !== undefined) ||
    (decision === 'rejected' && step.step.reject === true);
  if (!allowed) {
    // The step cannot decide this under the policy: report it and leave the route as it was.
    violations.push(engineViolation('route/decision-not-allowed', 'decision-not-allowed', 'warning', [...at, 'decision'], { step: step.step.id, decision }));
    return;
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
}

function toRouteStep(
  compiled: CompiledStep,
  i: number,
  required: boolean,
  status: StepStatus,
  state: State[],
  decidedOn: (string | undefined)[],
): RouteStep {
  const { step } = compiled;
  const outcomes: StepOutcome[] = [{ decision: 'approved' }];
  if (step.revise) outcomes.push({ decision: 'revisions-requested', returnsTo: step.revise.returnsTo });
  if (step.reject) outcomes.push({ decision: 'rejected' });
  const reason = !required && step.notRequiredReason ? step.notRequiredReason : step.reason;
  let expectedBy: string | undefined;
  if (required && status !== 'done' && step.expectedWithin) {
    const anchor = compiled.expectedFrom
      .filter((a) => state[a] === 'approved')
      .map((a) => decidedOn[a]!)
      .sort()
      .pop();
    if (anchor) {
      const { days, weeks } = step.expectedWithin;
      expectedBy = addToIsoDate(anchor, { ...(days !== undefined && { days }), ...(weeks !== undefined && { weeks }) });
    }
  }
  return {
    id: step.id,
    packId: step.packId,
    body: step.body,
    ...(step.role !== undefined && { role: step.role }),
    kind: step.kind,
    required,
    status,
    reason,
    citation: step.citation,
    outcomes,
    ...(decidedOn[i] !== undefined && status !== 'pending' && status !== 'current' && { decidedOn: decidedOn[i] }),
    ...(expectedBy !== undefined && { expectedBy }),
  };
}

/** Decisions dated on or before `asOf`, oldest first (ties keep file order). */
function historyUpTo(approvals: readonly Approval[], asOf: string): { approval: Approval; index: number }[] {
  const known = approvals.map((approval, index) => ({ approval, index })).filter(({ approval }) => approval.date <= asOf);
  if (known.length < 2) return known;
  return known.sort((a, b) => (a.approval.date < b.approval.date ? -1 : a.approval.date > b.approval.date ? 1 : a.index - b.index));
}
