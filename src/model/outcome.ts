import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, listOf, TextSchema } from './common';
import { describeInPlace } from './_lib/in-place-meta';
import { AssessmentSchema } from './course';

/**
 * A student learning outcome (SLO) or program outcome (PO): what the learner can do, which
 * competencies it evidences, the activities that teach it and how it is assessed.
 *
 * `competencies` holds codes of the credential's `competencies`; `activities` holds course
 * codes, experience ids or short descriptions of learning activities.
 *
 * @example
 * ```ts
 * OutcomeSchema.parse({
 *   id: 'SLO1',
 *   statement: 'Build a reproducible analysis of a public data set',
 *   competencies: ['critical-thinking-problem-solving'],
 *   activities: ['CQS 301'],
 *   assessment: { method: 'rubric' },
 * });
 * ```
 */
export const OutcomeSchema = strictObject({
  id: describeInPlace(checkedString(z.trim(), z.minLength(1), z.maxLength(50)), 'e.g. "SLO1" or "PO2".'),
  statement: describe(TextSchema, 'What the learner can do.'),
  competencies: describeInPlace(listOf(checkedString(z.minLength(1), z.maxLength(200))), "Codes of the credential's competencies that this outcome evidences."),
  activities: describeInPlace(
    listOf(checkedString(z.trim(), z.minLength(1), z.maxLength(500))),
    'Course codes, experience ids or short descriptions of the activities that teach it.',
  ),
  assessment: describeInPlace(z.optional(AssessmentSchema), 'How the outcome is assessed.'),
});

/** A student learning outcome or program outcome. */
export type Outcome = z.infer<typeof OutcomeSchema>;
