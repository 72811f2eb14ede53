import { z } from 'zod';
import { IdSchema, LIMITS, NameSchema, TextSchema, UrlSchema } from './common';

/** Metadata fields a digital badge carries (UB: issuer, date earned, criteria, evidence). */
export const BadgeMetadataFieldSchema = z.enum([
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
export const BadgeSchema = z.strictObject({
  platform: NameSchema.optional().meta({ description: 'Badging platform, e.g. "Credly".' }),
  issuer: NameSchema.optional().meta({ description: 'Issuer named in the badge metadata.' }),
  criteria: TextSchema.optional().meta({ description: 'What an earner must do, as shown in the badge.' }),
  criteriaUrl: UrlSchema.optional(),
  imageUrl: UrlSchema.optional(),
  metadata: z.array(BadgeMetadataFieldSchema).max(20).default([]).meta({
    description: 'The fields the issued badge carries.',
  }),
});

/** The digital badge that represents the credential. */
export type Badge = z.infer<typeof BadgeSchema>;

/** Kinds of evidence an earner submits. */
export const EvidenceKindSchema = z.enum([
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
export const EvidenceSchema = z.strictObject({
  required: z.boolean().meta({ description: 'Whether the badge is issued only after evidence is submitted.' }),
  items: z
    .array(
      z.strictObject({
        id: IdSchema,
        kind: EvidenceKindSchema,
        description: TextSchema,
        outcomes: z.array(z.string().min(1).max(50)).max(LIMITS.list).default([]),
      }),
    )
    .max(LIMITS.list)
    .default([]),
  assessmentPlan: TextSchema.optional().meta({ description: 'How submitted evidence is assessed.' }),
});

/** What an earner submits, and how it is judged. */
export type Evidence = z.infer<typeof EvidenceSchema>;
