import { defineRule } from '../../../src/engine/define-rule';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/reflective-experience',
  title: 'Ends in a reflective experience',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      'All micro-credentials must have a culminating reflective experience that requires the learner to reflect on the micro-credential pathway and how the competencies align to their own personal and professional growth.',
  },
  description: 'The credential describes its culminating reflective experience (credential.reflection).',
  reading:
    '"Must" makes this an error. The pack checks that the reflective experience is described; whether the description asks the learner to reflect on the pathway and on how the competencies align to their personal and professional growth is read by Academic and Student Affairs, as a program cannot judge it from free text.',
  messages: {
    missing:
      'Describe the culminating reflective experience in which the learner reflects on the pathway and on how the competencies align to their personal and professional growth (credential.reflection).',
  },
  check: {
    assert: { hasText: [{ var: 'credential.reflection.description' }] },
    path: ['credential', 'reflection'],
  },
});
