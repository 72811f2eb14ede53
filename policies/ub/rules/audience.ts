import { defineRule } from '../../../src/engine/define-rule';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/audience',
  title: 'Step-1 question 3: who the audience is',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} [...] 3. Who is your audience?`,
  },
  description: 'Info when the proposal does not answer step-1 question 3: who the credential is for (credential.audience.description).',
  reading: STEP_1_READING,
  messages: {
    missing: 'UB asks proposers to be able to say who the audience is (step-1 question 3); the proposal does not say (credential.audience.description).',
  },
  check: {
    assert: { hasText: [{ var: 'credential.audience.description' }] },
    path: ['credential', 'audience', 'description'],
  },
});
