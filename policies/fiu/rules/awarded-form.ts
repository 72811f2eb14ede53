import { defineRule } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/awarded-form',
  title: 'Is awarded as a digital badge or a micro-certificate',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage: 'Micro-credentials can be awarded in the form of digital badges or micro-certificates.',
  },
  description:
    'A digital badge is awarded as a badge and a micro-certificate as a micro-certificate; any other micro-credential states which of the two forms it is awarded in (credential.form).',
  reading:
    '"Can be awarded in the form of" is read as the list of forms FIU awards, as the SUNY pack reads its own list: another form (MOOC, micro-award) is an error. A digital badge or micro-certificate needs no form, its kind says it; a form that contradicts the kind is an error, and so is a plain micro-credential that does not say how it is awarded.',
  messages: {
    missing: 'State whether the micro-credential is awarded as a digital badge or a micro-certificate (credential.form: badge or micro-certificate).',
    notAllowed: 'FIU awards micro-credentials as digital badges or micro-certificates, not as "{form}".',
    contradictsKind: 'A {kind} cannot be awarded as "{form}"; make credential.form and credential.kind agree.',
  },
  check: (proposal) => {
    const { kind, form } = proposal.credential;
    if (form === undefined) return kind === 'micro-credential' ? { messageId: 'missing', path: ['credential', 'form'] } : undefined;
    if (form !== 'badge' && form !== 'micro-certificate') return { messageId: 'notAllowed', path: ['credential', 'form'], data: { form } };
    const implied = kind === 'digital-badge' ? 'badge' : kind === 'micro-certificate' ? 'micro-certificate' : form;
    return implied === form ? undefined : { messageId: 'contradictsKind', path: ['credential', 'form'], data: { kind, form } };
  },
});
