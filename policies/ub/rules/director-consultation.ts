import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

/** A consultation counts when `with` names the micro-credentials director or office. */
const MICRO_CREDENTIALS_OFFICE = /micro-?credentials?/i;

export default defineRule({
  id: 'ub/director-consultation',
  title: 'Consulted the Director of Micro-Credentials and Digital Badges before submitting',
  severity: 'warning',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step2,
    passage:
      'It is highly recommended that you request a consultation with [...] Director of Micro-Credentials and Digital Badges [...] prior to submitting a proposal.',
  },
  description:
    'The proposal records a consultation with the Director of Micro-Credentials and Digital Badges (consultations[].with naming the micro-credentials director or office), held on or before the submission date when both dates are given.',
  reading:
    '"It is highly recommended that you request a consultation" is a recommendation, not a requirement: a warning, like "should". A consultation counts when its `with` mentions micro-credentials (e.g. "Director of Micro-Credentials and Digital Badges"); an undated consultation, or a proposal without submittedOn, is taken to meet "prior to submitting".',
  messages: {
    none: 'Consider a consultation with the Director of Micro-Credentials and Digital Badges before submitting, and record it (consultations[].with).',
    afterSubmission: 'The consultation with the micro-credentials director is dated {date}, after the proposal was submitted on {submittedOn}; UB recommends consulting before submitting.',
  },
  check: (proposal) => {
    const held = proposal.consultations.flatMap((consultation, index) => (MICRO_CREDENTIALS_OFFICE.test(consultation.with) ? [{ consultation, index }] : []));
    if (held.length === 0) return { messageId: 'none', path: ['consultations'] };
    const submittedOn = proposal.submittedOn;
    if (submittedOn === undefined) return undefined;
    const before = held.some(({ consultation }) => consultation.date === undefined || consultation.date <= submittedOn);
    if (before) return undefined;
    const first = held[0]!;
    return { messageId: 'afterSubmission', path: ['consultations', first.index, 'date'], data: { date: first.consultation.date, submittedOn } };
  },
});
