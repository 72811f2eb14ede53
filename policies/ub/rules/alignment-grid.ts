import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/alignment-grid',
  title: 'Includes the supplemental Alignment Grid',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step2,
    passage: 'Please use the Micro-Credential/Digital Badge Proposal Form and supplemental Alignment Grid (below) to submit new proposals.',
  },
  description: 'The proposal attaches the completed alignment grid (supportingDocuments[].kind: alignment-grid).',
  reading:
    '"Supplemental" says the grid accompanies the form, not that it is optional: the same sentence asks for both, so a proposal without the grid is an error.',
  messages: {
    missing: 'Attach the supplemental Alignment Grid (supportingDocuments, kind: alignment-grid).',
  },
  check: {
    assert: { some: [{ var: 'supportingDocuments' }, { '===': [{ var: 'kind' }, 'alignment-grid'] }] },
    path: ['supportingDocuments'],
  },
});
