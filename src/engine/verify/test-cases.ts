import type { VerifyCheck, VerifyResult } from './types';

/**
 * One check of a {@link VerifyResult} as a test case: `run` throws an `Error` listing the
 * problems when the check failed, and does nothing otherwise; `skip` is true for checks that
 * could not run (a source text not given).
 *
 * @example
 * ```ts
 * const [first]: VerifyTestCase[] = verifyTestCases(result);
 * first.run(); // throws when the check failed
 * ```
 */
export interface VerifyTestCase {
  /** The check's name, unique in its pack. */
  readonly name: string;
  /** Whether the check could not run, so the test should be skipped. */
  readonly skip: boolean;
  /** The check itself, with its kind, status and problems. */
  readonly check: VerifyCheck;
  /** Throws an `Error` listing the problems when the check failed. */
  readonly run: () => void;
}

/**
 * Turns a verification into test cases for any test runner, one per sample, scenario,
 * coverage check and citation, so each shows up (and fails) on its own.
 *
 * @example
 * ```ts
 * // vitest
 * for (const c of verifyTestCases(result)) test.skipIf(c.skip)(c.name, c.run);
 * // node:test
 * for (const c of verifyTestCases(result)) test(c.name, { skip: c.skip }, c.run);
 * ```
 */
export function verifyTestCases(result: VerifyResult): VerifyTestCase[] {
  return result.checks.map((check) => ({
    name: check.name,
    skip: check.status === 'skip',
    check,
    run: () => {
      if (check.status !== 'fail') return;
      throw new Error(`${result.packId}: ${check.name}:\n${check.problems.map((p) => `  - ${p.message} [${p.code}]`).join('\n')}`);
    },
  }));
}
