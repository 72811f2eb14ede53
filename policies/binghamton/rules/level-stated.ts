import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'binghamton/level-stated',
  title: 'A credit-bearing proposal states its level, so the route knows whether the Graduate Council reviews it',
  severity: 'info',
  appliesTo: { creditBearing: true },
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'APPROVED MOTION',
    passage: 'Credit-bearing micro-credentials proceed through the regular internal review process of Graduate Council for graduate level micro-credentials',
  },
  description: 'A credit-bearing proposal states its level (credential.level), which decides whether the Graduate Council reviews it.',
  reading:
    'The text puts credit-bearing credentials "for graduate level micro-credentials" (the motion; "if at the graduate level" above it) before the Graduate Council. That is a condition of the route, not a duty to state the level: the text states none, so this is info, not a warning or an error. Without a level the route cannot tell whether the Graduate Council reviews the proposal and leaves that step out; the finding says so.',
  messages: { missing: 'State the level of the credit-bearing credential (credential.level), so the route can tell whether the Graduate Council reviews it.' },
  check: { assert: { hasText: [{ var: 'credential.level' }] }, path: ['credential', 'level'] },
});
