import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'binghamton/non-credit-fees',
  title: 'A non-credit proposal states its fees',
  severity: 'error',
  appliesTo: { creditBearing: false },
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'Approval process',
    passage: 'Fees for non-credit bearing micro-credentials must be included in the proposal submitted to the Office of Micro-Credentials.',
  },
  description: 'The proposal lists the fees of a non-credit credential (credential.fees); an empty list states that there are none.',
  reading:
    '"Must" makes this an error. A proposal states "no fees" with an empty list; leaving credential.fees out states nothing, so it does not comply.',
  messages: { notStated: 'List the fees of the non-credit credential, or an empty list if there are none (credential.fees).' },
  check: { assert: { '!==': [{ var: 'credential.fees' }, null] }, path: ['credential', 'fees'] },
});
