// The fields a credential needs to carry the European standard elements of a micro-credential
// (Council Recommendation 2022/C 243/02, Annex I) that the rest of the model does not already
// hold. Every one is optional: only a pack that asks for them (such as `eu`) reports their
// absence. Elements the model already has are reused, not twinned: learning outcomes,
// `delivery` (the form of participation), course credits (`CreditsSchema`), `stacksInto`.
import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, enumOf, IdSchema, LIMITS, listOf, NameSchema, TextSchema, UrlSchema } from './common';
import { describeInPlace } from './_lib/in-place-meta';
import { AssessmentSchema, CreditsSchema } from './course';

/**
 * An ISO 3166-1 alpha-2 country code, in capitals.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('DE'); // 'DE'
 * CountryCodeSchema.safeParse('Germany').success; // false
 * ```
 */
export const CountryCodeSchema = describeInPlace(
  checkedString(z.regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 country code such as US or DE')),
  'An ISO 3166-1 alpha-2 country code, e.g. "US" or "DE".',
  ['US'],
);

const placeFields = {
  country: describeInPlace(z.optional(CountryCodeSchema), 'The country it is in: an ISO 3166-1 alpha-2 code, e.g. "US" or "DE".'),
  region: describeInPlace(z.optional(NameSchema), 'The region it is in, e.g. "New York" or "Flanders".'),
};

/**
 * The issuing institution as a whole, and where it is.
 *
 * @example
 * ```ts
 * InstitutionSchema.parse({ name: 'Binghamton University', country: 'US', region: 'New York' });
 * ```
 */
export const InstitutionSchema = strictObject({
  name: describe(NameSchema, "The institution's name."),
  id: describeInPlace(z.optional(IdSchema), 'Its id in your systems.'),
  ...placeFields,
});

/** The issuing institution as a whole, and where it is. */
export type Institution = z.infer<typeof InstitutionSchema>;

/**
 * A body that awards the credential: the institution, one of its schools, or each partner of a
 * joint award.
 *
 * @example
 * ```ts
 * AwardingBodySchema.parse({ name: 'Binghamton University', url: 'https://www.binghamton.edu', country: 'US' });
 * ```
 */
export const AwardingBodySchema = strictObject({
  name: describe(NameSchema, "The body's name."),
  url: describeInPlace(z.optional(UrlSchema), "The body's web site; an Open Badges export can name it as the issuer."),
  ...placeFields,
});

/** A body that awards the credential. */
export type AwardingBody = z.infer<typeof AwardingBodySchema>;

/**
 * The notional workload needed to achieve the learning outcomes: in credits (ECTS where
 * possible), in hours, or both.
 *
 * @example
 * ```ts
 * WorkloadSchema.parse({ credits: { value: 5, unit: 'ects' }, hours: 130 });
 * ```
 */
export const WorkloadSchema = z
  .strictObject({
    credits: describeInPlace(z.optional(CreditsSchema), 'The workload in credits: ECTS credits where possible, else US credit hours.'),
    hours: describeInPlace(z.optional(z.number().check(z.gt(0), z.lte(10_000))), 'The workload in hours of learning.'),
    note: describeInPlace(z.optional(TextSchema), 'How the workload is made up, e.g. contact and self-study hours.'),
  })
  .check(z.refine((workload) => workload.credits !== undefined || workload.hours !== undefined, 'Give credits, hours or both'));

/** The notional workload needed to achieve the learning outcomes. */
export type Workload = z.infer<typeof WorkloadSchema>;

/** A cycle of the Qualifications Framework of the European Higher Education Area (QF-EHEA). */
export const QfEheaCycleSchema = enumOf(['short-cycle', 'first-cycle', 'second-cycle', 'third-cycle']);

/** A QF-EHEA cycle. */
export type QfEheaCycle = z.infer<typeof QfEheaCycleSchema>;

/** Supervision and identity verification during assessment: the three values Annex I names. */
export const AssessmentSupervisionSchema = enumOf([
  'unsupervised-no-identity-verification',
  'supervised-no-identity-verification',
  'supervised-with-identity-verification',
]);

/** Supervision and identity verification during assessment. */
export type AssessmentSupervision = z.infer<typeof AssessmentSupervisionSchema>;

/**
 * How the credential as a whole is assessed: the method of an outcome's assessment, and the
 * supervision and identity verification during the assessment.
 *
 * @example
 * ```ts
 * CredentialAssessmentSchema.parse({ method: 'proctored online exam', supervision: 'supervised-with-identity-verification' });
 * ```
 */
export const CredentialAssessmentSchema = z.extend(AssessmentSchema, {
  supervision: describeInPlace(
    z.optional(AssessmentSupervisionSchema),
    "Whether the assessment is supervised and the learner's identity verified: unsupervised-no-identity-verification, supervised-no-identity-verification or supervised-with-identity-verification (supervised online or onsite).",
  ),
});

/** How the credential as a whole is assessed. */
export type CredentialAssessment = z.infer<typeof CredentialAssessmentSchema>;

/**
 * A kind of quality assurance that underpins the credential, and who carries it out.
 *
 * @example
 * ```ts
 * QualityAssuranceSchema.parse({ type: 'Internal review by the faculty senate curriculum committee' });
 * QualityAssuranceSchema.parse({ type: 'Institutional accreditation', body: 'Middle States Commission on Higher Education' });
 * ```
 */
export const QualityAssuranceSchema = strictObject({
  type: describe(NameSchema, 'The kind of quality assurance, e.g. "internal programme review" or "institutional accreditation".'),
  body: describeInPlace(z.optional(NameSchema), 'The body that carries it out.'),
  url: describeInPlace(z.optional(UrlSchema), 'Where it is described.'),
});

/** A kind of quality assurance that underpins the credential. */
export type QualityAssurance = z.infer<typeof QualityAssuranceSchema>;

/** The integration/stackability option Annex I names: standalone, or stackable towards another credential. */
export const IntegrationSchema = enumOf(['standalone', 'stackable']);

/** The integration/stackability option. */
export type Integration = z.infer<typeof IntegrationSchema>;

/**
 * The credential's fields for the European standard elements, spread into the credential
 * schema. Each is optional.
 *
 * @example
 * ```ts
 * const Credential = strictObject({ title: NameSchema, ...STANDARD_ELEMENT_FIELDS });
 * ```
 */
export const STANDARD_ELEMENT_FIELDS = {
  awardingBodies: describeInPlace(
    listOf(AwardingBodySchema, 20),
    'The bodies that award the credential (several for a joint award); the institution when none is named.',
  ),
  workload: describeInPlace(
    z.optional(WorkloadSchema),
    'The notional workload needed to achieve the learning outcomes, in credits (ECTS where possible) or hours; beyond what the courses carry.',
  ),
  eqfLevel: describeInPlace(z.optional(z.int().check(z.gte(1), z.lte(8))), 'Its level in the European Qualifications Framework, 1 to 8, where one applies.'),
  qfEheaCycle: describeInPlace(
    z.optional(QfEheaCycleSchema),
    'Its cycle in the Qualifications Framework of the European Higher Education Area, where one applies: short-cycle, first-cycle, second-cycle or third-cycle.',
  ),
  assessment: describeInPlace(
    z.optional(CredentialAssessmentSchema),
    'How the credential as a whole is assessed (the type of assessment), with the supervision and identity verification during it.',
  ),
  qualityAssurance: describeInPlace(listOf(QualityAssuranceSchema, LIMITS.list), 'The kinds of quality assurance that underpin the credential.'),
  prerequisites: describeInPlace(z.optional(TextSchema), 'What a learner needs to enrol, or "None".'),
  integration: describeInPlace(
    z.optional(IntegrationSchema),
    'standalone (an independent credential) or stackable (integrated, stackable towards another credential: name it in stacksInto).',
  ),
};
