import { addToIsoDate, daysBetween, isIsoDate } from '../../dates';
import type { FrameworkRegistry } from '../../model/competency';
import { totalCredits } from '../../model/credits';
import { courseCredits } from '../../model/elective-groups';
import { walk } from './truthy';
import type { EagerOperator } from './standard-operators';

const NOT_BLANK = /\S/;

function numberAt(item: unknown, segments: readonly string[] | undefined): number {
  const value = segments ? walk(item, segments, undefined) : item;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function compareDates(a: unknown, b: unknown): number | undefined {
  if (!isIsoDate(a) || !isIsoDate(b)) return undefined;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Documentation for each library operator, shown by `microcred explain` and the pack guide. */
export const LIBRARY_OPERATOR_DOCS: Readonly<Record<string, string>> = {
  count: '{"count": [list]} -> the number of items in list (0 when it is not a list).',
  sum: '{"sum": [list, "path"?]} -> the sum of the numbers in list, or of the number at path in each item.',
  totalCredits:
    '{"totalCredits": [courses, "us-credit-hour"|"ects"?]} -> total credits of courses in the unit asked (US credit hours by default; 2 ECTS = 1 US credit hour).',
  mostCredits:
    '{"mostCredits": [credential, "us-credit-hour"|"ects"?]} -> the most credits a learner can take in the credential\'s coursework: its required courses, the k largest options of each elective group ("choose k of"), and every elective option no group names.',
  hasText: '{"hasText": [value]} -> true when value is a string with something other than white space.',
  unique: '{"unique": [list]} -> true when no two items of list are equal (compared as JSON).',
  dateBefore: '{"dateBefore": [a, b]} -> true when date a is before date b (YYYY-MM-DD); false when either is not a date.',
  dateAfter: '{"dateAfter": [a, b]} -> true when date a is after date b.',
  dateOnOrBefore: '{"dateOnOrBefore": [a, b]} -> true when date a is not after date b.',
  dateOnOrAfter: '{"dateOnOrAfter": [a, b]} -> true when date a is not before date b.',
  daysBetween: '{"daysBetween": [a, b]} -> calendar days from a to b, or null when either is not a date.',
  addDays: '{"addDays": [date, n]} -> the date n days later (YYYY-MM-DD), or null.',
  addWeeks: '{"addWeeks": [date, n]} -> the date n weeks later, or null.',
  inFramework:
    '{"inFramework": [competency, "framework-id", "version"?]} -> true when competency ({framework, code, version?}) names a competency the framework defines.',
};

/**
 * The operators microcred adds to JsonLogic. They are pure, read data only through own
 * properties, and never throw on data of the wrong shape: they answer false, 0 or null.
 *
 * @example
 * ```ts
 * const ops = createLibraryOperators(defaultFrameworks);
 * ops.count!([[1, 2, 3]], null); // 3
 * ```
 */
export function createLibraryOperators(frameworks: FrameworkRegistry): Readonly<Record<string, EagerOperator>> {
  const inFramework = (ref: unknown, frameworkId: unknown, version?: unknown): boolean => {
    if (ref === null || typeof ref !== 'object' || typeof frameworkId !== 'string') return false;
    const framework = walk(ref, ['framework'], undefined);
    const code = walk(ref, ['code'], undefined);
    const refVersion = walk(ref, ['version'], undefined);
    if (framework !== frameworkId || typeof code !== 'string') return false;
    const pick = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    const wanted = pick(version) ?? pick(refVersion);
    return frameworks.resolve({ framework: frameworkId, version: wanted, code }) !== undefined;
  };
  return {
    count: unaryOperator(count),
    sum: binaryOperator(sum),
    totalCredits: binaryOperator(creditsOf),
    mostCredits: binaryOperator(mostCreditsOf),
    hasText: unaryOperator(hasText),
    unique: unaryOperator(unique),
    dateBefore: binaryOperator((a, b) => compareDates(a, b) === -1),
    dateAfter: binaryOperator((a, b) => compareDates(a, b) === 1),
    dateOnOrBefore: binaryOperator((a, b) => {
      const order = compareDates(a, b);
      return order !== undefined && order <= 0;
    }),
    dateOnOrAfter: binaryOperator((a, b) => {
      const order = compareDates(a, b);
      return order !== undefined && order >= 0;
    }),
    daysBetween: binaryOperator((a, b) => (typeof a === 'string' && typeof b === 'string' ? (daysBetween(a, b) ?? null) : null)),
    addDays: binaryOperator((date, n) => (typeof date === 'string' && typeof n === 'number' ? (addToIsoDate(date, { days: n }) ?? null) : null)),
    addWeeks: binaryOperator((date, n) => (typeof date === 'string' && typeof n === 'number' ? (addToIsoDate(date, { weeks: n }) ?? null) : null)),
    inFramework: Object.assign(([ref, frameworkId, version]: unknown[]) => inFramework(ref, frameworkId, version), {
      binary: (ref: unknown, frameworkId: unknown) => inFramework(ref, frameworkId),
    }),
  };
}

// Each operator also carries direct one- or two-argument forms the compiler calls without
// building an argument list (see FastForms in compile.ts).
function unaryOperator(fn: (a: unknown) => unknown): EagerOperator {
  return Object.assign((args: unknown[]) => fn(args[0]), { unary: fn });
}

function binaryOperator(fn: (a: unknown, b: unknown) => unknown): EagerOperator {
  return Object.assign((args: unknown[]) => fn(args[0], args[1]), { unary: (a: unknown) => fn(a, undefined), binary: fn });
}

export function count(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}

function sum(list: unknown, path: unknown): number {
  if (!Array.isArray(list)) return 0;
  const segments = typeof path === 'string' && path !== '' ? path.split('.') : undefined;
  let total = 0;
  for (const item of list) total += numberAt(item, segments);
  return total;
}

function creditsOf(courses: unknown, unit: unknown): number {
  return totalCredits(Array.isArray(courses) ? courses : [], unit === 'ects' ? 'ects' : 'us-credit-hour');
}

function mostCreditsOf(credential: unknown, unit: unknown): number {
  if (credential === null || typeof credential !== 'object') return 0;
  const credits = courseCredits(credential, unit === 'ects' ? 'ects' : 'us-credit-hour');
  return credits.most + credits.ungrouped;
}

export function hasText(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  // Most text starts with a printable ASCII character: no need to search it.
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || NOT_BLANK.test(value);
}

function unique(list: unknown): boolean {
  if (!Array.isArray(list)) return true;
  const seen = new Set<string>();
  for (const item of list) {
    const key = JSON.stringify(item) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
