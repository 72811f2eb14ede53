import type { Citation, RouteDefinition } from '../../src/index';

const SOURCE = 'binghamton-approved-motion.txt';

const officeCommittee: Citation = {
  source: SOURCE,
  section: 'Approval process',
  passage:
    'A committee of faculty and instructional design professionals will review proposals that have successfully gone through the regular School, College or unit curriculum approval procedures.',
};

const creditBearingReview: Citation = {
  source: SOURCE,
  section: 'Approval process',
  passage:
    'Credit-bearing micro-credentials proceed through an internal approval process involving review by the Graduate Council (if at the graduate level) and the Faculty Senate process for internally approved items (EPPC and FSEC review).',
};

const NON_CREDIT_ENDS_AT_OFFICE = 'Non-credit micro-credentials can be implemented after local unit and Office of Micro-Credential review.';

/**
 * Binghamton's approval route. It replaces SUNY's two generic steps with the bodies the
 * Binghamton text names; the reasons are in `remove`.
 */
export const binghamtonRoute: RouteDefinition = {
  remove: [
    {
      id: 'faculty-governance',
      reason:
        'Binghamton realises SUNY\'s faculty governance requirement through its own review process, "approved by Faculty Governance (Faculty Senate)": the school, college or unit curriculum approval (unit-curriculum), the Office of Micro-Credentials committee of faculty (office-review) and, for credit-bearing credentials, the Graduate Council and the Faculty Senate EPPC and FSEC.',
    },
    {
      id: 'institutional-endorsement',
      reason:
        'Binghamton\'s campus-level approval is the last step of its own route: the Office of Micro-Credentials review for non-credit credentials ("can be implemented after local unit and Office of Micro-Credential review") and the Faculty Senate FSEC review for credit-bearing ones. "Only programs approved by this policy are authorized to use the Binghamton University badge."',
    },
  ],
  steps: [
    {
      id: 'unit-curriculum',
      body: 'School, college or unit curriculum committee',
      reason:
        'Proposals go through the regular school, college or unit curriculum approval procedures before the Office of Micro-Credentials reviews them. The text does not describe this procedure\'s outcomes beyond success, so only approval is recorded.',
      citation: officeCommittee,
    },
    {
      id: 'office-review',
      body: 'Office of Micro-Credentials review committee (faculty and instructional design professionals)',
      reason:
        'A committee of faculty and instructional design professionals reviews every proposal after unit approval. It may request revisions: the Office exists to help develop "strong proposals", and the committee reviews only proposals that "have successfully gone through" unit curriculum approval, so a revised proposal returns to unit-curriculum. It may reject: the review is how "high quality and relevance ... is assured", and "Only programs approved by this policy are authorized to use the Binghamton University badge."',
      citation: officeCommittee,
      after: ['unit-curriculum'],
      revise: { returnsTo: 'unit-curriculum' },
      reject: true,
    },
    {
      id: 'graduate-council',
      body: 'Graduate Council',
      reason:
        'Graduate-level credit-bearing micro-credentials are reviewed by the Graduate Council, after the Office of Micro-Credentials ("Credit-bearing micro-credentials proceed through ..."). The text names the review but not its outcomes, so only approval is recorded.',
      citation: creditBearingReview,
      appliesTo: { creditBearing: true, level: 'graduate' },
      notRequiredReason: 'Only graduate-level credit-bearing micro-credentials go to the Graduate Council.',
      after: ['office-review'],
    },
    {
      id: 'eppc',
      body: 'Faculty Senate EPPC',
      reason:
        'Credit-bearing micro-credentials go through the Faculty Senate process for internally approved items: EPPC review, after the Graduate Council when it applies. The text names the review but not its outcomes, so only approval is recorded.',
      citation: creditBearingReview,
      appliesTo: { creditBearing: true },
      notRequiredReason: NON_CREDIT_ENDS_AT_OFFICE,
      after: ['graduate-council'],
    },
    {
      id: 'fsec',
      body: 'Faculty Senate FSEC',
      reason:
        'Credit-bearing micro-credentials go through the Faculty Senate process for internally approved items: FSEC review, after EPPC (the order the text names them in). The text names the review but not its outcomes, so only approval is recorded.',
      citation: creditBearingReview,
      appliesTo: { creditBearing: true },
      notRequiredReason: NON_CREDIT_ENDS_AT_OFFICE,
      after: ['eppc'],
    },
    {
      id: 'fee-review',
      body: 'Normal fee review process',
      reason:
        'Fees beyond tuition on a credit-bearing micro-credential go through the normal fee review processes. The text does not place this review in the sequence; the pack starts it once the unit has approved the proposal the fee belongs to, runs it beside the Office and Faculty Senate reviews without holding them up, and counts the route complete only when it is done.',
      citation: {
        source: SOURCE,
        section: 'Approval process',
        passage: 'Any additional fees beyond tuition associated with credit-bearing micro-credentials are subject to the normal fee review processes.',
      },
      appliesTo: { creditBearing: true },
      when: { '>': [{ count: [{ var: 'credential.fees' }] }, 0] },
      notRequiredReason:
        'Only fees beyond tuition on a credit-bearing micro-credential go to fee review; a non-credit credential states its fees in the proposal to the Office of Micro-Credentials.',
      after: ['unit-curriculum'],
    },
  ],
};
