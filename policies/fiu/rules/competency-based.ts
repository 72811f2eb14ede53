import { defineRule, type Finding } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/competency-based',
  title: 'Names its competencies and aligns each to an outcome',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      '1. Competency-based: Competencies are discrete sets of knowledge, skills, and abilities. Competency-based micro-credentials signal that a learner has demonstrated the specified knowledge, skills, and abilities at an appropriate level of rigor, aligned to appropriate assessments.',
  },
  description:
    'The credential names at least one competency, and each competency is evidenced by at least one student learning outcome or program outcome (the outcome lists the competency code).',
  reading:
    'The list under "Micro-credentials are:" defines a micro-credential at FIU, so a proposal that is not competency-based is not one: an error. "Aligned to appropriate assessments" is read as a chain: each competency is named by an outcome, and each outcome is assessed; this rule checks the first link and fiu/assessment-requirements the second, so one gap is reported once.',
  messages: {
    none: 'Name the competencies the credential certifies (credential.competencies).',
    notAligned: 'Competency "{code}" is not named by any learning or program outcome; list it in the competencies of the outcome that evidences it.',
  },
  check: (proposal) => {
    const { competencies, learningOutcomes, programOutcomes } = proposal.credential;
    if (competencies.length === 0) return { messageId: 'none', path: ['credential', 'competencies'] };
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
