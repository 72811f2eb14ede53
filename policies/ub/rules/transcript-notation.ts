import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/transcript-notation',
  title: 'A micro-credential is not proposed without a transcript notation',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage: 'Students who earn a micro-credential will receive a notation on their transcript in recognition of the achievement',
  },
  description: 'A credit-bearing micro-credential does not say that completion is kept off the transcript (credential.transcripted: false). A proposal that leaves credential.transcripted out complies: UB makes the notation.',
  appliesTo: { kind: 'micro-credential', creditBearing: true },
  reading:
    '"Students who earn a micro-credential will receive a notation on their transcript" states, without condition, what UB does for every micro-credential: a proposal that says there is no notation (transcripted: false) contradicts it, an error. The sentence gives the notation to UB, not a field to the proposal, so a proposal that does not mention the transcript gets no finding.',
  messages: {
    notTranscripted: 'Students who earn a UB micro-credential receive a transcript notation; the proposal says there is none (credential.transcripted: false).',
  },
  check: {
    assert: { '!==': [{ var: 'credential.transcripted' }, false] },
    path: ['credential', 'transcripted'],
  },
});
