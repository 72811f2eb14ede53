import { defineRule } from '../../../src/engine/define-rule';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/partner-recognition',
  title: 'Is recognised as valuable by community or industry partners',
  severity: 'warning',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage: 'Micro-credentials should also be recognized as valuable to community and industry partners.',
  },
  description:
    'The proposal names who outside the university recognises the credential: credential.portability.recognizedBy, market.partners or market.employerEvidence.',
  reading:
    '"Should" makes this a warning. The sentence follows "To the extent possible" but is a separate sentence ("should also"), so the pack does not read an exception into it and the rule is not waivable. The definition says "community and/or industry partners", so one partner of either kind is enough.',
  messages: {
    none: 'Name the community or industry partners who recognise the credential (credential.portability.recognizedBy, market.partners or market.employerEvidence).',
  },
  check: {
    assert: {
      or: [
        { '>': [{ count: [{ var: 'credential.portability.recognizedBy' }] }, 0] },
        { '>': [{ count: [{ var: 'market.partners' }] }, 0] },
        { '>': [{ count: [{ var: 'market.employerEvidence' }] }, 0] },
      ],
    },
    path: ['credential', 'portability'],
  },
});
