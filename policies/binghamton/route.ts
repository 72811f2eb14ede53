import type { Citation, ReviewsAgainOn, RouteDefinition } from '../../src/index';

const SOURCE = 'binghamton-approved-motion.txt';

const officeCommittee: Citation = {
  source: SOURCE,
  section: 'Approval process',
  passage:
    'A committee of faculty and instructional design professionals will review proposals that have successfully gone through the regular School, College or unit curriculum approval procedures.',
};

const motionReview: Citation = {
  source: SOURCE,
  section: 'APPROVED MOTION',
  passage:
    'Credit-bearing micro-credentials proceed through the regular internal review process of Graduate Council for graduate level micro-credentials and review by the EPPC and FSEC of the Faculty Senate.',
};

/**
 * Why every review may approve, reject or ask for revisions. The text gives no review an
 * outcome but success, so the pack treats the reviews alike instead of giving one powers the
 * others lack.
 */
const REVIEW_OUTCOMES =
  'The text names the review and describes no outcome for it but success; a review can also fail, since "Only programs approved by this policy are authorized to use the Binghamton University badge", so the pack records approval, rejection or a request for revisions here as on every other review of the proposal.';

/** Where a revised proposal goes when the text does not say. */
const RETURNS_TO_ITSELF =
  'The text does not say where a revised proposal goes, so it returns to the body that asked for the revisions, which decides again; decisions already taken on other steps stand.';

const NON_CREDIT_ENDS_AT_OFFICE = 'Non-credit micro-credentials can be implemented after local unit and Office of Micro-Credential review.';

/** No Binghamton text says which changes send an approved proposal back to a review. */
const REVIEWS_AGAIN_NOT_SAID: ReviewsAgainOn = {
  fields: ['/credential'],
  reading: 'The text does not say which changes to an approved proposal send it back to this step. The pack keeps the default, a change anywhere in the credential (`credential`), which is what the step approved; a change to the case made for it (rationale, market, consultations) or to the approval history does not.',
};

/** The fee review reviews the fees: a changed fee is one it has not reviewed. */
const FEES_REVIEWED_AGAIN: ReviewsAgainOn = {
  fields: ['/credential/fees'],
  citation: {
    source: SOURCE,
    section: 'Approval process',
    passage: 'Any additional fees beyond tuition associated with credit-bearing micro-credentials are subject to the normal fee review processes.',
  },
  reading: 'What the text makes subject to the fee review is the fees beyond tuition, so a change to them (`credential.fees`) sends the proposal back to it; the text says nothing of other changes, and the fee review does not review the rest of the micro-credential.',
};

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
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'School, college or unit curriculum committee',
      reason:
        `Proposals go through the regular school, college or unit curriculum approval procedures before the Office of Micro-Credentials reviews them ("proposals that have successfully gone through"; the motion: "go through review processes before submission to the Office"). ${REVIEW_OUTCOMES} ${RETURNS_TO_ITSELF}`,
      citation: officeCommittee,
      revise: { returnsTo: 'unit-curriculum' },
      reject: true,
    },
    {
      id: 'office-review',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Office of Micro-Credentials review committee (faculty and instructional design professionals)',
      reason:
        `A committee of faculty and instructional design professionals reviews every proposal after unit approval ("an approval process that involves faculty", the motion). ${REVIEW_OUTCOMES} A revised proposal returns to unit-curriculum: the committee reviews only proposals that "have successfully gone through" the unit curriculum approval procedures, and the revised proposal has not. A fee review already done stands: the revision reopens the unit and Office reviews and the steps after the Office, not the fee review beside them.`,
      citation: officeCommittee,
      after: ['unit-curriculum'],
      revise: { returnsTo: 'unit-curriculum' },
      reject: true,
    },
    {
      id: 'graduate-council',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Graduate Council',
      reason:
        `Graduate-level credit-bearing micro-credentials go through the "regular internal review process of Graduate Council" (the motion; "if at the graduate level" in the text above it). The pack places it after the Office of Micro-Credentials, where the text above the motion puts the internal approval process. ${REVIEW_OUTCOMES} ${RETURNS_TO_ITSELF}`,
      citation: motionReview,
      appliesTo: { creditBearing: true, level: 'graduate' },
      notRequiredReason: 'Only graduate-level credit-bearing micro-credentials go to the Graduate Council ("for graduate level micro-credentials").',
      after: ['office-review'],
      revise: { returnsTo: 'graduate-council' },
      reject: true,
    },
    {
      id: 'eppc',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Faculty Senate EPPC',
      reason:
        `Credit-bearing micro-credentials go through "review by the EPPC and FSEC of the Faculty Senate" (the motion; "the Faculty Senate process for internally approved items" in the text above it): EPPC first, after the Graduate Council when it applies, in the order the text names them. ${REVIEW_OUTCOMES} ${RETURNS_TO_ITSELF}`,
      citation: motionReview,
      appliesTo: { creditBearing: true },
      notRequiredReason: NON_CREDIT_ENDS_AT_OFFICE,
      after: ['graduate-council'],
      revise: { returnsTo: 'eppc' },
      reject: true,
    },
    {
      id: 'fsec',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Faculty Senate FSEC',
      reason:
        `Credit-bearing micro-credentials go through "review by the EPPC and FSEC of the Faculty Senate" (the motion): FSEC after EPPC, the order the text names them in. ${REVIEW_OUTCOMES} ${RETURNS_TO_ITSELF}`,
      citation: motionReview,
      appliesTo: { creditBearing: true },
      notRequiredReason: NON_CREDIT_ENDS_AT_OFFICE,
      after: ['eppc'],
      revise: { returnsTo: 'fsec' },
      reject: true,
    },
    {
      id: 'fee-review',
      reviewsAgainOn: FEES_REVIEWED_AGAIN,
      body: 'Normal fee review process',
      reason:
        'Fees beyond tuition on a credit-bearing micro-credential "are subject to the normal fee review processes". The text does not place this review in the sequence; the pack starts it once the unit has approved the proposal the fee belongs to, runs it beside the Office and Faculty Senate reviews without holding them up, and counts the route complete only when it is done. A revision loop at the Office does not reopen it. It reviews the fee, not the micro-credential, so it cannot reject the proposal; a fee it does not accept is recorded as a request for revisions, which returns to the fee review itself (the text does not say more).',
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
      revise: { returnsTo: 'fee-review' },
    },
  ],
};
