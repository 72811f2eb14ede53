import type { CreditUnit } from './course';
import { ECTS_PER_US_CREDIT_HOUR } from './credits';

/**
 * The key a course code is matched by: upper case, without spaces or hyphens, so `cs-210`,
 * `CS 210` and `cs210` name the same course (as learner records and elective groups do).
 *
 * @example
 * ```ts
 * courseCodeKey('cqs-301'); // 'CQS301'
 * ```
 */
export function courseCodeKey(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * The credit a credential's coursework can carry, in one unit. Elective groups ("choose k of")
 * count k options each: the k with the fewest credits for `least`, the k with the most for
 * `most`. An elective option that no group names states no number to take: it is counted in
 * `ungrouped`, apart.
 */
export interface CourseCredits {
  /** Credits of the required courses (`required: true`). */
  readonly required: number;
  /** The fewest credits a learner completing the coursework takes: required courses plus, per group, its k smallest options. */
  readonly least: number;
  /** The most credits a learner completing the coursework takes: required courses plus, per group, its k largest options. */
  readonly most: number;
  /** Credits of the elective options (`required: false`) that no elective group names. */
  readonly ungrouped: number;
}

/**
 * Counts a credential's course credits, honouring its elective groups: 6 required credits plus
 * "choose 2 of" four 3-credit options is 12 credits for every learner, not 18. Entries of the
 * wrong shape count as zero, so this never throws on partial data; a group option that names
 * no course counts as zero (parsing reports it).
 *
 * @example
 * ```ts
 * const three = (code: string) => ({ code, credits: { value: 3, unit: 'us-credit-hour' }, required: false });
 * courseCredits({
 *   courses: [{ code: 'CQS 301', credits: { value: 6, unit: 'us-credit-hour' } }, three('A 1'), three('A 2'), three('A 3'), three('A 4')],
 *   electiveGroups: [{ choose: 2, options: ['A 1', 'A 2', 'A 3', 'A 4'] }],
 * }); // { required: 6, least: 12, most: 12, ungrouped: 0 }
 * ```
 */
export function courseCredits(credential: { readonly courses?: unknown; readonly electiveGroups?: unknown }, unit: CreditUnit = 'us-credit-hour'): CourseCredits {
  const courses = Array.isArray(credential?.courses) ? (credential.courses as unknown[]) : [];
  const groups = Array.isArray(credential?.electiveGroups) ? (credential.electiveGroups as unknown[]) : [];
  // Without groups no option is grouped, so no course needs its code key (the common case).
  if (groups.length === 0) return withoutGroups(courses, unit);
  const creditsByKey = new Map<string, number>();
  const grouped = new Set<string>();
  let required = 0;
  for (const course of courses) {
    const key = keyOf(course);
    const credits = creditsIn(course, unit);
    if (key !== undefined && !creditsByKey.has(key)) creditsByKey.set(key, credits);
    if (!isOption(course)) required += credits;
  }
  let least = required;
  let most = required;
  for (const group of groups) {
    const { choose, options } = readGroup(group);
    const credits = options.map((key) => {
      grouped.add(key);
      return creditsByKey.get(key) ?? 0;
    });
    credits.sort((a, b) => a - b);
    const k = Math.min(choose, credits.length);
    least += sum(credits.slice(0, k));
    most += sum(credits.slice(credits.length - k));
  }
  let ungrouped = 0;
  for (const course of courses) {
    const key = keyOf(course);
    if (isOption(course) && (key === undefined || !grouped.has(key))) ungrouped += creditsIn(course, unit);
  }
  return { required, least, most, ungrouped };
}

function withoutGroups(courses: readonly unknown[], unit: CreditUnit): CourseCredits {
  let required = 0;
  let ungrouped = 0;
  for (const course of courses) {
    if (isOption(course)) ungrouped += creditsIn(course, unit);
    else required += creditsIn(course, unit);
  }
  return { required, least: required, most: required, ungrouped };
}

/**
 * The problems that make a credential's elective groups unusable, as positions: an option that
 * names no course of the credential, one that names a required course, one listed twice (in one
 * group or two), or a group that asks to choose more options than it lists. Used by
 * `CredentialSchema`; an empty list means the groups are consistent.
 *
 * @example
 * ```ts
 * electiveGroupProblems({ courses: [], electiveGroups: [{ choose: 1, options: ['X 1'] }] });
 * // [{ path: ['electiveGroups', 0, 'options', 0], message: 'names no course of credential.courses' }]
 * ```
 */
export function electiveGroupProblems(credential: {
  readonly courses: readonly { readonly code: string; readonly required: boolean }[];
  readonly electiveGroups: readonly { readonly choose: number; readonly options: readonly string[] }[];
}): { readonly path: (string | number)[]; readonly message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (credential.electiveGroups.length === 0) return problems;
  const courses = new Map<string, { index: number; required: boolean }>();
  credential.courses.forEach((course, index) => {
    const key = courseCodeKey(course.code);
    if (!courses.has(key)) courses.set(key, { index, required: course.required });
  });
  const seen = new Map<string, string>();
  credential.electiveGroups.forEach((group, g) => {
    group.options.forEach((code, o) => {
      const path = ['electiveGroups', g, 'options', o];
      const key = courseCodeKey(code);
      const course = courses.get(key);
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push({ path, message: `names the same course as ${earlier}; a course is an option of one group, once` });
      else if (course === undefined) problems.push({ path, message: 'names no course of credential.courses' });
      else if (course.required) problems.push({ path, message: `names a required course (credential.courses[${course.index}]); set required: false on an elective option` });
      seen.set(key, earlier ?? `electiveGroups[${g}].options[${o}]`);
    });
    if (group.choose > group.options.length) {
      problems.push({ path: ['electiveGroups', g, 'choose'], message: `asks for ${group.choose} options but the group lists ${group.options.length}` });
    }
  });
  return problems;
}

function keyOf(course: unknown): string | undefined {
  const code = course !== null && typeof course === 'object' ? (course as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? courseCodeKey(code) : undefined;
}

function isOption(course: unknown): boolean {
  return course !== null && typeof course === 'object' && (course as { required?: unknown }).required === false;
}

function readGroup(group: unknown): { choose: number; options: string[] } {
  if (group === null || typeof group !== 'object') return { choose: 0, options: [] };
  const { choose, options } = group as { choose?: unknown; options?: unknown };
  const keys = Array.isArray(options) ? [...new Set(options.filter((o): o is string => typeof o === 'string').map(courseCodeKey))] : [];
  return { choose: typeof choose === 'number' && Number.isFinite(choose) ? Math.max(0, Math.floor(choose)) : 0, options: keys };
}

function creditsIn(course: unknown, unit: CreditUnit): number {
  // "credits", "value" and "unit" are not names any built-in prototype has, so a plain read
  // only ever finds the data's own property.
  const credits = course !== null && typeof course === 'object' ? (course as { credits?: unknown }).credits : undefined;
  if (credits === null || typeof credits !== 'object') return 0;
  const { value, unit: from } = credits as { value?: unknown; unit?: unknown };
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  if (from === 'us-credit-hour') return unit === 'ects' ? value * ECTS_PER_US_CREDIT_HOUR : value;
  if (from === 'ects') return unit === 'ects' ? value : value / ECTS_PER_US_CREDIT_HOUR;
  return 0;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
