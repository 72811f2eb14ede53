import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { isIsoDate } from '../dates';
import { describeInPlace, withMetaInPlace } from './_lib/in-place-meta';

/**
 * Attaches a description (and optional examples) to a schema, for the generated JSON Schema
 * and editor tooltips.
 *
 * @example
 * ```ts
 * const Title = describe(z.string(), 'The title students see.');
 * ```
 */
export function describe<T extends z.ZodMiniType>(schema: T, description: string, examples?: readonly unknown[]): T {
  return withMeta(schema, { description, ...(examples && { examples: [...examples] }) });
}

/**
 * Attaches JSON Schema metadata (title, description, examples) to a copy of a schema.
 *
 * @example
 * ```ts
 * const Proposal = withMeta(strictObject({}), { title: 'Proposal' });
 * ```
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  // Registered on a clone rather than added as a check: a metadata check still runs on every
  // parse (a third of parsing time here), and the clone keeps shared schemas undescribed.
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, meta);
  return copy;
}

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
export const IsoDateSchema = describeInPlace(
  checkedString(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD'), z.refine(isIsoDate, 'Not a calendar date')),
  'A calendar date, YYYY-MM-DD.',
  ['2026-09-15'],
);

/** A calendar date written as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Text that says something: at least one character that is not white space. */
export const TextSchema = checkedString(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(20_000));

/** A short name or label. */
export const NameSchema = checkedString(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(500));

/** An identifier: letters, digits, `.`, `_`, `-` and `/`, starting with a letter or digit. */
export const IdSchema = checkedString(z.regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/, 'Use letters, digits, ".", "_", "-" or "/" (at most 200)'));

/** A web address (http or https). */
export const UrlSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2_000));

/**
 * Free-form data a campus or app wants to keep with a proposal; the packs shipped with
 * microcred never read it.
 */
export const ExtensionsSchema = describeInPlace(z.record(z.string(), z.unknown()), 'Free-form data for your own tools; microcred does not read it.');

/** Upper bounds on list sizes in a proposal; documented in docs/security.md. */
export const LIMITS = {
  /** Courses, experiences, outcomes, competencies and other lists inside a credential. */
  list: 200,
  /** Approval history entries and waivers on a proposal. */
  history: 500,
} as const;

/**
 * A list with at most `max` items that defaults to empty when left out.
 *
 * @example
 * ```ts
 * const Tags = listOf(NameSchema, 20); // accepts undefined, gives []
 * ```
 */
export function listOf<T extends z.ZodMiniType>(item: T, max: number = LIMITS.list): z.ZodMiniDefault<z.ZodMiniArray<T>> {
  // z.array(item).check(z.maxLength(max)), built as one schema: .check() copies the array into a second.
  const list = new z.ZodMiniArray({ type: 'array', element: item, checks: [z.maxLength(max)] }) as unknown as z.ZodMiniArray<T>;
  return z._default(list, []);
}

/**
 * A string enum whose parsed value is the enum's own copy of the string. A string read from
 * a file is often a slice of the file's text, which JavaScript engines compare with another
 * string character by character, through a slow path; the enum's own strings compare by
 * identity. Rules and `appliesTo` compare these values on every evaluation.
 *
 * @example
 * ```ts
 * const Unit = enumOf(['us-credit-hour', 'ects']);
 * z.parse(Unit, 'ects'); // 'ects', the very string in the list above
 * ```
 */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodMiniEnum<{ [K in T[number]]: K }> {
  const canonical = new Map<string, string>(values.map((value) => [value, value]));
  const overwrite = z.overwrite<T[number]>((value) => (canonical.get(value) ?? value) as typeof value);
  // z.enum(values).check(overwrite), built as one schema: .check() copies the enum into a second.
  return new z.ZodMiniEnum({ type: 'enum', entries: Object.fromEntries(values.map((value) => [value, value])), checks: [overwrite] }) as unknown as z.ZodMiniEnum<{ [K in T[number]]: K }>;
}
