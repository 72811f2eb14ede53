import { z } from 'zod';
import { LIMITS, TextSchema } from './common';
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
export const OutcomeSchema = z.strictObject({
  id: z.string().trim().min(1).max(50).meta({ description: 'e.g. "SLO1" or "PO2".' }),
  statement: TextSchema,
  competencies: z.array(z.string().min(1).max(200)).max(LIMITS.list).default([]),
  activities: z.array(z.string().trim().min(1).max(500)).max(LIMITS.list).default([]),
  assessment: AssessmentSchema.optional(),
});

/** A student learning outcome or program outcome. */
export type Outcome = z.infer<typeof OutcomeSchema>;
