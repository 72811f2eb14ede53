import { defineRule } from '../../../src/index';

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
  description: 'The credential lists at least two courses (credential.courses).',
  reading:
    '"Normally" (the motion) and "generally at least two courses" (the policy text) make this a warning, and the text expects exceptions, so a proposal may ask to waive it. Every listed course counts, elective options included (in an elective group or not): they are courses the credential involves. The text sets no other threshold, so the pack adds none.',
  messages: { tooFew: 'The credential lists {courses} course(s); a credit-bearing micro-credential normally involves at least two.' },
  check: {
    assert: { '>=': [{ count: [{ var: 'credential.courses' }] }, 2] },
    path: ['credential', 'courses'],
    data: { courses: { count: [{ var: 'credential.courses' }] } },
  },
});
