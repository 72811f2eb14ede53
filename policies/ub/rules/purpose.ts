import { defineRule } from '../../../src/index';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/purpose',
  title: 'States the purpose it serves',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} 1. What is the purpose that your micro-credential will serve?`,
  },
  description: 'The proposal answers step-1 question 1: the purpose the credential serves (rationale.purpose).',
  reading: STEP_1_READING,
  messages: {
    missing: 'Say what purpose the credential will serve (rationale.purpose).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.purpose' }] },
    path: ['rationale', 'purpose'],
  },
});
