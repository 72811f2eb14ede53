import { defineRule } from '../../../src/engine/define-rule';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/pathway',
  title: 'Is designed as a pathway',
  severity: 'warning',
  waivable: true,
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage: 'To the extent possible, micro-credentials should be designed as a pathway.',
  },
  description:
    'The credential names a larger award it stacks into (credential.stacksInto) or, as a micro-certificate, the micro-credentials that lead to it (credential.components).',
  reading:
    '"To the extent possible" and "should" make this a warning, and the text expects cases where it is not possible, so a proposal may ask to waive it. A credential is a pathway when it leads somewhere (stacksInto) or when others lead to it (the components of a micro-certificate).',
  messages: {
    none: 'Design the credential as a pathway: name what it stacks into (credential.stacksInto), or waive this rule and say why it cannot stack.',
  },
  check: {
    assert: {
      or: [{ '>': [{ count: [{ var: 'credential.stacksInto' }] }, 0] }, { '>': [{ count: [{ var: 'credential.components' }] }, 0] }],
    },
    path: ['credential', 'stacksInto'],
  },
});
