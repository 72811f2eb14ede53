import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/transcript-notation',
  title: 'Earning a micro-credential is noted on the transcript',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage: 'Students who earn a micro-credential will receive a notation on their transcript in recognition of the achievement',
  },
  description: 'A credit-bearing micro-credential states that completion is noted on the transcript (credential.transcripted: true).',
  appliesTo: { kind: 'micro-credential', creditBearing: true },
  reading:
    '"Will receive" states what UB does for every micro-credential, not a recommendation, so a proposal that leaves the notation out or says there is none contradicts the policy: an error.',
  messages: {
    notTranscripted: 'Students who earn a UB micro-credential receive a transcript notation; set credential.transcripted to true.',
  },
  check: {
    assert: { '===': [{ var: 'credential.transcripted' }, true] },
    path: ['credential', 'transcripted'],
  },
});
