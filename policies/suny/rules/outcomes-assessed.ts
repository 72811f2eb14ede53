import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/outcomes-assessed',
  title: 'States how learning is assessed',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '4. Meaningful and of high quality, with learning standards, assessments, and clear documentation of skills mastered',
  },
  description: 'The credential states at least one assessment: a learning outcome\'s assessment method (credential.learningOutcomes[].assessment.method) or the plan for assessing evidence (credential.evidence.assessmentPlan).',
  reading:
    '"A SUNY micro-credential is:" opens the definition the Task Force recommended and the SUNY Trustees endorsed; a credential without one of its points is not a SUNY micro-credential, so the rule is an error. "With learning standards, assessments" asks that the credential has assessments; it does not say one per learning outcome, so the rule asks for at least one and sets no per-outcome threshold.',
  messages: { none: 'The credential states no assessment; say how learning is assessed (credential.learningOutcomes[].assessment.method or credential.evidence.assessmentPlan).' },
  check: {
    assert: {
      or: [{ some: [{ var: 'credential.learningOutcomes' }, { hasText: [{ var: 'assessment.method' }] }] }, { hasText: [{ var: 'credential.evidence.assessmentPlan' }] }],
    },
    path: ['credential', 'learningOutcomes'],
  },
});
