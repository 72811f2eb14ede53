import { defineRule } from '../../../src/index';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/employer-evidence',
  title: 'Shows evidence of importance to employers',
  severity: 'error',
  citation: { ...supportingDocumentation, passage: 'Supporting documentation for proposal approval includes ... evidence of importance to employers' },
  description: 'The proposal cites at least one piece of employer evidence (market.employerEvidence): a survey, letter, advisory board, job postings or interviews.',
  reading: `${SUPPORTING_DOCUMENTATION_READING} General labour-market data (market.data) is about demand, not what employers value, so it does not count by itself; job postings can be cited as employer evidence of kind "job-postings".`,
  messages: { none: 'Cite evidence that the credential matters to employers (market.employerEvidence).' },
  check: { assert: { '>': [{ count: [{ var: 'market.employerEvidence' }] }, 0] }, path: ['market', 'employerEvidence'] },
});
