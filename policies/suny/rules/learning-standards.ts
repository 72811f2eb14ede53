import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/learning-standards',
  title: 'States learning outcomes',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '4. Meaningful and of high quality, with learning standards, assessments, and clear documentation of skills mastered',
  },
  description: 'The credential states at least one student learning outcome: its learning standard.',
  messages: { none: 'State the learning standards as student learning outcomes (credential.learningOutcomes).' },
  check: {
    assert: { '>': [{ count: [{ var: 'credential.learningOutcomes' }] }, 0] },
    path: ['credential', 'learningOutcomes'],
  },
});
