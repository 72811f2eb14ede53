import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/proposal-form',
  title: 'Is submitted on the Micro-Credential/Digital Badge Proposal Form',
  severity: 'warning',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step2,
    passage: 'Please use the Micro-Credential/Digital Badge Proposal Form and supplemental Alignment Grid (below) to submit new proposals.',
  },
  description: 'The proposal attaches the completed proposal form (supportingDocuments[].kind: proposal-form).',
  reading:
    '"Please use ... to submit new proposals" is a request: it names the way to submit, but with "please" and no "must", "required" or "only", in a paragraph whose next instruction says proposals "should be forwarded". The pack reads it as strongly as "should": a proposal without the form is a warning.',
  messages: {
    missing: 'UB asks that new proposals use its form: attach the completed Micro-Credential/Digital Badge Proposal Form (supportingDocuments, kind: proposal-form).',
  },
  check: {
    assert: { some: [{ var: 'supportingDocuments' }, { '===': [{ var: 'kind' }, 'proposal-form'] }] },
    path: ['supportingDocuments'],
  },
});
