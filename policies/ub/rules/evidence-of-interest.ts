import { defineRule } from '../../../src/index';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/evidence-of-interest',
  title: 'Shows there will be interest',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} [...] 5. How do you know there will be interest in this micro-credential?`,
  },
  description: 'The proposal answers step-1 question 5: how the proposers know learners will be interested (rationale.evidenceOfInterest).',
  reading: STEP_1_READING,
  messages: {
    missing: 'Say how you know there will be interest in the credential (rationale.evidenceOfInterest).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.evidenceOfInterest' }] },
    path: ['rationale', 'evidenceOfInterest'],
  },
});
