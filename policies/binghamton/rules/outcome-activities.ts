import { defineRule } from '../../../src/engine/define-rule';
import { SUPPORTING_DOCUMENTATION_READING, supportingDocumentation } from '../supporting-documentation';

export default defineRule({
  id: 'binghamton/outcome-activities',
  title: 'Links every learning outcome to learning activities',
  severity: 'error',
  citation: {
    ...supportingDocumentation,
    passage: 'Supporting documentation for proposal approval includes ... clear links between the learning outcomes and learning activities',
  },
  description: 'Each learning outcome names at least one learning activity (course code, experience or activity) that teaches it (activities).',
  reading: `${SUPPORTING_DOCUMENTATION_READING} "Clear links between the learning outcomes and learning activities" is read per outcome: an outcome no activity teaches has no link.`,
  messages: { unlinked: 'Learning outcome {outcome} names no learning activity; list the courses or experiences that teach it (activities).' },
  check: {
    each: 'credential.learningOutcomes',
    assert: { '>': [{ count: [{ var: 'item.activities' }] }, 0] },
    path: ['activities'],
    data: { outcome: { var: 'item.id' } },
  },
});
