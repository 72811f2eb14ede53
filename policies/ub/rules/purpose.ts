import { defineRule } from '../../../src/engine/define-rule';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/purpose',
  title: 'Step-1 question 1: the purpose it serves',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} 1. What is the purpose that your micro-credential will serve?`,
  },
  description: 'Info when the proposal does not answer step-1 question 1: the purpose the credential serves (rationale.purpose).',
  reading: STEP_1_READING,
  messages: {
    missing: 'UB asks proposers to be able to say what purpose the credential will serve (step-1 question 1); the proposal does not say (rationale.purpose).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.purpose' }] },
    path: ['rationale', 'purpose'],
  },
});
