import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/disclose-costs',
  title: 'Tells students every associated cost',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing all associated costs',
  },
  description: 'The proposal states what students are told about costs (tuition, fees beyond tuition, materials).',
  reading:
    '"SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing ..." is a commitment SUNY makes, a duty it gives itself and its campuses toward students; it does not ask the proposal to carry the statement, with no "must", "required" or "should". A duty the text assigns sets at most an info finding: the rule reminds proposers of what students will be told.',
  messages: { missing: 'SUNY commits to telling students every associated cost; the proposal does not say what students will pay, including any fees beyond tuition (credential.disclosures.costs).' },
  check: { assert: { hasText: [{ var: 'credential.disclosures.costs' }] }, path: ['credential', 'disclosures', 'costs'] },
});
