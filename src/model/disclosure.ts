import * as z from 'zod/mini';
import { IdSchema, listOf, NameSchema, TextSchema, describe, enumOf } from './common';

/**
 * A fee charged beyond tuition.
 *
 * @example
 * ```ts
 * FeeSchema.parse({ amount: 150, currency: 'USD', purpose: 'Certification exam voucher' });
 * ```
 */
export const FeeSchema = z.strictObject({
  amount: z.number().check(z.gte(0), z.lte(1_000_000)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as USD')),
  purpose: describe(NameSchema, 'What the fee pays for.'),
});

/** A fee charged beyond tuition. */
export type Fee = z.infer<typeof FeeSchema>;

/**
 * What students are told before they enrol (SUNY: all associated costs, financial aid,
 * transferability and applicability toward a formal award).
 *
 * @example
 * ```ts
 * DisclosuresSchema.parse({ costs: 'Tuition only', financialAid: 'Not eligible on its own' });
 * ```
 */
export const DisclosuresSchema = z.strictObject({
  costs: z.optional(TextSchema),
  financialAid: z.optional(TextSchema),
  transferability: z.optional(TextSchema),
  stackability: z.optional(TextSchema),
});

/** What students are told before they enrol. */
export type Disclosures = z.infer<typeof DisclosuresSchema>;

/** What a credential can stack into. */
export const StackTargetKindSchema = enumOf(['credential', 'registered-certificate', 'degree', 'course-credit']);

/**
 * A larger award this credential stacks into: another credential (by id), a registered
 * certificate or a degree.
 *
 * @example
 * ```ts
 * StackTargetSchema.parse({ kind: 'degree', title: 'MS in Data Analytics' });
 * StackTargetSchema.parse({ kind: 'credential', id: 'bing-analytics-cert', title: 'Analytics micro-certificate' });
 * ```
 */
export const StackTargetSchema = z.strictObject({
  kind: StackTargetKindSchema,
  id: describe(z.optional(IdSchema), 'For kind "credential": the id of that credential.'),
  title: NameSchema,
  note: z.optional(TextSchema),
});

/** A larger award this credential stacks into. */
export type StackTarget = z.infer<typeof StackTargetSchema>;

/**
 * Why the credential has value beyond the institution.
 *
 * @example
 * ```ts
 * PortabilitySchema.parse({ statement: 'Aligned to the CompTIA Data+ objectives', recognizedBy: ['Regional employers council'] });
 * ```
 */
export const PortabilitySchema = z.strictObject({
  statement: TextSchema,
  recognizedBy: listOf(NameSchema),
});

/** Why the credential has value beyond the institution. */
export type Portability = z.infer<typeof PortabilitySchema>;
