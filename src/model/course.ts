import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, IdSchema, NameSchema, TextSchema, enumOf } from './common';
import { describeInPlace } from './_lib/in-place-meta';

/** Units a course's credit is counted in. */
export const CreditUnitSchema = describeInPlace(enumOf(['us-credit-hour', 'ects']), 'US semester credit hours, or ECTS credits.');

/** Units a course's credit is counted in. */
export type CreditUnit = z.infer<typeof CreditUnitSchema>;

/**
 * An amount of academic credit with its unit.
 *
 * @example
 * ```ts
 * CreditsSchema.parse({ value: 3, unit: 'us-credit-hour' });
 * ```
 */
export const CreditsSchema = strictObject({
  value: describeInPlace(z.number().check(z.gte(0), z.lte(200)), 'The amount of credit, from 0 to 200.'),
  unit: CreditUnitSchema,
});

/** An amount of academic credit with its unit. */
export type Credits = z.infer<typeof CreditsSchema>;

/** Whether a course exists in the catalogue, is new, or is waiting for curriculum approval. */
export const CourseStatusSchema = enumOf(['existing', 'new', 'pending-approval']);

/** Whether a course exists in the catalogue, is new, or is waiting for curriculum approval. */
export type CourseStatus = z.infer<typeof CourseStatusSchema>;

/**
 * A course a credential requires.
 *
 * @example
 * ```ts
 * CourseSchema.parse({ code: 'CQS 301', title: 'Data Visualisation', credits: { value: 4, unit: 'us-credit-hour' } });
 * ```
 */
export const CourseSchema = strictObject({
  code: describeInPlace(checkedString(z.trim(), z.minLength(1), z.maxLength(50)), 'Catalogue code, e.g. "MGMT 311".'),
  title: describe(NameSchema, 'The course title.'),
  credits: describe(CreditsSchema, 'The credit the course carries.'),
  status: describeInPlace(
    z._default(CourseStatusSchema, 'existing'),
    'existing (in the catalogue), new (not proposed yet) or pending-approval (with the curriculum committee).',
  ),
  required: describeInPlace(
    z._default(z.boolean(), true),
    'false for an elective option. Name the option in an elective group (credential.electiveGroups) to say how many of the options a learner takes.',
  ),
});

/**
 * A course a credential requires (defaults filled in); an interface, so it shows by name.
 *
 * @example
 * ```ts
 * const course: Course = { code: 'CQS 301', title: 'Data Visualisation', credits: { value: 4, unit: 'us-credit-hour' }, status: 'existing', required: true };
 * ```
 */
export interface Course extends z.infer<typeof CourseSchema> {}

/**
 * "Choose k of" these elective options: a learner completes `choose` of the listed courses.
 * Each option is a course of the credential (`credential.courses`, by code) marked
 * `required: false`, so tools that do not know groups still see the options as electives.
 *
 * @example
 * ```ts
 * ElectiveGroupSchema.parse({ title: 'Methods', choose: 2, options: ['CQS 310', 'CQS 320', 'MATH 247', 'PSYC 243'] });
 * ```
 */
export const ElectiveGroupSchema = strictObject({
  id: describeInPlace(z.optional(IdSchema), 'A name for the group, for messages and tools.'),
  title: describeInPlace(z.optional(NameSchema), 'What the group is, e.g. "Methods electives".'),
  choose: describeInPlace(z.int().check(z.gte(1), z.lte(200)), 'How many of the options a learner completes.'),
  options: describeInPlace(
    z.array(checkedString(z.trim(), z.minLength(1), z.maxLength(50))).check(z.minLength(1), z.maxLength(200)),
    'Codes of the courses (in credential.courses, each with required: false) a learner chooses from; at least `choose` of them.',
  ),
});

/** "Choose k of" these elective options. */
export type ElectiveGroup = z.infer<typeof ElectiveGroupSchema>;

/** Kinds of non-course experience a credential can require. */
export const ExperienceKindSchema = enumOf([
  'internship',
  'project',
  'practicum',
  'research',
  'service-learning',
  'workshop',
  'co-curricular',
  'assessment',
  'other',
]);

/**
 * A required (or optional) experience beyond courses: an internship, a project, a workshop series.
 *
 * @example
 * ```ts
 * ExperienceSchema.parse({ kind: 'internship', title: 'Summer analytics internship', hours: 120 });
 * ```
 */
export const ExperienceSchema = strictObject({
  id: describeInPlace(z.optional(IdSchema), 'An id that learner records use to name this experience.'),
  kind: describe(ExperienceKindSchema, 'internship, project, practicum, research, service-learning, workshop, co-curricular, assessment or other.'),
  title: describe(NameSchema, 'The title of the experience.'),
  description: describeInPlace(z.optional(TextSchema), 'What the learner does.'),
  hours: describeInPlace(z.optional(z.number().check(z.gte(0), z.lte(10_000))), 'Hours it takes; a learner record must show at least as many.'),
  required: describeInPlace(z._default(z.boolean(), true), 'false for an optional experience.'),
  status: describeInPlace(z._default(CourseStatusSchema, 'existing'), 'Whether the experience already exists at the institution.'),
});

/** A required (or optional) experience beyond courses. */
export type Experience = z.infer<typeof ExperienceSchema>;

/**
 * How an outcome or an experience is assessed.
 *
 * @example
 * ```ts
 * AssessmentSchema.parse({ method: 'rubric', description: 'Portfolio scored on a 4-level rubric' });
 * ```
 */
export const AssessmentSchema = strictObject({
  method: describe(NameSchema, 'e.g. rubric, exam, portfolio review, supervisor evaluation.'),
  description: describeInPlace(z.optional(TextSchema), 'How the method is applied.'),
});

/** How an outcome or an experience is assessed. */
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * The culminating reflective experience in which the learner reflects on the pathway and
 * on how its competencies align with their growth (FIU 380.104, "Comprehensive").
 *
 * @example
 * ```ts
 * ReflectionSchema.parse({ description: 'A reflective essay linking each competency to the internship' });
 * ```
 */
export const ReflectionSchema = strictObject({
  description: describe(TextSchema, 'What the learner does to reflect.'),
  assessment: describeInPlace(z.optional(AssessmentSchema), 'How the reflection is assessed.'),
});

/** The culminating reflective experience. */
export type Reflection = z.infer<typeof ReflectionSchema>;
