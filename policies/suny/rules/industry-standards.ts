import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/industry-standards',
  title: 'A credential meant for the market aligns with industry standards',
  severity: 'warning',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: "Guiding Principles of SUNY's Micro-Credential Policy",
    passage: '3. Micro-credentials designed to meet market needs should be informed by current data from appropriate markets and align with relevant industry/sector standards.',
  },
  description: 'When the credential is designed to meet market needs, the proposal names the industry or sector standards it aligns with.',
  reading: '"Should ... align with relevant industry/sector standards" makes this a warning.',
  messages: { none: 'The credential is designed to meet market needs; name the industry or sector standards it aligns with (market.industryStandards).' },
  check: {
    assert: {
      or: [{ '!': [{ '===': [{ var: 'market.targetsMarketNeeds' }, true] }] }, { '>': [{ count: [{ var: 'market.industryStandards' }] }, 0] }],
    },
    path: ['market', 'industryStandards'],
  },
});
