import type { Citation } from '../../src/index';

/** The passage every supporting-documentation rule enforces a part of. */
export const supportingDocumentation: Citation = {
  source: 'binghamton-approved-motion.txt',
  section: 'Implementation issues',
  passage:
    'Supporting documentation for proposal approval includes demonstration of a clear purpose and benefit, articulation of NACE learning objectives, evidence of importance to employers, clear links between the learning outcomes and learning activities and plans for assessment of the learning evidence for the digital badge.',
};

/** Why the supporting-documentation rules are errors. */
export const SUPPORTING_DOCUMENTATION_READING =
  '"Supporting documentation for proposal approval includes" lists what a proposal is approved on. The list is not hedged ("generally", "should"), so a missing item is an error and cannot be waived.';
