import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/micro-credential-badge',
  title: 'Earning a micro-credential also awards a digital badge',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage: 
      'Students who earn a micro-credential will receive a notation on their transcript in recognition of the achievement and will also be awarded a digital badge upon completion.',
  },
  description: 'A micro-credential describes the digital badge its earners receive (credential.badge).',
  appliesTo: { kind: 'micro-credential' },
  reading: '"Will also be awarded" states what UB does for every micro-credential, so a micro-credential without a badge is an error.',
  messages: {
    noBadge: 'Describe the digital badge awarded on completion (credential.badge): its issuer, criteria and metadata.',
  },
  check: {
    assert: { '!!': [{ var: 'credential.badge' }] },
    path: ['credential', 'badge'],
  },
});
