import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/competency-based',
  title: 'Each competency is evidenced by an outcome',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      'Competencies are discrete sets of knowledge, skills, and abilities. Competency-based micro-credentials signal that a learner has demonstrated the specified knowledge, skills, and abilities at an appropriate level of rigor, aligned to appropriate assessments.',
  },
  description:
    'Each competency the credential names is evidenced by at least one student learning outcome or program outcome (the outcome lists the competency code).',
  reading:
    'The item under "Micro-credentials are:" describes what a competency-based micro-credential signals; it has no "must" or "should", so a gap is information, never an error or a warning. "Aligned to appropriate assessments" is read as a chain: each competency is named by an outcome, and the outcomes carry the assessments; this rule points out a competency no outcome names. That a credential names its competencies at all is checked by fiu/workplace-alignment, whose text says "must align to competencies".',
  messages: {
    notAligned: 'Competency "{code}" is not named by any learning or program outcome; list it in the competencies of the outcome that evidences it.',
  },
  check: (proposal) => {
    const { competencies, learningOutcomes, programOutcomes } = proposal.credential;
    const evidenced = new Set([...learningOutcomes, ...programOutcomes].flatMap((outcome) => outcome.competencies));
    const findings: Finding[] = [];
    competencies.forEach((competency, index) => {
      if (!evidenced.has(competency.code)) {
        findings.push({ messageId: 'notAligned', path: ['credential', 'competencies', index], data: { code: competency.code } });
      }
    });
    return findings;
  },
});
