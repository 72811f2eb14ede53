import { defineRule } from '../../../src/index';

export default defineRule({
  id: 'suny/allowed-form',
  title: 'Takes the form of a digital badge, MOOC or micro-award',
  severity: 'error',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: 'What are Micro-Credentials?',
    passage: 'SUNY micro-credentials can take the form of a digital badge, MOOC, or micro-award.',
  },
  description: 'The credential states its form, and the form is one SUNY names.',
  reading:
    '"Can take the form of" is read as the list of forms SUNY recognises, so another form (such as "micro-certificate") is an error under the SUNY baseline; a campus pack that allows more forms overrides this rule. A proposal that does not state its form cannot be judged, which is also an error.',
  messages: {
    missing: 'State the form the credential takes: badge, mooc or micro-award (credential.form).',
    notAllowed: 'The form "{form}" is not one SUNY names; use badge, mooc or micro-award.',
  },
  check: (proposal) => {
    const form = proposal.credential.form;
    if (form === undefined) return { messageId: 'missing', path: ['credential'] };
    if (form !== 'badge' && form !== 'mooc' && form !== 'micro-award') return { messageId: 'notAllowed', path: ['credential', 'form'], data: { form } };
    return undefined;
  },
});
