import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/alignment-grid',
  title: 'Includes the supplemental Alignment Grid',
  severity: 'warning',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step2,
    passage: 'Please use the Micro-Credential/Digital Badge Proposal Form and supplemental Alignment Grid (below) to submit new proposals.',
  },
  description: 'The proposal attaches the completed alignment grid (supportingDocuments[].kind: alignment-grid).',
  reading:
    '"Please use the ... Proposal Form and supplemental Alignment Grid (below) to submit new proposals" asks for both in one request ("supplemental" says the grid accompanies the form). "Please", with no "must", "required" or "only", reads as strongly as "should", so a proposal without the grid is a warning, as for the form.',
  messages: {
    missing: 'UB asks that new proposals include its supplemental Alignment Grid: attach it Alignment Grid (supportingDocuments, kind: alignment-grid).',
  },
  check: {
    assert: { some: [{ var: 'supportingDocuments' }, { '===': [{ var: 'kind' }, 'alignment-grid'] }] },
    path: ['supportingDocuments'],
  },
});
