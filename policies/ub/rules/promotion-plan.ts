import { defineRule } from '../../../src/engine/define-rule';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/promotion-plan',
  title: 'Step-1 question 4: how it will be promoted',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} [...] 4. How will you promote the micro-credential to your audience?`,
  },
  description: 'Info when the proposal does not answer step-1 question 4: how the credential will be promoted to its audience (rationale.promotionPlan).',
  reading: STEP_1_READING,
  messages: {
    missing: 'UB asks proposers to be able to say how they will promote the credential to its audience (step-1 question 4); the proposal does not say (rationale.promotionPlan).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.promotionPlan' }] },
    path: ['rationale', 'promotionPlan'],
  },
});
