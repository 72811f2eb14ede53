import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, withMeta, ExtensionsSchema, IdSchema, IsoDateSchema, LIMITS, listOf, NameSchema, UrlSchema } from './common';
import { describeInPlace, withMetaInPlace } from './_lib/in-place-meta';
import { CreditsSchema, ExperienceKindSchema } from './course';

/**
 * The learner a record belongs to. `id` is the campus identifier or, better for Open Badges,
 * a URI the learner controls (`mailto:`, `did:`, `https:`); it is carried into issued badges.
 *
 * @example
 * ```ts
 * LearnerSchema.parse({ id: 'B00123456', name: 'A. Learner' });
 * ```
 */
export const LearnerSchema = strictObject({
  id: describeInPlace(checkedString(z.trim(), z.minLength(1), z.maxLength(2_000)), 'Campus id, or a URI such as "mailto:…" or "did:…".'),
  name: z.optional(NameSchema),
});

/** The learner a record belongs to. */
export type Learner = z.infer<typeof LearnerSchema>;

/**
 * A course on the learner's record.
 *
 * Whether it counts toward an award is decided by `checkAward`: a letter grade (A+ to F) must
 * reach the minimum grade (C unless told otherwise); without a letter grade, a pass mark
 * (`P`, `S`, `CR`, `PASS`) or `passed: true` counts.
 *
 * @example
 * ```ts
 * CompletedCourseSchema.parse({ code: 'CQS 301', grade: 'B+', credits: { value: 4, unit: 'us-credit-hour' }, term: '2025-fall' });
 * ```
 */
export const CompletedCourseSchema = strictObject({
  code: describeInPlace(checkedString(z.trim(), z.minLength(1), z.maxLength(50)), "Catalogue code, matched to the credential's course codes ignoring case, spaces and hyphens."),
  title: z.optional(NameSchema),
  credits: CreditsSchema,
  grade: describeInPlace(z.optional(checkedString(z.trim(), z.minLength(1), z.maxLength(20))), 'Letter grade (A+ to F) or a mark such as P, S, CR, NP, U, W, I.'),
  passed: describeInPlace(z.optional(z.boolean()), 'Whether the course was passed; used when there is no letter grade.'),
  term: describeInPlace(checkedString(z.trim(), z.minLength(1), z.maxLength(50)), 'The term it was taken, e.g. "2025-fall".'),
  completedOn: describeInPlace(z.optional(IsoDateSchema), 'When the grade was posted; a later date than asOf does not count yet.'),
});

/** A course on the learner's record. */
export type CompletedCourse = z.infer<typeof CompletedCourseSchema>;

/**
 * An experience the learner completed: an internship, a project, a workshop series. It
 * matches a credential's experience by `id` when the credential gives one, otherwise by title
 * (ignoring case) and kind.
 *
 * @example
 * ```ts
 * CompletedExperienceSchema.parse({ kind: 'internship', title: 'Summer analytics internship', hours: 130, completedOn: '2025-08-15' });
 * ```
 */
export const CompletedExperienceSchema = z
  .strictObject({
    id: z.optional(IdSchema),
    kind: z.optional(ExperienceKindSchema),
    title: z.optional(NameSchema),
    hours: z.optional(z.number().check(z.gte(0), z.lte(10_000))),
    completedOn: z.optional(IsoDateSchema),
  })
  .check(z.refine((experience) => experience.id !== undefined || experience.title !== undefined, 'Give the experience an id or a title, so it can be matched'));

/** An experience the learner completed. */
export type CompletedExperience = z.infer<typeof CompletedExperienceSchema>;

/**
 * Evidence the learner submitted for one of the credential's evidence items
 * (`credential.evidence.items[].id`). `accepted` is left out until it has been reviewed.
 *
 * @example
 * ```ts
 * SubmittedEvidenceSchema.parse({ id: 'dashboard', submittedOn: '2026-04-20', url: 'https://portfolio.example.edu/d/42', accepted: true });
 * ```
 */
export const SubmittedEvidenceSchema = strictObject({
  id: describe(IdSchema, "The id of the credential's evidence item this answers."),
  submittedOn: IsoDateSchema,
  url: z.optional(UrlSchema),
  accepted: describeInPlace(z.optional(z.boolean()), 'true once reviewers accept it, false if they did not; absent while under review.'),
  reviewedOn: z.optional(IsoDateSchema),
});

/** Evidence the learner submitted. */
export type SubmittedEvidence = z.infer<typeof SubmittedEvidenceSchema>;

/**
 * A credential already awarded to the learner, such as a part of a micro-certificate.
 *
 * @example
 * ```ts
 * EarnedCredentialSchema.parse({ id: 'fiu-data-literacy-badge', awardedOn: '2025-12-15' });
 * ```
 */
export const EarnedCredentialSchema = strictObject({
  id: IdSchema,
  awardedOn: IsoDateSchema,
});

/** A credential already awarded to the learner. */
export type EarnedCredential = z.infer<typeof EarnedCredentialSchema>;

/**
 * What a learner has done toward credentials: courses with grades, credits and terms,
 * experiences, submitted evidence, the culminating reflection, outcomes evidenced and
 * credentials already awarded. `checkAward` judges it against a credential.
 *
 * @example
 * ```ts
 * const record = LearnerRecordSchema.parse({
 *   learner: { id: 'B00123456' },
 *   courses: [{ code: 'CQS 301', grade: 'A', credits: { value: 4, unit: 'us-credit-hour' }, term: '2025-fall' }],
 *   evidence: [{ id: 'dashboard', submittedOn: '2026-04-20', accepted: true }],
 *   reflection: { completed: true, completedOn: '2026-05-01' },
 * });
 * record.experiences; // [] (defaults filled in)
 * ```
 */
export const LearnerRecordSchema = withMetaInPlace(
  strictObject({
    learner: LearnerSchema,
    courses: listOf(CompletedCourseSchema),
    experiences: listOf(CompletedExperienceSchema),
    evidence: listOf(SubmittedEvidenceSchema),
    reflection: describeInPlace(
      z.optional(strictObject({ completed: z.boolean(), completedOn: z.optional(IsoDateSchema) })),
      'The culminating reflective experience.',
    ),
    outcomesEvidenced: describeInPlace(
      z.optional(z.array(checkedString(z.trim(), z.minLength(1), z.maxLength(50))).check(z.maxLength(LIMITS.list))),
      'Ids of learning outcomes the unit has judged evidenced. Giving the list makes every outcome a requirement of award.',
    ),
    credentials: describeInPlace(listOf(EarnedCredentialSchema), 'Credentials already awarded.'),
    extensions: z.optional(ExtensionsSchema),
  }),
  { title: 'Learner record', description: 'What a learner has done toward a credential.' },
);

/**
 * A learner record after parsing (defaults filled in); an interface, so it shows by name.
 *
 * @example
 * ```ts
 * const parsed = parseLearnerRecord({ learner: { id: 'B00123456' } });
 * if (parsed.success) {
 *   const record: LearnerRecord = parsed.record;
 *   record.courses; // []
 * }
 * ```
 */
export interface LearnerRecord extends z.infer<typeof LearnerRecordSchema> {}
/** A learner record as written in a file (defaults may be left out). */
export type LearnerRecordInput = z.input<typeof LearnerRecordSchema>;
