import { defineRule } from '../../../src/engine/define-rule';

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
  reading:
    '"A SUNY micro-credential is:" opens the definition the Task Force recommended and the SUNY Trustees endorsed; a credential without one of its points is not a SUNY micro-credential, so the rule is an error. "With learning standards" is read as at least one stated student learning outcome.',
  messages: { none: 'State the learning standards as student learning outcomes (credential.learningOutcomes).' },
  check: {
    assert: { '>': [{ count: [{ var: 'credential.learningOutcomes' }] }, 0] },
    path: ['credential', 'learningOutcomes'],
  },
});
