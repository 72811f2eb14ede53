import { parseISO } from 'date-fns/parseISO';
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';

/**
 * Whether a value is a real calendar date written as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2024-2-9');   // false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  // A hot path, run for every date a proposal holds and on every evaluation's asOf: the fixed
  // shape read character by character (what /^\d{4}-\d{2}-\d{2}$/ accepts, without a match
  // to allocate) and the calendar checked with arithmetic rather than a Date in local time.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year >= 0 && month >= 0 && day >= 0 && isCalendarDay(year, month - 1, day);
}

const DASH = 45;

/** The number the ASCII digits from `from` to `to` write, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Whether a day exists in the (proleptic Gregorian) calendar; `month` counts from 0. Years
 * before 100 are refused, as date-fns' `isExists` (which this replaced) refuses them: a
 * `Date` reads them as 19xx.
 */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 0 || month > 11 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 1 ? (leap ? 29 : 28) : month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
  return day <= length;
}

/**
 * Adds a number of days, weeks or months to a `YYYY-MM-DD` date; `undefined` when the date
 * is not valid.
 *
 * @example
 * ```ts
 * addToIsoDate('2026-03-02', { weeks: 4 }); // '2026-03-30'
 * addToIsoDate('2026-01-31', { months: 1 }); // '2026-02-28'
 * ```
 */
export function addToIsoDate(
  date: string,
  amount: { days?: number; weeks?: number; months?: number },
): string | undefined {
  if (!isIsoDate(date)) return undefined;
  let moved = parseISO(date);
  if (amount.months) moved = addMonths(moved, amount.months);
  if (amount.weeks) moved = addWeeks(moved, amount.weeks);
  if (amount.days) moved = addDays(moved, amount.days);
  return lightFormat(moved, 'yyyy-MM-dd');
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier); `undefined` when either
 * is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * daysBetween('2026-01-01', '2026-01-31'); // 30
 * ```
 */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date: plain arithmetic, no time zone involved. */
function dayNumber(date: string): number | undefined {
  if (!isIsoDate(date)) return undefined;
  return Date.UTC(digitsAt(date, 0, 4), digitsAt(date, 5, 7) - 1, digitsAt(date, 8, 10)) / 86_400_000;
}
