import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/workplace-alignment',
  title: 'Aligns to competencies the workplace or a post-graduate degree requires',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      'Proposed micro-credentials must align to competencies required for learners to be successful in the workplace and/or in a post-graduate degree.',
  },
  description:
    'The credential names the competencies it aligns to (credential.competencies) and the proposal explains how they are those learners need in the workplace or in a post-graduate degree (rationale.postGraduateAlignment).',
  reading:
    '"Must" makes this an error. A credential that names no competency cannot align to competencies, so the competencies must be named. "And/or" means either the workplace or a post-graduate degree is enough. The pack asks for the explanation; whether it convinces is for Academic and Student Affairs.',
  messages: {
    noCompetencies: 'Name the competencies the credential aligns to (credential.competencies).',
    missing: 'Explain how the competencies prepare learners for the workplace or a post-graduate degree (rationale.postGraduateAlignment).',
  },
  check: (proposal) => {
    const findings: Finding[] = [];
    if (proposal.credential.competencies.length === 0) findings.push({ messageId: 'noCompetencies', path: ['credential', 'competencies'] });
    if (proposal.rationale?.postGraduateAlignment === undefined) findings.push({ messageId: 'missing', path: ['rationale', 'postGraduateAlignment'] });
    return findings;
  },
});
