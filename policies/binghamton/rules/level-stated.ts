import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'binghamton/level-stated',
  title: 'A credit-bearing proposal states its level',
  severity: 'warning',
  appliesTo: { creditBearing: true },
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'Approval process',
    passage: 'Credit-bearing micro-credentials proceed through an internal approval process involving review by the Graduate Council (if at the graduate level)',
  },
  description: 'A credit-bearing proposal states its level (credential.level), which decides whether the Graduate Council reviews it.',
  reading:
    'The text puts graduate-level credit-bearing credentials before the Graduate Council; the pack can only route a proposal that says its level, and without one it leaves the Graduate Council step out. The text states no duty to give the level, so this is a warning, not an error.',
  messages: { missing: 'State the level of the credit-bearing credential (credential.level), so the route can tell whether the Graduate Council reviews it.' },
  check: { assert: { hasText: [{ var: 'credential.level' }] }, path: ['credential', 'level'] },
});
