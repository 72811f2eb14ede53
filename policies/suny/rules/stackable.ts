import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/stackable',
  title: 'Stacks into a larger award',
  severity: 'warning',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: "Guiding Principles of SUNY's Micro-Credential Policy",
    passage:
      '7. Micro-credentials should be stackable (multiple micro-credentials lead to credit bearing coursework, a more advanced badge or a registered certificate or degree).',
  },
  description: 'The credential names at least one larger award it stacks into: another credential, a registered certificate or a degree.',
  reading: '"Micro-credentials should be stackable" makes this a warning.',
  messages: { none: 'Name what the credential stacks into: a more advanced credential, a registered certificate or a degree (credential.stacksInto).' },
  check: { assert: { '>': [{ count: [{ var: 'credential.stacksInto' }] }, 0] }, path: ['credential', 'stacksInto'] },
});
