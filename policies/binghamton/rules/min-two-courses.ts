import { courseCodeKey, defineRule } from '../../../src/index';

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
    // Without elective groups every course is taken.
    if (electiveGroups.length === 0) return courses.length >= 2 ? undefined : { path: ['credential', 'courses'], data: { courses: courses.length } };
    const grouped = new Set(electiveGroups.flatMap((group) => group.options.map(courseCodeKey)));
    const taken = courses.filter((course) => course.required || !grouped.has(courseCodeKey(course.code))).length + electiveGroups.reduce((sum, group) => sum + group.choose, 0);
    return taken >= 2 ? undefined : { path: ['credential', 'courses'], data: { courses: taken } };
  },
});
