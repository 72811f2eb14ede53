import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/competency-based',
  title: 'Names the competencies it certifies',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '1. Competency-based, reflecting skills and competencies mastered;',
  },
  description: 'The credential lists at least one competency, qualified by its framework.',
  messages: { none: 'Name at least one competency the credential certifies (credential.competencies).' },
  check: {
    assert: { '>': [{ count: [{ var: 'credential.competencies' }] }, 0] },
    path: ['credential', 'competencies'],
  },
});
