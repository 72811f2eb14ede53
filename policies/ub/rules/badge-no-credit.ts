import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/badge-no-credit',
  title: 'A digital badge carries no academic credit',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage: 'Although badges do not carry academic credit, they contain metadata',
  },
  description: 'A proposal of kind digital-badge is not credit-bearing; credit-bearing learning is proposed as a micro-credential.',
  appliesTo: { kind: 'digital-badge' },
  reading:
    '"Badges do not carry academic credit" is part of UB\'s definition of a digital badge, stated without exception: a credit-bearing badge contradicts it, so the rule is an error whose fix is to propose a micro-credential (which also awards a badge).',
  messages: {
    carriesCredit: 'At UB a digital badge does not carry academic credit; propose credit-bearing learning as a micro-credential (credential.kind: micro-credential).',
  },
  check: {
    assert: { '===': [{ var: 'credential.creditBearing' }, false] },
    path: ['credential', 'creditBearing'],
  },
});
