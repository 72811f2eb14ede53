import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/micro-credential-credit-bearing',
  title: 'A micro-credential is credit-bearing',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage: 'A micro-credential is a credit-bearing academic program',
  },
  description: 'A proposal of kind micro-credential is credit-bearing; non-credit learning is proposed as a digital badge.',
  appliesTo: { kind: 'micro-credential' },
  reading:
    '"A micro-credential is a credit-bearing academic program" is UB\'s definition of the word, not the description of a category: a proposal of kind micro-credential that is not credit-bearing contradicts it, so the rule is an error (the process UB states for a micro-credential, departmental/decanal approval and a transcript notation, rests on it). The "Types of Micro-Credentials" section uses the word loosely ("both credit-bearing and noncredit bearing") but describes its non-credit categories as digital badges, and the definition says a micro-credential is a credit-bearing academic program. The pack reads "micro-credential" in the definition\'s sense, so a non-credit micro-credential is an error whose fix is to propose a digital badge.',
  messages: {
    notCredit:
      'At UB a micro-credential is a credit-bearing academic program; propose non-credit learning as a digital badge (credential.kind: digital-badge) or make it credit-bearing.',
  },
  check: {
    assert: { '===': [{ var: 'credential.creditBearing' }, true] },
    path: ['credential', 'creditBearing'],
  },
});
