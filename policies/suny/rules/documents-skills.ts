import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/documents-skills',
  title: 'Documents the skills an earner mastered',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '4. Meaningful and of high quality, with learning standards, assessments, and clear documentation of skills mastered that have meaning beyond one classroom, one program or the institution.',
  },
  description: 'The credential says what documents mastery: evidence the earner submits, or the criteria the badge shows.',
  reading:
    '"A SUNY micro-credential is:" opens the definition the Task Force recommended and the SUNY Trustees endorsed; a credential without one of its points is not a SUNY micro-credential, so the rule is an error. Documentation an employer can read is either the evidence behind the award (credential.evidence.items) or the published criteria of the badge (credential.badge.criteria); either satisfies the rule.',
  messages: { missing: 'Say how mastery is documented: list the evidence earners submit (credential.evidence.items) or the badge criteria (credential.badge.criteria).' },
  check: {
    assert: {
      or: [{ '>': [{ count: [{ var: 'credential.evidence.items' }] }, 0] }, { hasText: [{ var: 'credential.badge.criteria' }] }],
    },
    path: ['credential'],
  },
});
