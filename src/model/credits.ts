import type { Credits, CreditUnit } from './course';

/** ECTS credits per US semester credit hour, the conversion European and US registrars commonly use. */
export const ECTS_PER_US_CREDIT_HOUR = 2;

/**
 * Converts an amount of credit to another unit (2 ECTS = 1 US credit hour).
 *
 * @example
 * ```ts
 * convertCredits({ value: 6, unit: 'ects' }, 'us-credit-hour'); // 3
 * ```
 */
export function convertCredits(credits: Credits, unit: CreditUnit): number {
  if (credits.unit === unit) return credits.value;
  return unit === 'ects' ? credits.value * ECTS_PER_US_CREDIT_HOUR : credits.value / ECTS_PER_US_CREDIT_HOUR;
}

/**
 * Total credit of a list of courses, in one unit. Entries without well-formed credits count
 * as zero, so this never throws on partial data.
 *
 * @example
 * ```ts
 * totalCredits([{ credits: { value: 3, unit: 'us-credit-hour' } }, { credits: { value: 6, unit: 'ects' } }]); // 6
 * ```
 */
export function totalCredits(courses: readonly unknown[], unit: CreditUnit = 'us-credit-hour'): number {
  let total = 0;
  for (const course of courses) {
    // "credits", "value" and "unit" are not names any built-in prototype has, so a plain read
    // only ever finds the data's own property.
    const credits = course !== null && typeof course === 'object' ? (course as { credits?: unknown }).credits : undefined;
    if (credits === null || typeof credits !== 'object') continue;
    const { value, unit: from } = credits as { value?: unknown; unit?: unknown };
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    // One comparison of the parsed unit per course: strings read from a file are compared by
    // content, and this runs for every rule that counts credits.
    if (from === 'us-credit-hour') total += unit === 'ects' ? value * ECTS_PER_US_CREDIT_HOUR : value;
    else if (from === 'ects') total += unit === 'ects' ? value : value / ECTS_PER_US_CREDIT_HOUR;
  }
  return total;
}
