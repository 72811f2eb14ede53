import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/disclose-stackability',
  title: 'Tells students what it counts toward',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'and applicability (e.g., stack-ability) toward a formal award(s) (i.e., registered degree, certificate).',
  },
  description: 'The proposal states whether the credential applies toward a registered degree or certificate.',
  reading:
    '"SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing ..." is a commitment SUNY makes, a duty it gives itself and its campuses toward students; it does not ask the proposal to carry the statement, with no "must", "required" or "should". A duty the text assigns sets at most an info finding: the rule reminds proposers of what students will be told. The duty is to tell students, even when the answer is "it does not stack"; whether the credential should stack is the separate suny/stackable principle.',
  messages: { missing: 'SUNY commits to telling students what a micro-credential applies toward; the proposal does not say whether it applies toward a registered degree or certificate (credential.disclosures.stackability).' },
  check: {
    assert: { hasText: [{ var: 'credential.disclosures.stackability' }] },
    path: ['credential', 'disclosures', 'stackability'],
  },
});
