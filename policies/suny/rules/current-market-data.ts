import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/current-market-data',
  title: 'A credential meant for the market cites current market data',
  severity: 'warning',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: "Guiding Principles of SUNY's Micro-Credential Policy",
    passage: '3. Micro-credentials designed to meet market needs should be informed by current data from appropriate markets',
  },
  description:
    'When the proposal says the credential is designed to meet market needs (market.targetsMarketNeeds), it cites data from its market (market.data). Whether the data is current is left to reviewers.',
  reading:
    '"Should be informed by current data" makes this a warning. The text does not say what makes data current, so the pack sets no age limit of its own: it asks that market data be cited, and leaves its currency to the reviewers.',
  messages: {
    none: 'The credential is designed to meet market needs; cite current data from its market (market.data).',
  },
  check: {
    assert: { or: [{ '!': [{ '===': [{ var: 'market.targetsMarketNeeds' }, true] }] }, { '>': [{ count: [{ var: 'market.data' }] }, 0] }] },
    path: ['market', 'data'],
  },
});
