import { defineRule } from '../../../src/engine/define-rule';

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
  description:
    'The most credits a learner can take in the credential is at most 12 US credit hours (mostCredits): the required courses, the k largest options of each elective group ("choose k of", credential.electiveGroups) and every elective option no group names; ECTS converted at 2 ECTS = 1 credit hour.',
  reading:
    '"Maximum size" (the motion) and "not more than 12 credits" (the policy text) make this an error, and the text allows no exception, so it cannot be waived. The size is what a learner takes: 6 required credits plus "choose 2 of" four 3-credit options is 12 credits for every learner, not 18. So the pack counts the most a learner can take (mostCredits): the required courses, for each elective group the k options with the most credits, and every elective option (required: false) that no group names, since nothing then limits how many of them a learner takes. Credits are US semester credit hours; ECTS are converted at 2 ECTS = 1 credit hour. Additional experiences carry no credit and do not count.',
  messages: { tooMany: 'A learner can take up to {credits} credits of courses; a credit-bearing micro-credential has a maximum size of {max} credits.' },
  check: {
    assert: { '<=': [{ mostCredits: [{ var: 'credential' }] }, MAX_CREDITS] },
    path: ['credential', 'courses'],
    data: { credits: { mostCredits: [{ var: 'credential' }] }, max: MAX_CREDITS },
  },
});
