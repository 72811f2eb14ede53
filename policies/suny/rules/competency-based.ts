import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/competency-based',
  title: 'Names the competencies it certifies',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '1. Competency-based, reflecting skills and competencies mastered;',
  },
  description: 'The credential lists at least one competency, qualified by its framework (NACE or the campus\'s own).',
  reading:
    '"A SUNY micro-credential is:" opens the definition the Task Force recommended and the SUNY Trustees endorsed; a credential without one of its points is not a SUNY micro-credential, so the rule is an error. "Competency-based, reflecting skills and competencies mastered" is read as naming at least one competency; the framework may be any, including a campus\'s own.',
  messages: { none: 'Name at least one competency the credential certifies (credential.competencies).' },
  check: {
    assert: { '>': [{ count: [{ var: 'credential.competencies' }] }, 0] },
    path: ['credential', 'competencies'],
  },
});
