import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * A calendar date written as `YYYY-MM-DD` (ISO 8601), as it appears in proposal files.
 *
 * Dates stay strings in the model so files round-trip unchanged and the JSON Schema can
 * describe them; the engine reads them with date-fns.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-09-15'); // '2026-09-15'
 * IsoDateSchema.safeParse('2026-02-30').success; // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD')
  .refine(isIsoDate, 'Not a calendar date')
  .meta({ description: 'A calendar date, YYYY-MM-DD.', examples: ['2026-09-15'] });

/** A calendar date written as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Text that says something: at least one character that is not white space. */
export const TextSchema = z.string().trim().min(1, 'Must not be empty').max(20_000);

/** A short name or label. */
export const NameSchema = z.string().trim().min(1, 'Must not be empty').max(500);

/** An identifier: letters, digits, `.`, `_`, `-` and `/`, starting with a letter or digit. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/, 'Use letters, digits, ".", "_", "-" or "/" (at most 200)');

/** A web address (http or https). */
export const UrlSchema = z.url({ protocol: /^https?$/ }).max(2_000);

/**
 * Free-form data a campus or app wants to keep with a proposal; the packs shipped with
 * microcred never read it.
 */
export const ExtensionsSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: 'Free-form data for your own tools; microcred does not read it.' });

/** Upper bounds on list sizes in a proposal; documented in docs/security.md. */
export const LIMITS = {
  /** Courses, experiences, outcomes, competencies and other lists inside a credential. */
  list: 200,
  /** Approval history entries and waivers on a proposal. */
  history: 500,
} as const;
