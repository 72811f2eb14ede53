import { defineRule } from '../../../src/engine/define-rule';
import type { Proposal } from '../../../src/index';
import { SOURCE } from '../shared';

/** Whether the credential lists a program, course or experience that exists already. */
function alignedToExisting(credential: Proposal['credential']): boolean {
  return [credential.programs, credential.courses, credential.experiences].some((list) => list.some((item) => item.status === 'existing'));
}

/** Whether the credential states any assessment: of an outcome, of the reflection, or of submitted evidence. */
function statesAssessment(credential: Proposal['credential']): boolean {
  return (
    credential.learningOutcomes.some((o) => o.assessment !== undefined) ||
    credential.programOutcomes.some((o) => o.assessment !== undefined) ||
    credential.reflection?.assessment !== undefined ||
    credential.evidence?.assessmentPlan !== undefined
  );
}

export default defineRule({
  id: 'fiu/assessment-requirements',
  title: 'A micro-credential aligned to an existing program, course or experience includes assessment requirements',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'ROLES AND RESPONSIBILITIES',
    passage:
      'Micro-credentials aligned to an existing program, course, or experience will be developed by the unit in consultation with ASA and must include appropriate assessment requirements.',
  },
  description:
    'When the credential lists a program, course or experience that already exists (status existing, the default), it states how learners are assessed: an assessment on a learning or program outcome (assessment.method), on the reflective experience (credential.reflection.assessment), or an assessment plan for submitted evidence (credential.evidence.assessmentPlan).',
  reading:
    '"Must include" makes this an error, but only for what the sentence names: micro-credentials "aligned to an existing program, course, or experience". A credential aligned only to ones that do not exist yet goes through the Faculty Senate Curriculum Committee first (the next sentence), and one that lists none is not shown to be aligned to an existing one, so the rule leaves both alone. The text asks for assessment requirements, not one per outcome, so any stated assessment satisfies it; whether the assessments are appropriate is for Academic and Student Affairs to judge.',
  messages: {
    none: 'The credential is aligned to an existing program, course or experience but states no assessment; say how learners are assessed (assessment.method on its learning outcomes).',
  },
  check: (proposal) => {
    const credential = proposal.credential;
    if (!alignedToExisting(credential) || statesAssessment(credential)) return undefined;
    return { messageId: 'none', path: ['credential', 'learningOutcomes'] };
  },
});
