import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';

export default defineRule({
  id: 'binghamton/badge-with-evidence',
  title: 'Results in a digital badge issued on evidence',
  severity: 'error',
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'APPROVED MOTION',
    passage:
      'both credit-bearing and non-credit micro-credentials result in issuance of a digital badge including evidence of the competencies achieved.',
  },
  description: 'The credential has a digital badge (credential.badge), and the badge is issued only after the earner submits evidence (credential.evidence.required: true).',
  reading:
    'The motion in force says both types "result in issuance of a digital badge including evidence", and the policy text says credit-bearing badges are issued through a platform "which requires submission of evidence that the bearer has attained the learning objectives": no hedge, so an error for credit-bearing and non-credit credentials alike. The introductory "What is a micro-credential?" section says "generally associated with a digital badge", but the motion and the policy body are firmer and govern. The text names Credly Acclaim as the platform; a vendor is an implementation detail, so the platform and issuer are not checked.',
  messages: {
    noBadge: 'Describe the digital badge the credential results in (credential.badge).',
    evidenceNotRequired: 'The badge must be issued on evidence of the competencies achieved; set credential.evidence.required to true and list the evidence.',
  },
  check: (proposal) => {
    const { badge, evidence } = proposal.credential;
    const findings: Finding[] = [];
    if (badge === undefined) findings.push({ messageId: 'noBadge', path: ['credential', 'badge'] });
    if (evidence?.required !== true) findings.push({ messageId: 'evidenceNotRequired', path: ['credential', 'evidence', 'required'] });
    return findings;
  },
});
