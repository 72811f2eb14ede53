import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/disclose-transferability',
  title: 'Tells students whether it transfers',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'represented clearly and accurately to students, addressing all associated costs, financial aid, transferability',
  },
  description: 'The proposal states whether the credential (or its credit) transfers to other institutions.',
  reading: 'SUNY presents this as a commitment to students for every micro-credential, so a missing disclosure is an error.',
  messages: { missing: 'State whether the credential or its credit transfers (credential.disclosures.transferability).' },
  check: {
    assert: { hasText: [{ var: 'credential.disclosures.transferability' }] },
    path: ['credential', 'disclosures', 'transferability'],
  },
});
