import { MicrocredError } from '../errors';
import type { FrameworkRegistry } from '../../model/competency';
import type { ReportPackRef, RuleContext } from '../types';
import { LOGIC_LIMITS } from './validate';

/**
 * The work one run of an expression may still do, in steps: one per list item visited or
 * built, per character of text built, and per node evaluated inside a loop. Made per run,
 * never shared; `evaluation` says the run was started with what was left of the proposal's
 * evaluation budget (`EvaluationBudget`) rather than with a full `maxSteps`.
 */
export interface Budget {
  remaining: number;
  readonly evaluation: boolean;
}

/**
 * What the rules of one `evaluate` call may still spend together, in the steps of
 * {@link Budget}: one proposal file gets at most `LOGIC_LIMITS.maxEvaluationSteps`, however many
 * rules its pack has and however often they run. Counting steps rather than reading a clock
 * keeps evaluation pure: the same input is judged the same way on any machine.
 */
export interface EvaluationBudget {
  remaining: number;
}

/** A fresh budget for one run of an expression, within what the evaluation has left. */
export function newBudget(evaluation?: EvaluationBudget): Budget {
  if (evaluation === undefined || evaluation.remaining >= LOGIC_LIMITS.maxSteps) return { remaining: LOGIC_LIMITS.maxSteps, evaluation: false };
  return { remaining: evaluation.remaining, evaluation: true };
}

/**
 * Counts `steps` against a run's budget. A pack's `reduce` that doubles its accumulator would
 * otherwise grow without bound and take the process down. Without a budget (an operator
 * called from outside the compiler) nothing is counted.
 */
export function spend(budget: Budget | undefined, steps: number): void {
  if (budget === undefined) return;
  budget.remaining -= steps;
  if (budget.remaining < 0) overBudget(budget.evaluation);
}

/** Counts `steps` straight against the evaluation's budget (work done outside any loop). */
export function spendEvaluation(evaluation: EvaluationBudget, steps: number): void {
  evaluation.remaining -= steps;
  if (evaluation.remaining < 0) overBudget(true);
}

function overBudget(evaluation: boolean): never {
  if (evaluation) {
    throw new MicrocredError(
      'logic-limit',
      `The pack's JsonLogic used more than ${LOGIC_LIMITS.maxEvaluationSteps} steps on this proposal, all rules together (LOGIC_LIMITS.maxEvaluationSteps).`,
    );
  }
  throw new MicrocredError(
    'logic-limit',
    `The JsonLogic expression took more than ${LOGIC_LIMITS.maxSteps} steps (list items visited or built, characters built) in one evaluation (LOGIC_LIMITS.maxSteps).`,
  );
}

/** Refuses a string longer than {@link LOGIC_LIMITS.maxStringLength}, before it is built. */
export function checkLength(length: number): void {
  if (length > LOGIC_LIMITS.maxStringLength) {
    throw new MicrocredError(
      'logic-limit',
      `The JsonLogic expression built a string longer than ${LOGIC_LIMITS.maxStringLength} characters (LOGIC_LIMITS.maxStringLength).`,
    );
  }
}

// Non-enumerable and keyed by a symbol: checks see the context they always saw. Symbol.for, so
// the ESM and CJS builds find each other's budget.
const EVALUATION_BUDGET = Symbol.for('microcred.evaluationBudget');

/**
 * The rule context of one evaluation, with a fresh {@link EvaluationBudget}. Checks see its
 * three fields as own enumerable data; the budget is reached through a getter on the class
 * (keyed by the symbol, so the other build finds it too) and held in a private field: no own
 * property to define per evaluation, which was a slow path on every call.
 */
class EvaluationContext implements RuleContext {
  readonly asOf: string;
  readonly frameworks: FrameworkRegistry;
  readonly pack: ReportPackRef;
  readonly #budget: EvaluationBudget = { remaining: LOGIC_LIMITS.maxEvaluationSteps };

  constructor(asOf: string, frameworks: FrameworkRegistry, pack: ReportPackRef) {
    this.asOf = asOf;
    this.frameworks = frameworks;
    this.pack = pack;
  }

  get [EVALUATION_BUDGET](): EvaluationBudget {
    return this.#budget;
  }
}

/** A rule context for one pack's rules in one evaluation, with a fresh {@link EvaluationBudget}. */
export function evaluationContext(asOf: string, frameworks: FrameworkRegistry, pack: ReportPackRef): RuleContext {
  return new EvaluationContext(asOf, frameworks, pack);
}

/** The evaluation budget of a rule context, when `evaluate` made it. */
export function evaluationBudgetOf(context: unknown): EvaluationBudget | undefined {
  return context !== null && typeof context === 'object' ? (context as Record<symbol, EvaluationBudget | undefined>)[EVALUATION_BUDGET] : undefined;
}

/**
 * Text as `cat` joins it (null and undefined as nothing, lists as their items joined by
 * commas), with its length counted before it is built: a list of a million references to one
 * long string would otherwise be turned into one huge string first and refused after.
 */
export function textOf(value: unknown, budget: Budget | undefined): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (!Array.isArray(value)) return String(value);
  spend(budget, value.length);
  const parts: string[] = [];
  let length = 0;
  for (const item of value) {
    const part = textOf(item, budget);
    length += part.length + 1;
    checkLength(length - 1);
    parts.push(part);
  }
  return parts.join(',');
}
