import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { IdSchema, listOf, NameSchema, TextSchema, describe, enumOf } from './common';
import { describeInPlace } from './_lib/in-place-meta';

/**
 * A fee charged beyond tuition.
 *
 * @example
 * ```ts
 * FeeSchema.parse({ amount: 150, currency: 'USD', purpose: 'Certification exam voucher' });
 * ```
 */
export const FeeSchema = strictObject({
  amount: describeInPlace(z.number().check(z.gte(0), z.lte(1_000_000)), 'The amount, in units of the currency.'),
  currency: describeInPlace(checkedString(z.regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as USD')), 'An ISO 4217 currency code, e.g. "USD".', ['USD']),
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
export const DisclosuresSchema = strictObject({
  costs: describeInPlace(z.optional(TextSchema), 'What students are told about the costs.'),
  financialAid: describeInPlace(z.optional(TextSchema), 'What students are told about financial aid.'),
  transferability: describeInPlace(z.optional(TextSchema), 'What students are told about transferring the credit or the credential.'),
  stackability: describeInPlace(z.optional(TextSchema), 'What students are told about how it applies toward a formal award.'),
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
export const StackTargetSchema = strictObject({
  kind: describe(StackTargetKindSchema, 'credential, registered-certificate, degree or course-credit.'),
  id: describeInPlace(z.optional(IdSchema), 'For kind "credential": the id of that credential.'),
  title: describe(NameSchema, "The award's title."),
  note: describeInPlace(z.optional(TextSchema), 'How it stacks, e.g. the requirement it meets.'),
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
export const PortabilitySchema = strictObject({
  statement: describe(TextSchema, 'Why the credential is recognised beyond the institution.'),
  recognizedBy: describeInPlace(listOf(NameSchema), 'Employers, bodies or institutions that recognise it.'),
});

/** Why the credential has value beyond the institution. */
export type Portability = z.infer<typeof PortabilitySchema>;
