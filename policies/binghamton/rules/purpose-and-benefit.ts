import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/purpose-and-benefit',
  title: 'Demonstrates a clear purpose and benefit',
  severity: 'error',
  citation: { ...supportingDocumentation, passage: 'Supporting documentation for proposal approval includes demonstration of a clear purpose and benefit' },
  description: 'The proposal states the credential\'s purpose (rationale.purpose) and its benefit to learners (rationale.benefit).',
  reading: `${SUPPORTING_DOCUMENTATION_READING} Whether the purpose is one the policy lists (preparing students for the workforce, helping them stand out to employers, bridging to larger credentials, life-long learning for professionals, continuing education) is for the reviewers; the pack asks that it be stated. The benefit also answers the motion's "Non-credit micro-credentials ... must demonstrate high quality and value added for the recipient"; the quality part is checked by the inherited suny rules on outcomes, assessment and documentation.`,
  messages: {
    noPurpose: 'State the purpose of the credential (rationale.purpose).',
    noBenefit: 'State the benefit to the learners who earn it (rationale.benefit).',
  },
  check: (proposal) => {
    const findings: Finding[] = [];
    if (!proposal.rationale?.purpose) findings.push({ messageId: 'noPurpose', path: ['rationale', 'purpose'] });
    if (!proposal.rationale?.benefit) findings.push({ messageId: 'noBenefit', path: ['rationale', 'benefit'] });
    return findings;
  },
});
