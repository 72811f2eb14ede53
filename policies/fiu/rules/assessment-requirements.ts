import { defineRule, type Finding } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/assessment-requirements',
  title: 'Every learning and program outcome says how it is assessed',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'ROLES AND RESPONSIBILITIES',
    passage:
      'Micro-credentials aligned to an existing program, course, or experience will be developed by the unit in consultation with ASA and must include appropriate assessment requirements.',
  },
  description: 'Each student learning outcome and each program outcome states its assessment method (assessment.method).',
  reading:
    'The passage names micro-credentials built on an existing program, course or experience, but the definition says every quality micro-credential "must be based in assessment best practices", and a digital badge is linked to learning outcomes "that can be assessed"; so the pack asks it of every proposal. "Must" makes it an error. Whether an assessment is appropriate is for Academic and Student Affairs to judge; the pack checks that one is stated.',
  messages: {
    unassessed: '{kind} {outcome} has no assessment; say how it is assessed (assessment.method).',
  },
  check: (proposal) => {
    const findings: Finding[] = [];
    const lists = [
      ['learningOutcomes', 'Learning outcome'],
      ['programOutcomes', 'Program outcome'],
    ] as const;
    for (const [list, kind] of lists) {
      proposal.credential[list].forEach((outcome, index) => {
        if (outcome.assessment === undefined) {
          findings.push({ messageId: 'unassessed', path: ['credential', list, index, 'assessment'], data: { kind, outcome: outcome.id } });
        }
      });
    }
    return findings;
  },
});
