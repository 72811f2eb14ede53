import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/allowed-form',
  title: 'Takes one of the forms SUNY names: digital badge, MOOC or micro-award',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'SUNY micro-credentials can take the form of a digital badge, MOOC, or micro-award.',
  },
  description: 'Info when the credential states a form other than the three SUNY names (credential.form). A proposal that states no form gets no finding.',
  reading:
    '"SUNY micro-credentials can take the form of a digital badge, MOOC, or micro-award" says what forms are possible; "can" is not "only", so another form (such as "micro-certificate") is not forbidden: an info note that SUNY names three forms. The text does not ask a proposal to state its form, so a proposal without one gets no finding.',
  messages: {
    notAllowed: 'The form "{form}" is not one of the three SUNY names (digital badge, MOOC, micro-award); check that it is the form meant (credential.form).',
  },
  check: (proposal) => {
    const form = proposal.credential.form;
    if (form === undefined) return undefined;
    if (form !== 'badge' && form !== 'mooc' && form !== 'micro-award') return { messageId: 'notAllowed', path: ['credential', 'form'], data: { form } };
    return undefined;
  },
});
