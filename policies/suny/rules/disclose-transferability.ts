import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/disclose-transferability',
  title: 'Tells students whether it transfers',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'represented clearly and accurately to students, addressing all associated costs, financial aid, transferability',
  },
  description: 'The proposal states whether the credential (or its credit) transfers to other institutions.',
  reading:
    '"SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing ..." is a commitment SUNY makes, a duty it gives itself and its campuses toward students; it does not ask the proposal to carry the statement, with no "must", "required" or "should". A duty the text assigns sets at most an info finding: the rule reminds proposers of what students will be told.',
  messages: { missing: 'SUNY commits to telling students about transferability; the proposal does not say whether the credential or its credit transfers (credential.disclosures.transferability).' },
  check: {
    assert: { hasText: [{ var: 'credential.disclosures.transferability' }] },
    path: ['credential', 'disclosures', 'transferability'],
  },
});
