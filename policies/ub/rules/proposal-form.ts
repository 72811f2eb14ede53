import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/proposal-form',
  title: 'Is submitted on the Micro-Credential/Digital Badge Proposal Form',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step2,
    passage: 'Please use the Micro-Credential/Digital Badge Proposal Form and supplemental Alignment Grid (below) to submit new proposals.',
  },
  description: 'The proposal attaches the completed proposal form (supportingDocuments[].kind: proposal-form).',
  reading:
    '"Please use" names the way new proposals are submitted, with no alternative and no softening word, so a proposal without the form is an error.',
  messages: {
    missing: 'Attach the completed Micro-Credential/Digital Badge Proposal Form (supportingDocuments, kind: proposal-form).',
  },
  check: {
    assert: { some: [{ var: 'supportingDocuments' }, { '===': [{ var: 'kind' }, 'proposal-form'] }] },
    path: ['supportingDocuments'],
  },
});
