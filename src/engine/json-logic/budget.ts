import { MicrocredError } from '../errors';
import { LOGIC_LIMITS } from './validate';

// Work left for the evaluation under way. Evaluation is synchronous, so one counter serves;
// `enterBudget` saves the outer value so a nested evaluation cannot reset its caller's.
let remaining: number = LOGIC_LIMITS.maxSteps;

/** Starts a fresh budget for one evaluation; returns what to hand to {@link leaveBudget}. */
export function enterBudget(): number {
  const outer = remaining;
  remaining = LOGIC_LIMITS.maxSteps;
  return outer;
}

/** Restores the budget of the evaluation that was under way before {@link enterBudget}. */
export function leaveBudget(outer: number): void {
  remaining = outer;
}

/**
 * Counts `steps` list items visited or built. A pack's `reduce` that doubles its
 * accumulator would otherwise grow without bound and take the process down.
 */
export function spend(steps: number): void {
  remaining -= steps;
  if (remaining < 0) {
    throw new MicrocredError(
      'logic-limit',
      `The JsonLogic expression visited or built more than ${LOGIC_LIMITS.maxSteps} list items in one evaluation (LOGIC_LIMITS.maxSteps).`,
    );
  }
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
