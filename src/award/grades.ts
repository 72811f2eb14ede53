/** US letter grades from lowest to highest; `+` and `-` count between the letters. */
export const LETTER_GRADES = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'] as const;

/** A US letter grade, A+ to F. */
export type LetterGrade = (typeof LETTER_GRADES)[number];

/** The lowest grade that counts toward an award unless `minimumGrade` says otherwise. */
export const DEFAULT_MINIMUM_GRADE: LetterGrade = 'C';

/** Marks that mean the course was passed without a letter grade. */
const PASS_MARKS = new Set(['P', 'PASS', 'S', 'SAT', 'CR', 'CREDIT']);
/** Marks that mean the course was not (yet) passed: fail, withdrawal, incomplete, audit. */
const FAIL_MARKS = new Set(['NP', 'FAIL', 'U', 'UNSAT', 'NC', 'W', 'WF', 'WU', 'I', 'INC', 'IP', 'AU', 'NG', 'E']);

/** Why a course does not count toward an award. */
export type GradeShortfall = 'below-minimum' | 'failed' | 'unrecognised-grade' | 'no-grade';

/** Whether a course counts, and if not why. */
export type GradeJudgement = { readonly passed: true } | { readonly passed: false; readonly reason: GradeShortfall };

/**
 * Whether a string is a US letter grade (A+ to F), ignoring case and spaces.
 *
 * @example
 * ```ts
 * isLetterGrade('b+'); // true
 * isLetterGrade('P');  // false
 * ```
 */
export function isLetterGrade(grade: string): boolean {
  return letterRank(normaliseMark(grade)) >= 0;
}

/**
 * Judges a course result against a minimum grade. A letter grade decides on its own (so a D
 * does not count toward a credential that needs a C even if the course was passed);
 * otherwise a pass mark (P, S, CR) or `passed: true` counts, and a fail, withdrawal or
 * incomplete mark (NP, U, NC, W, I, IP, ...) or `passed: false` does not.
 *
 * @example
 * ```ts
 * judgeGrade({ grade: 'C+' }, 'C');          // { passed: true }
 * judgeGrade({ grade: 'D', passed: true }, 'C'); // { passed: false, reason: 'below-minimum' }
 * judgeGrade({ grade: 'P' }, 'C');           // { passed: true }
 * judgeGrade({ passed: true }, 'B');         // { passed: true }
 * ```
 */
export function judgeGrade(result: { readonly grade?: string | undefined; readonly passed?: boolean | undefined }, minimum: LetterGrade = DEFAULT_MINIMUM_GRADE): GradeJudgement {
  const grade = result.grade === undefined ? undefined : normaliseMark(result.grade);
  const rank = grade === undefined ? -1 : letterRank(grade);
  if (rank >= 0) {
    if (grade === 'F') return { passed: false, reason: 'failed' };
    return rank >= letterRank(minimum) ? { passed: true } : { passed: false, reason: 'below-minimum' };
  }
  if (grade !== undefined && PASS_MARKS.has(grade)) return { passed: true };
  if (grade !== undefined && FAIL_MARKS.has(grade)) return { passed: false, reason: 'failed' };
  if (result.passed === true) return { passed: true };
  if (result.passed === false) return { passed: false, reason: 'failed' };
  return { passed: false, reason: grade === undefined ? 'no-grade' : 'unrecognised-grade' };
}

function letterRank(grade: string): number {
  return (LETTER_GRADES as readonly string[]).indexOf(grade);
}

function normaliseMark(grade: string): string {
  return grade.replace(/\s+/g, '').toUpperCase();
}
