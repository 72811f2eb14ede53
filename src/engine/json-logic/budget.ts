import { MicrocredError } from '../errors';
import { LOGIC_LIMITS } from './validate';

/** The list work one evaluation may still do; made per evaluation, never shared. */
export interface Budget {
  remaining: number;
}

/** A fresh budget for one evaluation. */
export function newBudget(): Budget {
  return { remaining: LOGIC_LIMITS.maxSteps };
}

/**
 * Counts `steps` list items visited or built. A pack's `reduce` that doubles its accumulator
 * would otherwise grow without bound and take the process down. Without a budget (an
 * operator called from outside the compiler) nothing is counted.
 */
export function spend(budget: Budget | undefined, steps: number): void {
  if (budget === undefined) return;
  budget.remaining -= steps;
  if (budget.remaining < 0) {
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
