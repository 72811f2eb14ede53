import { defineRule } from '../../../src/engine/define-rule';
import { asaConsultationsOn, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/rigor-consulted',
  title: 'Records the consultation with Academic and Student Affairs on rigor',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      'In consultation with Academic and Student Affairs, the appropriate level of rigor will be determined based on the nature of the proposed micro-credential.',
  },
  description:
    'Points out when the proposal records no consultation with Academic and Student Affairs (ASA) on rigor (consultations[] with topic "rigor") held by the evaluation date.',
  reading:
    '"In consultation with Academic and Student Affairs, the appropriate level of rigor will be determined" describes a step of the process, which happens while the unit works with ASA (the route\'s unit-development step); it is not something the proposal must already carry before ASA sees it, and it has no "must" or "should". So the rule only informs: a proposal that records no such consultation yet is told that rigor is still to be determined with ASA. A consultation counts when its "with" names Academic and Student Affairs (or ASA) and its topics include "rigor"; one dated after the evaluation date has not happened yet. What level of rigor is appropriate is for ASA to decide, not for the pack.',
  messages: {
    none: 'The level of rigor is determined in consultation with Academic and Student Affairs; once it is, record that consultation (consultations[] with topic "rigor").',
    planned: 'The consultation with Academic and Student Affairs on rigor is dated {date}, after {asOf}; the level of rigor is still to be determined.',
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
