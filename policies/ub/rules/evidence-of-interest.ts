import { defineRule } from '../../../src/engine/define-rule';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/evidence-of-interest',
  title: 'Step-1 question 5: how you know there will be interest',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} [...] 5. How do you know there will be interest in this micro-credential?`,
  },
  description: 'Info when the proposal does not answer step-1 question 5: how the proposers know learners will be interested (rationale.evidenceOfInterest).',
  reading: STEP_1_READING,
  messages: {
    missing: 'UB asks proposers to be able to say how they know there will be interest (step-1 question 5); the proposal does not say (rationale.evidenceOfInterest).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.evidenceOfInterest' }] },
    path: ['rationale', 'evidenceOfInterest'],
  },
});
