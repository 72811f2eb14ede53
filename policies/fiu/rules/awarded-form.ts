import { defineRule } from '../../../src/engine/define-rule';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/awarded-form',
  title: 'Is awarded in a form the policy names: a digital badge or a micro-certificate',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage: 'Micro-credentials can be awarded in the form of digital badges or micro-certificates.',
  },
  description:
    'Points out a credential whose stated form (credential.form) is neither a badge nor a micro-certificate, e.g. a MOOC or a micro-award.',
  reading:
    '"Can be awarded in the form of" states a possibility, not a requirement: the text names the two forms but does not say a micro-credential must take one of them, nor that a proposal must state its form. So another form is information for Academic and Student Affairs, never an error, and a credential that states no form gets no finding.',
  messages: {
    otherForm: 'The policy names digital badges and micro-certificates as the forms micro-credentials can be awarded in; this one is stated as "{form}".',
  },
  check: (proposal) => {
    const { form } = proposal.credential;
    if (form === undefined || form === 'badge' || form === 'micro-certificate') return undefined;
    return { messageId: 'otherForm', path: ['credential', 'form'], data: { form } };
  },
});
