import { compileAppliesTo } from '../applies-to';
import type { Problem } from '../errors';
import { compileLogic } from '../json-logic/compile';
import type { Pack, ResolvedStep, RouteDefinition, StepOutcome } from '../types';
import { DEFAULT_REVIEWS_AGAIN_ON, splitPointer } from '../diff/pointer-patterns';
import { checkLogic, type LogicToolkit } from './compile-rule';
import type { CompiledStep } from './internal';

/** A route after its pack's own steps and removals are applied to the parent's. */
export interface ResolvedRoute {
  readonly steps: readonly ResolvedStep[];
  readonly stages: readonly (readonly string[])[];
  readonly removed: readonly { readonly id: string; readonly reason: string; readonly by: string }[];
  readonly compiled: readonly CompiledStep[];
  readonly stepIndex: ReadonlyMap<string, number>;
}

type Path = (string | number)[];

/**
 * Resolves a pack's route: inherited steps, minus removed ones (their dependents inherit their
 * place), plus own steps; then checks references and cycles, orders steps into stages and
 * compiles conditions.
 */
export function resolveRoute(
  packId: string,
  parent: Pack | undefined,
  definition: RouteDefinition | undefined,
  toolkit: LogicToolkit,
  problems: Problem[],
): ResolvedRoute {
  let steps: ResolvedStep[] = [...(parent?.route.steps ?? [])];
  const removed = [...(parent?.route.removed ?? [])];
  const origin = new Map<string, Path>(steps.map((s) => [s.id, ['extends', 'route', s.id]]));

  (definition?.remove ?? []).forEach(({ id, reason }, k) => {
    const gone = steps.find((s) => s.id === id);
    if (!gone) {
      problems.push({ path: ['route', 'remove', k, 'id'], code: 'unknown-step', message: `No inherited step "${id}" to remove.` });
      return;
    }
    steps = steps
      .filter((s) => s.id !== id)
      .map((s) => (s.after.includes(id) ? { ...s, after: unique(s.after.flatMap((a) => (a === id ? gone.after : [a]))) } : s));
    removed.push({ id, reason, by: packId });
    origin.delete(id);
  });

  (definition?.steps ?? []).forEach((own, i) => {
    const path: Path = ['route', 'steps', i];
    if (steps.some((s) => s.id === own.id)) {
      problems.push({ path: [...path, 'id'], code: 'duplicate-step', message: `Step "${own.id}" is already on the route.` });
      return;
    }
    const { before: _before, ...rest } = own;
    steps.push({ ...rest, packId, kind: own.kind ?? 'approval', after: [...(own.after ?? [])] });
    origin.set(own.id, path);
  });

  const ids = new Set(steps.map((s) => s.id));
  (definition?.steps ?? []).forEach((own, i) => {
    (own.before ?? []).forEach((target, j) => {
      if (!ids.has(target)) {
        problems.push({ path: ['route', 'steps', i, 'before', j], code: 'unknown-step', message: `"before" names "${target}", which is not on the route.` });
        return;
      }
      steps = steps.map((s) => (s.id === target ? { ...s, after: unique([...s.after, own.id]) } : s));
    });
  });

  for (const step of steps) {
    const at = origin.get(step.id) ?? ['route', step.id];
    step.after.forEach((dep, j) => {
      if (!ids.has(dep)) problems.push({ path: [...at, 'after', j], code: 'unknown-step', message: `"after" names "${dep}", which is not on the route.` });
    });
    if (step.revise && !ids.has(step.revise.returnsTo)) {
      problems.push({ path: [...at, 'revise', 'returnsTo'], code: 'unknown-step', message: `"returnsTo" names "${step.revise.returnsTo}", which is not on the route.` });
    }
    (step.expectedWithin?.from ?? []).forEach((anchor, j) => {
      if (!ids.has(anchor)) problems.push({ path: [...at, 'expectedWithin', 'from', j], code: 'unknown-step', message: `"from" names "${anchor}", which is not on the route.` });
    });
  }

  const stepIndex = new Map(steps.map((s, i) => [s.id, i]));
  const layers = layer(steps, stepIndex, problems);
  const ancestors = steps.map((_, i) => closure(i, (k) => steps[k]!.after.map((a) => stepIndex.get(a)).filter(isIndex)));
  const children = steps.map((s) => steps.flatMap((other, k) => (other.after.includes(s.id) ? [k] : [])));
  const descendants = steps.map((_, i) => closure(i, (k) => children[k]!));

  const compiled: CompiledStep[] = steps.map((step, index) => {
    const at = origin.get(step.id) ?? ['route', step.id];
    const returnsTo = step.revise ? stepIndex.get(step.revise.returnsTo) : undefined;
    if (returnsTo !== undefined && returnsTo !== index && !ancestors[index]!.includes(returnsTo)) {
      problems.push({
        path: [...at, 'revise', 'returnsTo'],
        code: 'returns-forward',
        message: `Step "${step.id}" can only return a proposal to a step that comes before it, not "${step.revise!.returnsTo}".`,
      });
    }
    const safeWhen = step.when === undefined || checkLogic(step.when, toolkit, [...at, 'when'], problems);
    const unknownWhen = step.undetermined?.when;
    const safeUnknown = unknownWhen === undefined || checkLogic(unknownWhen, toolkit, [...at, 'undetermined', 'when'], problems);
    return {
      step,
      index,
      applies: compileAppliesTo(step.appliesTo),
      when: step.when !== undefined && safeWhen ? compileLogic(step.when, toolkit.operators) : undefined,
      undetermined: unknownWhen !== undefined && safeUnknown ? compileLogic(unknownWhen, toolkit.operators) : undefined,
      ancestors: ancestors[index]!,
      descendants: descendants[index]!,
      returnsTo,
      expectedFrom: (step.expectedWithin?.from ?? []).map((a) => stepIndex.get(a)).filter(isIndex),
      reviewsAgainOn: (step.reviewsAgainOn?.fields ?? DEFAULT_REVIEWS_AGAIN_ON).map(splitPointer),
      outcomes: outcomesOf(step),
    };
  });

  const stages: string[][] = [];
  steps.forEach((step, i) => {
    const depth = layers[i] ?? 0;
    (stages[depth] ??= []).push(step.id);
  });

  return { steps, stages: stages.filter(Boolean), removed, compiled, stepIndex };
}

/**
 * The decisions a step may record, as every report lists them: made once per pack, and frozen,
 * because every report of the pack shares them (as it shares the pack's citations).
 */
function outcomesOf(step: ResolvedStep): readonly StepOutcome[] {
  const outcomes: StepOutcome[] = [{ decision: 'approved' }];
  if (step.revise) outcomes.push({ decision: 'revisions-requested', returnsTo: step.revise.returnsTo });
  if (step.reject) outcomes.push({ decision: 'rejected' });
  for (const outcome of outcomes) Object.freeze(outcome);
  return Object.freeze(outcomes);
}

/** Longest-path layering; reports a cycle when some steps can never be ordered. */
function layer(steps: readonly ResolvedStep[], index: ReadonlyMap<string, number>, problems: Problem[]): number[] {
  const depth: number[] = new Array(steps.length).fill(-1);
  const pending = new Set(steps.map((_, i) => i));
  let progress = true;
  while (pending.size > 0 && progress) {
    progress = false;
    for (const i of [...pending]) {
      const deps = steps[i]!.after.map((a) => index.get(a)).filter(isIndex);
      if (deps.every((d) => depth[d]! >= 0)) {
        depth[i] = deps.reduce((max, d) => Math.max(max, depth[d]! + 1), 0);
        pending.delete(i);
        progress = true;
      }
    }
  }
  if (pending.size > 0) {
    const cycle = [...pending].map((i) => steps[i]!.id);
    problems.push({ path: ['route'], code: 'route-cycle', message: `The route has a cycle through: ${cycle.join(' -> ')}.` });
    for (const i of pending) depth[i] = 0;
  }
  return depth;
}

function closure(start: number, next: (i: number) => readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...next(start)];
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (seen.has(k) || k === start) continue;
    seen.add(k);
    stack.push(...next(k));
  }
  return [...seen].sort((a, b) => a - b);
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function isIndex(value: number | undefined): value is number {
  return value !== undefined;
}
