import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/issuing-institution',
  title: 'Names the issuing institution',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'A SUNY micro-credential is',
    passage: '2. Endorsed by the issuing institution as a whole;',
  },
  description: 'The credential names the institution that issues and endorses it.',
  reading:
    'The endorsement itself is a decision, so it belongs to the approval route (in this pack, the institutional-endorsement step; a campus pack may name its own bodies). What a proposal can show is who that institution is: the rule asks for credential.institution.',
  messages: { missing: 'Name the issuing institution (credential.institution.name).' },
  check: {
    assert: { hasText: [{ var: 'credential.institution.name' }] },
    path: ['credential', 'institution'],
  },
});
