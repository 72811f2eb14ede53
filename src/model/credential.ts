import * as z from 'zod/mini';
import { strictObject } from './_lib/strict-object';
import { describe, withMeta, ExtensionsSchema, IdSchema, LIMITS, listOf, NameSchema, TextSchema, enumOf } from './common';
import { describeInPlace, withMetaInPlace } from './_lib/in-place-meta';
import { CompetencyRefSchema } from './competency';
import { CourseSchema, ElectiveGroupSchema, ExperienceSchema, ReflectionSchema, type Course } from './course';
import { electiveGroupProblems } from './elective-groups';
import { OutcomeSchema } from './outcome';
import { ProgramSchema } from './program';
import { BadgeSchema, EvidenceSchema } from './badge';
import { DisclosuresSchema, FeeSchema, PortabilitySchema, StackTargetSchema } from './disclosure';
import { InstitutionSchema, STANDARD_ELEMENT_FIELDS } from './standard-elements';

/**
 * What a credential is: a micro-credential, a digital badge, or a micro-certificate (a
 * themed collection of micro-credentials or badges around a meta-competency).
 */
export const CredentialKindSchema = enumOf(['micro-credential', 'digital-badge', 'micro-certificate']);

/** What a credential is. */
export type CredentialKind = z.infer<typeof CredentialKindSchema>;

/** The form a credential takes when awarded (SUNY: digital badge, MOOC or micro-award). */
export const CredentialFormSchema = enumOf(['badge', 'mooc', 'micro-award', 'micro-certificate']);

/** The form a credential takes when awarded. */
export type CredentialForm = z.infer<typeof CredentialFormSchema>;

/** Who a credential is for. */
export const LevelSchema = enumOf(['undergraduate', 'graduate', 'non-degree']);

/** Who a credential is for: undergraduate, graduate, or non-degree / continuing education. */
export type Level = z.infer<typeof LevelSchema>;

/** UB's four categories of micro-credential. */
export const CategorySchema = enumOf(['academic', 'emergent', 'enhancement', 'post-traditional']);

/** UB's four categories of micro-credential. */
export type Category = z.infer<typeof CategorySchema>;

/** How a credential is delivered: the form of participation in its learning activity. */
export const DeliverySchema = enumOf(['online', 'in-person', 'hybrid', 'work-based']);

/** Kinds of academic unit. */
export const UnitTypeSchema = enumOf(['department', 'program', 'school', 'college', 'center', 'office', 'other']);

/** An academic or administrative unit that offers the credential. */
export const UnitSchema = strictObject({
  name: describe(NameSchema, "The unit's name."),
  type: describeInPlace(z._default(UnitTypeSchema, 'department'), 'department (the default), program, school, college, center, office or other.'),
});

/** An academic or administrative unit. */
export type Unit = z.infer<typeof UnitSchema>;

/** Groups of learners a credential is open to. */
export const AudienceGroupSchema = enumOf([
  'undergraduate',
  'graduate',
  'non-enrolled',
  'non-matriculated',
  'alumni',
  'employees',
  'professionals',
]);

/** A credential's intended learners. */
export const AudienceSchema = strictObject({
  description: describeInPlace(z.optional(TextSchema), 'Who the credential is for, in words (UB step 1: "Who is your audience?").'),
  groups: describeInPlace(
    listOf(AudienceGroupSchema, 20),
    'Groups of learners it is open to: undergraduate, graduate, non-enrolled, non-matriculated, alumni, employees, professionals.',
  ),
});

/**
 * A part of a micro-certificate: another credential, by id.
 *
 * @example
 * ```ts
 * ComponentSchema.parse({ credentialId: 'fiu-data-literacy-badge', title: 'Data literacy badge' });
 * ```
 */
export const ComponentSchema = strictObject({
  credentialId: describe(IdSchema, 'The id of that credential in your catalog.'),
  title: describeInPlace(z.optional(NameSchema), "That credential's title."),
});

/**
 * A micro-credential, digital badge or micro-certificate: what is awarded, what it requires
 * and what it is worth to the learner. This is the part of a proposal that a catalog keeps
 * after approval, and what award checks and Open Badges exports read.
 *
 * @example
 * ```ts
 * const credential = CredentialSchema.parse({
 *   id: 'bing-data-storytelling',
 *   title: 'Data Storytelling',
 *   kind: 'micro-credential',
 *   creditBearing: true,
 *   level: 'undergraduate',
 * });
 * credential.courses; // [] (defaults filled in)
 * ```
 */
export const CredentialSchema = withMetaInPlace(
  strictObject({
    id: describe(IdSchema, 'Stable id, unique in your catalog, e.g. "bing-data-storytelling".'),
    title: describe(NameSchema, 'The title learners see.'),
    description: describeInPlace(z.optional(TextSchema), 'What the credential is about.'),
    kind: describe(CredentialKindSchema, 'micro-credential, digital-badge or micro-certificate (a themed collection of micro-credentials or badges).'),
    form: describeInPlace(z.optional(CredentialFormSchema), 'The form awarded: badge, mooc, micro-award or micro-certificate.'),
    creditBearing: describeInPlace(z.boolean(), 'Whether completing it earns academic credit.'),
    institution: describeInPlace(z.optional(InstitutionSchema), 'The issuing institution as a whole, and where it is.'),
    units: describeInPlace(listOf(UnitSchema, 50), 'Offering unit(s); several make it interdisciplinary.'),
    level: describeInPlace(z.optional(LevelSchema), 'undergraduate, graduate or non-degree (continuing education).'),
    category: describeInPlace(z.optional(CategorySchema), "UB's category: academic, emergent, enhancement or post-traditional."),
    delivery: describeInPlace(z.optional(DeliverySchema), 'The form of participation: online, in-person (onsite), hybrid (blended) or work-based.'),
    audience: describeInPlace(z.optional(AudienceSchema), 'Who the credential is for.'),
    transcripted: describeInPlace(z.optional(z.boolean()), "Whether completion is noted on the student's transcript."),
    courses: describeInPlace(listOf(CourseSchema), 'Courses it requires, and elective options (required: false).'),
    electiveGroups: describeInPlace(
      listOf(ElectiveGroupSchema),
      '"Choose k of" groups of elective options: each names courses of `courses` (with required: false) by code and how many a learner completes. An elective option no group names has no number to take.',
    ),
    experiences: describeInPlace(listOf(ExperienceSchema), 'Experiences beyond courses: internships, projects, workshops.'),
    reflection: describeInPlace(z.optional(ReflectionSchema), 'The culminating reflective experience.'),
    competencies: describeInPlace(listOf(CompetencyRefSchema), 'Competencies it develops, each named by its framework.'),
    competencyStatement: describeInPlace(z.optional(TextSchema), 'The competency statement that guides a badge.'),
    learningOutcomes: describeInPlace(listOf(OutcomeSchema), 'Student learning outcomes (SLOs).'),
    programOutcomes: describeInPlace(listOf(OutcomeSchema), 'Program outcomes (POs).'),
    evidence: describeInPlace(z.optional(EvidenceSchema), 'What earners submit to show they met its outcomes, and how it is judged.'),
    badge: describeInPlace(z.optional(BadgeSchema), 'The digital badge that represents it.'),
    fees: describeInPlace(
      z.optional(z.array(FeeSchema).check(z.maxLength(LIMITS.list))),
      'Fees beyond tuition. An empty list states that there are none; leaving it out states nothing.',
    ),
    disclosures: describeInPlace(z.optional(DisclosuresSchema), 'What students are told before they enrol.'),
    stacksInto: describeInPlace(listOf(StackTargetSchema), 'Larger awards it stacks into: credentials, registered certificates, degrees.'),
    portability: describeInPlace(z.optional(PortabilitySchema), 'Why it has value beyond the institution.'),
    theme: describeInPlace(z.optional(NameSchema), 'For a micro-certificate: its theme.'),
    metaCompetency: describeInPlace(z.optional(NameSchema), 'For a micro-certificate: the meta-competency it builds.'),
    components: describeInPlace(listOf(ComponentSchema), 'For a micro-certificate: the credentials it collects.'),
    programs: describeInPlace(listOf(ProgramSchema), 'Academic programs the credential is aligned to, and whether each exists yet.'),
    ...STANDARD_ELEMENT_FIELDS,
    extensions: z.optional(ExtensionsSchema),
  }).check(
    z.superRefine((credential, context) => {
      for (const problem of electiveGroupProblems(credential)) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }),
  ),
  { title: 'Credential', description: 'A micro-credential, digital badge or micro-certificate.' },
);

/**
 * A credential after parsing (defaults filled in); an interface, so it shows by name.
 *
 * @example
 * ```ts
 * const parsed = parseCredential(input);
 * if (parsed.success) {
 *   const credential: Credential = parsed.credential;
 *   credential.courses.map((course) => course.code);
 * }
 * ```
 */
export interface Credential extends Omit<z.infer<typeof CredentialSchema>, 'courses'> {
  courses: Course[];
}
/** A credential as written in a file (defaults may be left out). */
export type CredentialInput = z.input<typeof CredentialSchema>;
