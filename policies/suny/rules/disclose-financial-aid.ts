import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/disclose-financial-aid',
  title: 'Tells students about financial aid',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'represented clearly and accurately to students, addressing all associated costs, financial aid',
  },
  description: 'The proposal states whether and how financial aid applies.',
  reading:
    '"SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing ..." is a commitment SUNY makes, a duty it gives itself and its campuses toward students; it does not ask the proposal to carry the statement, with no "must", "required" or "should". A duty the text assigns sets at most an info finding: the rule reminds proposers of what students will be told.',
  messages: { missing: 'SUNY commits to telling students about financial aid; the proposal does not say whether it applies (credential.disclosures.financialAid).' },
  check: { assert: { hasText: [{ var: 'credential.disclosures.financialAid' }] }, path: ['credential', 'disclosures', 'financialAid'] },
});
