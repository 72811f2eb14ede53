import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/disclose-financial-aid',
  title: 'Tells students about financial aid',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'represented clearly and accurately to students, addressing all associated costs, financial aid',
  },
  description: 'The proposal states whether and how financial aid applies.',
  reading: 'SUNY presents this as a commitment to students for every micro-credential, so a missing disclosure is an error.',
  messages: { missing: 'State whether financial aid applies (credential.disclosures.financialAid).' },
  check: { assert: { hasText: [{ var: 'credential.disclosures.financialAid' }] }, path: ['credential', 'disclosures', 'financialAid'] },
});
