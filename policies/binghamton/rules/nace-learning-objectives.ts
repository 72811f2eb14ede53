import { defineRule } from '../../../src/engine/define-rule';
import { policyNaceCode } from '../nace';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/nace-learning-objectives',
  title: 'Articulates learning objectives in NACE terms',
  severity: 'error',
  citation: { ...supportingDocumentation, passage: 'Supporting documentation for proposal approval includes ... articulation of NACE learning objectives' },
  description:
    'At least one learning outcome is linked (learningOutcomes[].competencies) to a NACE competency of the credential that binghamton/nace-competency accepts.',
  reading: `${SUPPORTING_DOCUMENTATION_READING} "NACE learning objectives" is read as learning outcomes tied to NACE competencies: an outcome's competencies hold codes of the credential's competencies, and at least one must be a NACE competency (2017 wording, or a later one through the crosswalk). This is also how the "demonstrated relationship" of binghamton/nace-competency is shown.`,
  messages: {
    unlinked: 'Link at least one learning outcome to one of the credential\'s NACE competencies ({nace}) in learningOutcomes[].competencies.',
    noNace: 'No learning outcome can be tied to NACE: the credential names no NACE competency (see binghamton/nace-competency).',
  },
  check: (proposal, { frameworks }) => {
    const { competencies, learningOutcomes } = proposal.credential;
    const naceCodes = new Set(competencies.filter((ref) => policyNaceCode(ref, frameworks) !== undefined).map((ref) => ref.code));
    if (learningOutcomes.some((outcome) => outcome.competencies.some((code) => naceCodes.has(code)))) return undefined;
    return naceCodes.size > 0
      ? { messageId: 'unlinked', path: ['credential', 'learningOutcomes'], data: { nace: [...naceCodes] } }
      : { messageId: 'noNace', path: ['credential', 'competencies'] };
  },
});
