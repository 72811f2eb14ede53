import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/portable',
  title: 'Explains its value beyond the institution',
  severity: 'warning',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: "Guiding Principles of SUNY's Micro-Credential Policy",
    passage: '6. Micro-credentials should be portable (have value beyond the institution).',
  },
  description: 'The credential states why it has value beyond the institution (credential.portability).',
  reading: '"Micro-credentials should be portable" makes this a warning. The proposal shows portability by saying what value the credential has beyond the institution.',
  messages: { missing: 'Explain what value the credential has beyond the institution (credential.portability.statement).' },
  check: { assert: { hasText: [{ var: 'credential.portability.statement' }] }, path: ['credential', 'portability'] },
});
