import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/outcomes-assessed',
  title: 'Every learning outcome has an assessment',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '4. Meaningful and of high quality, with learning standards, assessments, and clear documentation of skills mastered',
  },
  description: 'Each student learning outcome says how it is assessed.',
  messages: { unassessed: 'Learning outcome {outcome} has no assessment; say how it is assessed (assessment.method).' },
  check: {
    each: 'credential.learningOutcomes',
    assert: { hasText: [{ var: 'item.assessment.method' }] },
    path: ['assessment'],
    data: { outcome: { var: 'item.id' } },
  },
});
