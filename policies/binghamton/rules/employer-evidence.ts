import { defineRule } from '../../../src/engine/define-rule';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/employer-evidence',
  title: 'Shows evidence of importance to employers',
  severity: 'error',
  citation: { ...supportingDocumentation, passage: 'Supporting documentation for proposal approval includes ... evidence of importance to employers' },
  description:
    'The proposal cites at least one piece of evidence that the credential matters to employers: employer evidence (market.employerEvidence: a survey, letter, advisory board, job postings or interviews) or labour-market data (market.data).',
  reading: `${SUPPORTING_DOCUMENTATION_READING} The text asks for "evidence of importance to employers" and names no kind of evidence, so labour-market data on employers' demand (market.data) counts as well as what employers say (market.employerEvidence); the pack does not rank them.`,
  messages: { none: 'Cite evidence that the credential matters to employers (market.employerEvidence or market.data).' },
  check: {
    assert: { or: [{ '>': [{ count: [{ var: 'market.employerEvidence' }] }, 0] }, { '>': [{ count: [{ var: 'market.data' }] }, 0] }] },
    path: ['market', 'employerEvidence'],
  },
});
