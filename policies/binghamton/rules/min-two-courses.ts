import { courseCodeKey } from '../../../src/model/elective-groups';
import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'binghamton/min-two-courses',
  title: 'A credit-bearing micro-credential normally involves at least two courses',
  severity: 'warning',
  appliesTo: { creditBearing: true },
  waivable: true,
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'APPROVED MOTION',
    passage: 'Credit-bearing micro-credentials have a maximum size of 12 credits and normally involve at least two courses, in addition to other required experiences in some cases.',
  },
  description:
    'Every learner takes at least two courses: the required courses, k per elective group ("choose k of", credential.electiveGroups), and the elective options no group names.',
  reading:
    '"Normally" (the motion) and "generally at least two courses" (the policy text) make this a warning, and the text expects exceptions, so a proposal may ask to waive it. The courses a micro-credential involves are those a learner takes: an elective group counts the k options every learner takes, not all it lists. Elective options no group names all count, as before groups existed. The text sets no other threshold, so the pack adds none.',
  messages: { tooFew: 'A learner takes {courses} course(s); a credit-bearing micro-credential normally involves at least two.' },
  check: (proposal) => {
    const { courses, electiveGroups } = proposal.credential;
    const taken = electiveGroups.length === 0 ? courses.length : coursesTaken(courses, electiveGroups);
    return taken >= 2 ? undefined : { path: ['credential', 'courses'], data: { courses: taken } };
  },
});

/** Courses a learner takes: the required ones, the options no group names, and k of each "choose k" group. */
function coursesTaken(courses: readonly { readonly code: string; readonly required: boolean }[], groups: readonly { readonly choose: number; readonly options: readonly string[] }[]): number {
  const grouped = new Set(groups.flatMap((group) => group.options.map(courseCodeKey)));
  return courses.filter((course) => course.required || !grouped.has(courseCodeKey(course.code))).length + groups.reduce((sum, group) => sum + group.choose, 0);
}
