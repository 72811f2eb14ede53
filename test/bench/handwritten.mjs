// The rules the binghamton pack runs (its own and those it inherits from suny), written as
// plain predicates over a parsed proposal: the practical speed limit for the same checks.
// Each returns the ids of the rules that fail; the engine returns full violations instead.

const hasText = (v) => typeof v === 'string' && v.trim().length > 0;
const credits = (courses) => {
  let total = 0;
  for (const c of courses) total += c.credits.unit === 'ects' ? c.credits.value / 2 : c.credits.value;
  return total;
};
// NACE codes the policy's eight-item list accepts, directly or through the 2021 crosswalk.
const NACE = new Set([
  'critical-thinking-problem-solving', 'oral-written-communications', 'teamwork-collaboration', 'digital-technology',
  'leadership', 'professionalism-work-ethic', 'career-management', 'global-intercultural-fluency',
  'career-self-development', 'communication', 'critical-thinking', 'equity-inclusion', 'professionalism', 'teamwork', 'technology',
]);
// The most credits a learner can take: required courses, the k largest options of each elective
// group ("choose k of") and every elective option no group names (as the pack counts them).
const codeKey = (code) => code.toUpperCase().replace(/[\s-]+/g, '');
const usCredits = (c) => (c.credits.unit === 'ects' ? c.credits.value / 2 : c.credits.value);
const mostCredits = (credential) => {
  const byKey = new Map();
  let most = 0;
  for (const c of credential.courses) {
    if (!byKey.has(codeKey(c.code))) byKey.set(codeKey(c.code), usCredits(c));
    if (c.required !== false) most += usCredits(c);
  }
  const grouped = new Set();
  for (const group of credential.electiveGroups ?? []) {
    const options = group.options.map((code) => (grouped.add(codeKey(code)), byKey.get(codeKey(code)) ?? 0)).sort((a, b) => b - a);
    for (const credits of options.slice(0, Math.min(group.choose, options.length))) most += credits;
  }
  for (const c of credential.courses) if (c.required === false && !grouped.has(codeKey(c.code))) most += usCredits(c);
  return most;
};
const DAY = 86_400_000;
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

/** suny rules written in JsonLogic in the pack, by hand. */
export const sunyDeclarative = [
  (p, f) => p.credential.competencies.length > 0 || f.push('suny/competency-based'),
  (p, f) => hasText(p.credential.institution?.name) || f.push('suny/issuing-institution'),
  (p, f) => p.credential.learningOutcomes.length > 0 || f.push('suny/learning-standards'),
  (p, f) => { for (const o of p.credential.learningOutcomes) if (!hasText(o.assessment?.method)) f.push('suny/outcomes-assessed'); },
  (p, f) => (p.credential.evidence?.items.length ?? 0) > 0 || hasText(p.credential.badge?.criteria) || f.push('suny/documents-skills'),
  (p, f) => hasText(p.credential.disclosures?.costs) || f.push('suny/disclose-costs'),
  (p, f) => hasText(p.credential.disclosures?.financialAid) || f.push('suny/disclose-financial-aid'),
  (p, f) => hasText(p.credential.disclosures?.transferability) || f.push('suny/disclose-transferability'),
  (p, f) => hasText(p.credential.disclosures?.stackability) || f.push('suny/disclose-stackability'),
  (p, f) => hasText(p.rationale?.missionAlignment) || f.push('suny/mission-alignment'),
  (p, f) => p.market?.targetsMarketNeeds !== true || (p.market.industryStandards.length > 0) || f.push('suny/industry-standards'),
  (p, f) => hasText(p.credential.portability?.statement) || f.push('suny/portable'),
  (p, f) => p.credential.stacksInto.length > 0 || f.push('suny/stackable'),
];

/** binghamton rules written in JsonLogic in the pack, by hand. */
export const binghamtonDeclarative = [
  (p, f) => !p.credential.creditBearing || mostCredits(p.credential) <= 12 || f.push('binghamton/max-credits'),
  (p, f) => !p.credential.creditBearing || p.credential.transcripted === true || f.push('binghamton/transcripted'),
  (p, f) => !p.credential.creditBearing || hasText(p.credential.level) || f.push('binghamton/level-stated'),
  (p, f) => p.credential.creditBearing || p.credential.fees !== undefined || f.push('binghamton/non-credit-fees'),
  (p, f) => (p.market?.employerEvidence.length ?? 0) > 0 || (p.market?.data.length ?? 0) > 0 || f.push('binghamton/employer-evidence'),
  (p, f) => { for (const o of p.credential.learningOutcomes) if (o.activities.length === 0) f.push('binghamton/outcome-activities'); },
  (p, f) => hasText(p.credential.evidence?.assessmentPlan) || f.push('binghamton/badge-assessment-plan'),
];

/** Rules the packs write in TypeScript, by hand. */
export const typescriptRules = [
  (p, f) => {
    const form = p.credential.form;
    if (form !== 'badge' && form !== 'mooc' && form !== 'micro-award') f.push('suny/allowed-form');
  },
  (p, f, asOf) => {
    const m = p.market;
    if (m?.targetsMarketNeeds !== true) return;
    let newest;
    for (const d of m.data) if (d.date && (!newest || d.date > newest)) newest = d.date;
    if (!newest || dayOf(asOf) - dayOf(newest) > 1095) f.push('suny/current-market-data');
  },
  (p, f) => { if (!p.credential.competencies.some((c) => c.framework === 'nace' && NACE.has(c.code))) f.push('binghamton/nace-competency'); },
  (p, f) => {
    const { courses, electiveGroups } = p.credential;
    const grouped = new Set(electiveGroups.flatMap((g) => g.options));
    const taken = courses.filter((c) => c.required || !grouped.has(c.code)).length + electiveGroups.reduce((n, g) => n + g.choose, 0);
    if (p.credential.creditBearing && taken < 2) f.push('binghamton/min-two-courses');
  },
  (p, f) => {
    const codes = new Set(p.credential.competencies.filter((c) => c.framework === 'nace' && NACE.has(c.code)).map((c) => c.code));
    if (!p.credential.learningOutcomes.some((o) => o.competencies.some((c) => codes.has(c)))) f.push('binghamton/nace-learning-objectives');
  },
  (p, f) => {
    if (!p.credential.badge) f.push('binghamton/badge-with-evidence');
    if (p.credential.evidence?.required !== true) f.push('binghamton/badge-with-evidence');
  },
  (p, f) => {
    if (!p.rationale?.purpose) f.push('binghamton/purpose-and-benefit');
    if (!p.rationale?.benefit) f.push('binghamton/purpose-and-benefit');
  },
];

export const allRules = [...sunyDeclarative, ...binghamtonDeclarative, ...typescriptRules];
export const declarativeRules = [...sunyDeclarative, ...binghamtonDeclarative];

/** Runs predicates over a parsed proposal; returns the failing rule ids. */
export function runAll(rules, proposal, asOf) {
  const failed = [];
  for (const rule of rules) rule(proposal, failed, asOf);
  return failed;
}
