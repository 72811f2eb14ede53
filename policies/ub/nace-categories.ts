import type { CompetencyRef, FrameworkCompetency, FrameworkRegistry } from '../../src/index';

const NACE = 'nace';
/** The NACE wording UB quotes: the eight-item list of 2017, minus career management. */
const UB_LIST_VERSION = '2017';

/**
 * The seven NACE categories UB's step 1 lists, as NACE 2017 codes. UB writes "Professionalism"
 * for NACE's "Professionalism/work ethic"; career management, the eighth item of the 2017
 * list, is not among them.
 */
export const UB_NACE_CATEGORIES: readonly string[] = [
  'critical-thinking-problem-solving',
  'oral-written-communications',
  'global-intercultural-fluency',
  'leadership',
  'teamwork-collaboration',
  'digital-technology',
  'professionalism-work-ethic',
];

const listed = new Set(UB_NACE_CATEGORIES);

/**
 * The UB-listed NACE category a competency falls under, as a NACE 2017 code, or `undefined`
 * when it is not a NACE competency the registry knows or falls outside UB's seven.
 *
 * A competency of a later NACE revision counts through the `supersedes` crosswalk, followed
 * back through every NACE version the registry holds: NACE 2021 "communication" supersedes
 * "oral-written-communications" and so falls under it, while "career-self-development"
 * supersedes only "career-management" and falls under none.
 *
 * @example
 * ```ts
 * ubNaceCategory({ framework: 'nace', version: '2021', code: 'technology' }, defaultFrameworks); // 'digital-technology'
 * ubNaceCategory({ framework: 'nace', version: '2017', code: 'career-management' }, defaultFrameworks); // undefined
 * ```
 */
export function ubNaceCategory(ref: Pick<CompetencyRef, 'framework' | 'version' | 'code'>, frameworks: FrameworkRegistry): string | undefined {
  if (ref.framework !== NACE) return undefined;
  const start = frameworks.resolve(ref);
  if (start === undefined) return undefined;
  const naceVersions = frameworks.frameworks.filter((f) => f.id === NACE);
  const seen = new Set<string>([start.code]);
  const queue: FrameworkCompetency[] = [start];
  while (queue.length > 0) {
    const competency = queue.shift()!;
    if (listed.has(competency.code) && frameworks.resolve({ framework: NACE, version: UB_LIST_VERSION, code: competency.code })) {
      return competency.code;
    }
    for (const code of competency.supersedes ?? []) {
      if (seen.has(code)) continue;
      seen.add(code);
      for (const framework of naceVersions) {
        const earlier = framework.competencies.find((c) => c.code === code);
        if (earlier) queue.push(earlier);
      }
    }
  }
  return undefined;
}
