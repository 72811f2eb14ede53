import { defineRule } from '../../../src/engine/define-rule';
import { asaConsultationsOn, AWARDED_AS_MICRO_CERTIFICATE, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/certificate-goal-consulted',
  title: 'A micro-certificate is organised in consultation with Academic and Student Affairs',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage:
      'Micro-certificates can be organized in several different ways based on consultation with Academic and Student Affairs to determine the overall goal of the certificate.',
  },
  description:
    'A credential awarded as a micro-certificate records a consultation with Academic and Student Affairs on its design (consultations[] with topic "design") held by the evaluation date.',
  reading:
    '"Can be organized in several different ways based on consultation" states a possibility and describes how the organisation is arrived at, a step of the process with Academic and Student Affairs; it has no "must" or "should", so the rule only informs. Its subject, the overall goal and organisation of the certificate, is recorded as the consultation topic "design".',
  messages: {
    none: 'Record the consultation with Academic and Student Affairs that set the goal and organisation of the micro-certificate (consultations[] with topic "design").',
  },
  appliesTo: AWARDED_AS_MICRO_CERTIFICATE,
  check: (proposal, { asOf }) => {
    return asaConsultationsOn(proposal.consultations, 'design', asOf).held.length > 0 ? undefined : { messageId: 'none', path: ['consultations'] };
  },
});
