import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, IdSchema, listOf, NameSchema, TextSchema, UrlSchema, enumOf } from './common';
import { describeInPlace } from './_lib/in-place-meta';

/** Metadata fields a digital badge carries (UB: issuer, date earned, criteria, evidence). */
export const BadgeMetadataFieldSchema = enumOf([
  'issuer',
  'date-earned',
  'criteria',
  'evidence',
  'competencies',
  'expiry',
  'description',
]);

/** A metadata field a digital badge carries. */
export type BadgeMetadataField = z.infer<typeof BadgeMetadataFieldSchema>;

/**
 * The digital badge that represents the credential.
 *
 * @example
 * ```ts
 * BadgeSchema.parse({
 *   platform: 'Credly',
 *   issuer: 'Binghamton University',
 *   criteria: 'Complete both courses and submit the capstone dashboard',
 *   metadata: ['issuer', 'date-earned', 'criteria', 'evidence'],
 * });
 * ```
 */
export const BadgeSchema = strictObject({
  platform: describeInPlace(z.optional(NameSchema), 'Badging platform, e.g. "Credly".'),
  issuer: describeInPlace(z.optional(NameSchema), 'Issuer named in the badge metadata.'),
  criteria: describeInPlace(z.optional(TextSchema), 'What an earner must do, as shown in the badge.'),
  criteriaUrl: describeInPlace(z.optional(UrlSchema), 'A page that states the criteria.'),
  imageUrl: describeInPlace(z.optional(UrlSchema), 'Where the badge image is.'),
  metadata: describeInPlace(listOf(BadgeMetadataFieldSchema, 20), 'The fields the issued badge carries.'),
});

/** The digital badge that represents the credential. */
export type Badge = z.infer<typeof BadgeSchema>;

/** Kinds of evidence an earner submits. */
export const EvidenceKindSchema = enumOf([
  'artifact',
  'portfolio',
  'reflection',
  'assessment-result',
  'supervisor-evaluation',
  'presentation',
  'other',
]);

/**
 * What an earner submits to show they met the credential's outcomes, and how it is judged.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({
 *   required: true,
 *   items: [{ id: 'dashboard', kind: 'artifact', description: 'A published dashboard', outcomes: ['SLO1'] }],
 *   assessmentPlan: 'Two faculty score each dashboard with the program rubric',
 * });
 * ```
 */
export const EvidenceSchema = strictObject({
  required: describeInPlace(z.boolean(), 'Whether the badge is issued only after evidence is submitted.'),
  items: describeInPlace(
    listOf(
      strictObject({
        id: describe(IdSchema, 'An id that learner records use to answer this item.'),
        kind: describe(EvidenceKindSchema, 'artifact, portfolio, reflection, assessment-result, supervisor-evaluation, presentation or other.'),
        description: describe(TextSchema, 'What the earner submits.'),
        outcomes: describeInPlace(listOf(checkedString(z.minLength(1), z.maxLength(50))), 'Ids of the learning outcomes this evidence shows.'),
      }),
    ),
    'The pieces of evidence an earner submits.',
  ),
  assessmentPlan: describeInPlace(z.optional(TextSchema), 'How submitted evidence is assessed.'),
});

/** What an earner submits, and how it is judged. */
export type Evidence = z.infer<typeof EvidenceSchema>;
