import { defineRule } from '../../../src/index';
import { asaConsultationsOn, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/rigor-consulted',
  title: 'Sets its level of rigor in consultation with Academic and Student Affairs',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      '2. Rigorous: In consultation with Academic and Student Affairs, the appropriate level of rigor will be determined based on the nature of the proposed micro-credential.',
  },
  description:
    'The proposal records a consultation with Academic and Student Affairs (ASA) on rigor (consultations[] with topic "rigor") held by the evaluation date.',
  reading:
    '"Will be determined" states how rigor is set, not a preference, so a proposal without that consultation is an error. A consultation counts when its "with" names Academic and Student Affairs (or ASA) and its topics include "rigor"; one dated after the evaluation date has not happened yet. What level of rigor is appropriate is for ASA to decide, not for the pack.',
  messages: {
    none: 'Record the consultation with Academic and Student Affairs that set the level of rigor (consultations[] with topic "rigor").',
    planned: 'The consultation with Academic and Student Affairs on rigor is dated {date}, after {asOf}; rigor is not set yet.',
  },
  check: (proposal, { asOf }) => {
    const { held, planned } = asaConsultationsOn(proposal.consultations, 'rigor', asOf);
    if (held.length > 0) return undefined;
    const next = planned[0];
    if (next !== undefined) {
      return { messageId: 'planned', path: ['consultations', next, 'date'], data: { date: proposal.consultations[next]!.date, asOf } };
    }
    return { messageId: 'none', path: ['consultations'] };
  },
});
