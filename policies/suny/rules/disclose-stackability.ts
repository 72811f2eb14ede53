import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/disclose-stackability',
  title: 'Tells students what it counts toward',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'and applicability (e.g., stack-ability) toward a formal award(s) (i.e., registered degree, certificate).',
  },
  description: 'The proposal states whether the credential applies toward a registered degree or certificate.',
  reading:
    'The duty is to tell students, even when the answer is "it does not stack": the rule asks for the statement; whether the credential should stack is the separate suny/stackable principle.',
  messages: { missing: 'State whether the credential applies toward a registered degree or certificate (credential.disclosures.stackability).' },
  check: {
    assert: { hasText: [{ var: 'credential.disclosures.stackability' }] },
    path: ['credential', 'disclosures', 'stackability'],
  },
});
