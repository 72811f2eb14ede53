import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/disclose-costs',
  title: 'Tells students every associated cost',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'SUNY is committed to ensuring that each micro-credential is represented clearly and accurately to students, addressing all associated costs',
  },
  description: 'The proposal states what students are told about costs (tuition, fees beyond tuition, materials).',
  reading: 'SUNY presents this as a commitment to students for every micro-credential, so a missing disclosure is an error.',
  messages: { missing: 'State what students will pay, including any fees beyond tuition (credential.disclosures.costs).' },
  check: { assert: { hasText: [{ var: 'credential.disclosures.costs' }] }, path: ['credential', 'disclosures', 'costs'] },
});
