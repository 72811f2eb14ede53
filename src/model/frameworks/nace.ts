import type { CompetencyFramework } from '../competency';

/**
 * NACE career-readiness competencies in the eight-item wording of 2017 (the second NACE task
 * force added global/intercultural fluency to the seven of 2015). This is the list the
 * Binghamton policy names, and UB lists seven of these eight.
 *
 * @example
 * ```ts
 * NACE_2017.competencies.map((c) => c.code);
 * // ['critical-thinking-problem-solving', 'oral-written-communications', ...]
 * ```
 */
export const NACE_2017: CompetencyFramework = {
  id: 'nace',
  version: '2017',
  title: 'NACE Career Readiness Competencies (2017 wording)',
  url: 'https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/',
  competencies: [
    { code: 'critical-thinking-problem-solving', label: 'Critical thinking/problem solving' },
    { code: 'oral-written-communications', label: 'Oral/written communications' },
    { code: 'teamwork-collaboration', label: 'Teamwork/collaboration' },
    { code: 'digital-technology', label: 'Digital technology' },
    { code: 'leadership', label: 'Leadership' },
    { code: 'professionalism-work-ethic', label: 'Professionalism/work ethic' },
    { code: 'career-management', label: 'Career management' },
    { code: 'global-intercultural-fluency', label: 'Global/intercultural fluency' },
  ],
};

/**
 * NACE career-readiness competencies as revised in 2021. Each entry names the 2017
 * competency it replaced in `supersedes`, so a proposal written against either list can be
 * judged by a policy that quotes the other.
 *
 * @example
 * ```ts
 * NACE_2021.competencies.find((c) => c.code === 'technology')?.supersedes;
 * // ['digital-technology']
 * ```
 */
export const NACE_2021: CompetencyFramework = {
  id: 'nace',
  version: '2021',
  title: 'NACE Career Readiness Competencies (2021 revision)',
  url: 'https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/',
  competencies: [
    { code: 'career-self-development', label: 'Career & self-development', supersedes: ['career-management'] },
    { code: 'communication', label: 'Communication', supersedes: ['oral-written-communications'] },
    { code: 'critical-thinking', label: 'Critical thinking', supersedes: ['critical-thinking-problem-solving'] },
    { code: 'equity-inclusion', label: 'Equity & inclusion', supersedes: ['global-intercultural-fluency'] },
    { code: 'leadership', label: 'Leadership', supersedes: ['leadership'] },
    { code: 'professionalism', label: 'Professionalism', supersedes: ['professionalism-work-ethic'] },
    { code: 'teamwork', label: 'Teamwork', supersedes: ['teamwork-collaboration'] },
    { code: 'technology', label: 'Technology', supersedes: ['digital-technology'] },
  ],
};
