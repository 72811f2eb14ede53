import { z } from 'zod';
import { ExtensionsSchema, IdSchema, LIMITS, NameSchema, TextSchema } from './common';
import { CompetencyRefSchema } from './competency';
import { CourseSchema, ExperienceSchema, ReflectionSchema } from './course';
import { OutcomeSchema } from './outcome';
import { BadgeSchema, EvidenceSchema } from './badge';
import { DisclosuresSchema, FeeSchema, PortabilitySchema, StackTargetSchema } from './disclosure';

/**
 * What a credential is: a micro-credential, a digital badge, or a micro-certificate (a
 * themed collection of micro-credentials or badges around a meta-competency).
 */
export const CredentialKindSchema = z.enum(['micro-credential', 'digital-badge', 'micro-certificate']);

/** What a credential is. */
export type CredentialKind = z.infer<typeof CredentialKindSchema>;

/** The form a credential takes when awarded (SUNY: digital badge, MOOC or micro-award). */
export const CredentialFormSchema = z.enum(['badge', 'mooc', 'micro-award', 'micro-certificate']);

/** The form a credential takes when awarded. */
export type CredentialForm = z.infer<typeof CredentialFormSchema>;

/** Who a credential is for. */
export const LevelSchema = z.enum(['undergraduate', 'graduate', 'non-degree']);

/** Who a credential is for: undergraduate, graduate, or non-degree / continuing education. */
export type Level = z.infer<typeof LevelSchema>;

/** UB's four categories of micro-credential. */
export const CategorySchema = z.enum(['academic', 'emergent', 'enhancement', 'post-traditional']);

/** UB's four categories of micro-credential. */
export type Category = z.infer<typeof CategorySchema>;

/** How a credential is delivered. */
export const DeliverySchema = z.enum(['online', 'in-person', 'hybrid']);

/** Kinds of academic unit. */
export const UnitTypeSchema = z.enum(['department', 'program', 'school', 'college', 'center', 'office', 'other']);

/** An academic or administrative unit that offers the credential. */
export const UnitSchema = z.strictObject({
  name: NameSchema,
  type: UnitTypeSchema.default('department'),
});

/** An academic or administrative unit. */
export type Unit = z.infer<typeof UnitSchema>;

/** Groups of learners a credential is open to. */
export const AudienceGroupSchema = z.enum([
  'undergraduate',
  'graduate',
  'non-enrolled',
  'non-matriculated',
  'alumni',
  'employees',
  'professionals',
]);

/** A credential's intended learners. */
export const AudienceSchema = z.strictObject({
  description: TextSchema.optional().meta({ description: 'Who the credential is for, in words (UB step 1: "Who is your audience?").' }),
  groups: z.array(AudienceGroupSchema).max(20).default([]),
});

/**
 * A part of a micro-certificate: another credential, by id.
 *
 * @example
 * ```ts
 * ComponentSchema.parse({ credentialId: 'fiu-data-literacy-badge', title: 'Data literacy badge' });
 * ```
 */
export const ComponentSchema = z.strictObject({
  credentialId: IdSchema,
  title: NameSchema.optional(),
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
export const CredentialSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable id, unique in your catalog, e.g. "bing-data-storytelling".' }),
    title: NameSchema,
    description: TextSchema.optional(),
    kind: CredentialKindSchema,
    form: CredentialFormSchema.optional().meta({ description: 'The form awarded: badge, mooc, micro-award or micro-certificate.' }),
    creditBearing: z.boolean().meta({ description: 'Whether completing it earns academic credit.' }),
    institution: z
      .strictObject({ name: NameSchema, id: IdSchema.optional() })
      .optional()
      .meta({ description: 'The issuing institution as a whole.' }),
    units: z.array(UnitSchema).max(50).default([]).meta({ description: 'Offering unit(s); several make it interdisciplinary.' }),
    level: LevelSchema.optional(),
    category: CategorySchema.optional().meta({ description: "UB's category: academic, emergent, enhancement or post-traditional." }),
    delivery: DeliverySchema.optional(),
    audience: AudienceSchema.optional(),
    transcripted: z.boolean().optional().meta({ description: "Whether completion is noted on the student's transcript." }),
    courses: z.array(CourseSchema).max(LIMITS.list).default([]),
    experiences: z.array(ExperienceSchema).max(LIMITS.list).default([]),
    reflection: ReflectionSchema.optional().meta({ description: 'The culminating reflective experience.' }),
    competencies: z.array(CompetencyRefSchema).max(LIMITS.list).default([]),
    competencyStatement: TextSchema.optional().meta({ description: 'The competency statement that guides a badge.' }),
    learningOutcomes: z.array(OutcomeSchema).max(LIMITS.list).default([]).meta({ description: 'Student learning outcomes (SLOs).' }),
    programOutcomes: z.array(OutcomeSchema).max(LIMITS.list).default([]).meta({ description: 'Program outcomes (POs).' }),
    evidence: EvidenceSchema.optional(),
    badge: BadgeSchema.optional(),
    fees: z.array(FeeSchema).max(LIMITS.list).optional().meta({
      description: 'Fees beyond tuition. An empty list states that there are none; leaving it out states nothing.',
    }),
    disclosures: DisclosuresSchema.optional(),
    stacksInto: z.array(StackTargetSchema).max(LIMITS.list).default([]),
    portability: PortabilitySchema.optional(),
    theme: NameSchema.optional().meta({ description: 'For a micro-certificate: its theme.' }),
    metaCompetency: NameSchema.optional().meta({ description: 'For a micro-certificate: the meta-competency it builds.' }),
    components: z.array(ComponentSchema).max(LIMITS.list).default([]).meta({
      description: 'For a micro-certificate: the credentials it collects.',
    }),
    extensions: ExtensionsSchema.optional(),
  })
  .meta({ title: 'Credential', description: 'A micro-credential, digital badge or micro-certificate.' });

/** A credential after parsing (defaults filled in). */
export type Credential = z.infer<typeof CredentialSchema>;
/** A credential as written in a file (defaults may be left out). */
export type CredentialInput = z.input<typeof CredentialSchema>;
