import { daysBetween, defineRule } from '../../../src/index';

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
    'When the proposal says the credential is designed to meet market needs (market.targetsMarketNeeds), it cites market data dated within the three years before the evaluation date.',
  reading:
    '"Should" makes this a warning. The text does not define "current"; the pack reads it as dated within three years (1,095 days) of the evaluation date, and undated data as not shown to be current.',
  messages: {
    none: 'The credential is designed to meet market needs; cite current data from its market (market.data).',
    stale: 'The newest market data is dated {newest}, more than three years before {asOf}; cite current data.',
  },
  check: (proposal, { asOf }) => {
    const market = proposal.market;
    if (market?.targetsMarketNeeds !== true) return undefined;
    const dates = market.data.map((d) => d.date).filter((d): d is string => d !== undefined);
    if (market.data.length === 0) return { messageId: 'none', path: ['market', 'data'] };
    const newest = dates.sort().pop();
    const age = newest === undefined ? undefined : daysBetween(newest, asOf);
    if (age === undefined || age > 1095) return { messageId: 'stale', path: ['market', 'data'], data: { newest: newest ?? 'undated', asOf } };
    return undefined;
  },
});
