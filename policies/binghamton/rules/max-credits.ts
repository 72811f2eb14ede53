import { defineRule } from '../../../src/index';

/** The largest credit-bearing micro-credential the motion allows, in US credit hours. */
const MAX_CREDITS = 12;

export default defineRule({
  id: 'binghamton/max-credits',
  title: 'A credit-bearing micro-credential is at most 12 credits',
  severity: 'error',
  appliesTo: { creditBearing: true },
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'APPROVED MOTION',
    passage: 'Credit-bearing micro-credentials have a maximum size of 12 credits',
  },
  description: 'The credits of the listed courses total at most 12 US credit hours, ECTS converted at 2 ECTS = 1 credit hour.',
  reading:
    '"Maximum size" (the motion) and "not more than 12 credits" (the policy text) make this an error, and the text allows no exception, so it cannot be waived. Credits are US semester credit hours; ECTS are converted at 2 ECTS = 1 credit hour (totalCredits). Every listed course counts, elective options (required: false) included: the proposal format does not record how many options a learner must take, so the pack judges the largest size the listed coursework can have. Additional experiences carry no credit and do not count.',
  messages: { tooMany: 'The courses total {credits} credits; a credit-bearing micro-credential has a maximum size of {max} credits.' },
  check: {
    assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, MAX_CREDITS] },
    path: ['credential', 'courses'],
    data: { credits: { totalCredits: [{ var: 'credential.courses' }] }, max: MAX_CREDITS },
  },
});
