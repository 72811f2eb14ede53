import { defineRule } from '../../../src/engine/define-rule';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/badge-assessment-plan',
  title: 'Plans how the badge evidence is assessed',
  severity: 'error',
  citation: {
    ...supportingDocumentation,
    passage: 'Supporting documentation for proposal approval includes ... plans for assessment of the learning evidence for the digital badge.',
  },
  description: 'The proposal says how the evidence earners submit for the badge is assessed (credential.evidence.assessmentPlan).',
  reading: SUPPORTING_DOCUMENTATION_READING,
  messages: { missing: 'Say how the evidence submitted for the badge is assessed (credential.evidence.assessmentPlan).' },
  check: { assert: { hasText: [{ var: 'credential.evidence.assessmentPlan' }] }, path: ['credential', 'evidence', 'assessmentPlan'] },
});
