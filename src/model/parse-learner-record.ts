import type { Violation } from './violation';
import { LearnerRecordSchema, type LearnerRecord } from './learner-record';
import { tieredParser } from './_lib/tiered-parser';
import { safeIssues } from './_lib/safe-parse';

// A module apart from parse.ts: judging a proposal (and a one-file check) never builds the
// learner record's schemas.
const learnerRecordParser = /* @__PURE__ */ tieredParser(LearnerRecordSchema);

/** The result of {@link parseLearnerRecord}: the typed record, or every problem found. */
export type ParseLearnerRecordResult =
  | { readonly success: true; readonly record: LearnerRecord }
  | { readonly success: false; readonly issues: readonly Violation[] };

/**
 * Like {@link parseProposal}, for a learner record (award checks).
 *
 * @example
 * ```ts
 * const result = parseLearnerRecord({ learner: { id: 'B00123456' } });
 * result.success; // true
 * ```
 */
export function parseLearnerRecord(input: unknown): ParseLearnerRecordResult {
  const issues = safeIssues(learnerRecordParser, input);
  if (issues.ok) return { success: true, record: issues.value as LearnerRecord };
  return { success: false, issues: issues.violations };
}

