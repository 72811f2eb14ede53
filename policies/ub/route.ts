import type { Citation, JsonLogic, ReviewsAgainOn, RouteDefinition } from '../../src/index';
import { UB_SECTIONS, UB_SOURCE } from './source';

const forwardToDean: Citation = {
  source: UB_SOURCE,
  section: UB_SECTIONS.step3,
  passage: 'If the proposal is approved, the committee will forward it to the appropriate (undergraduate or graduate) dean for final approval.',
};

const DEAN_STEPS = ['undergraduate-dean', 'graduate-dean', 'designated-dean'];

/** The proposal states no level, so the pack cannot tell which dean gives final approval. */
const NO_LEVEL: JsonLogic = { '!': [{ var: 'credential.level' }] };

const UNKNOWN_DEAN =
  'The proposal states no level (credential.level), so the pack cannot tell which dean gives final approval: the text sends an approved proposal to "the appropriate (undergraduate or graduate) dean". State the level to plan this step (see ub/level-for-final-approval).';

/** The UB text says which proposal the committee reviews again (a revised one it returned), not which changes after an approval do. */
const REVIEWS_AGAIN_NOT_SAID: ReviewsAgainOn = {
  fields: ['/credential'],
  reading: 'The text does not say which changes to an approved proposal send it back to this step (it has the committee review a proposal again only when the committee itself recommended revisions and the unit re-submits it). The pack keeps the default, a change anywhere in the credential (`credential`), which is what the step approved; a change to the case made for it (rationale, market, consultations) or to the approval history does not.',
};

/**
 * UB's route: departmental/decanal approval, the Micro-Credential and Digital Badge Faculty
 * Governance Committee (approve, or recommend revisions the unit makes before re-submitting to
 * the committee), the dean for the credential's level, then badge creation in Credly within
 * four weeks of the dean's final approval.
 */
export const ubRoute: RouteDefinition = {
  steps: [
    {
      id: 'departmental-decanal',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Proposing department/unit and its dean (departmental/decanal approval)',
      reason:
        'A micro-credential needs the same campus-level departmental/decanal approval as a traditional degree program. Every proposal, badges included, is forwarded for university-level review only "once proper signatures are obtained"; the pack reads those signatures as this same departmental/decanal sign-off.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.definitions,
        passage: 'Any proposed micro-credential will require the same campus-level departmental/decanal approval process as traditional degree programs.',
      },
    },
    {
      id: 'faculty-governance-committee',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Micro-Credential and Digital Badge Faculty Governance Committee',
      reason:
        'The committee reviews every submitted proposal and approves it or recommends revisions. When it recommends revisions, the proposing department/unit makes the changes and re-submits the proposal to the committee: the text restarts the university-level review, not the departmental/decanal approval, so the step shows `returned` until the committee decides on the revised proposal.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.step3,
        passage:
          'When the proposal is submitted, the Micro-Credential and Digital Badge Faculty Governance Committee will review the proposal and approve it, or recommend revisions. If revisions are recommended, the proposing department/unit should make the suggested changes and re-submit the proposal.',
      },
      after: ['departmental-decanal'],
      revise: { returnsTo: 'faculty-governance-committee' },
    },
    {
      id: 'undergraduate-dean',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Undergraduate dean (final approval)',
      reason: 'The committee forwards an approved undergraduate proposal to the undergraduate dean for final approval.',
      notRequiredReason: 'The credential is not at the undergraduate level.',
      citation: forwardToDean,
      appliesTo: { level: 'undergraduate' },
      undetermined: { when: NO_LEVEL, reason: UNKNOWN_DEAN },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'graduate-dean',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'Graduate dean (final approval)',
      reason: 'The committee forwards an approved graduate proposal to the graduate dean for final approval.',
      notRequiredReason: 'The credential is not at the graduate level.',
      citation: forwardToDean,
      appliesTo: { level: 'graduate' },
      undetermined: { when: NO_LEVEL, reason: UNKNOWN_DEAN },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'designated-dean',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      body: 'The appropriate (undergraduate or graduate) dean the committee forwards a non-degree credential to (final approval)',
      reason:
        'A non-degree credential (UB\'s post-traditional programs for non-degree students) is at neither level, yet the text sends every approved proposal to "the appropriate (undergraduate or graduate) dean" and names no third dean. The choice of the appropriate one is the committee\'s ("the committee will forward it"), so the pack records the final approval as this one step, whichever of the two deans the committee forwards it to.',
      notRequiredReason: 'The credential is at the undergraduate or graduate level, so the dean for that level gives final approval.',
      citation: forwardToDean,
      appliesTo: { level: 'non-degree' },
      undetermined: { when: NO_LEVEL, reason: UNKNOWN_DEAN },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'badge-creation',
      reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
      kind: 'action',
      body: 'Office of the Director of Micro-Credentials and Digital Badges',
      reason:
        'Once the proposal is approved, the proposing department/unit contacts the Director of Micro-Credentials and Digital Badges to develop the badge, which is placed into Credly to be issued. UB asks proposers to allow up to four weeks "from the date your proposal is approved": the proposal is approved at the dean\'s final approval, so the expected date is counted from that decision.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.step4,
        passage:
          'Please allow up to four weeks from the date your proposal is approved, for your completed badge design to be input into Credly and ready to be issued.',
      },
      after: DEAN_STEPS,
      expectedWithin: { weeks: 4, from: DEAN_STEPS },
    },
  ],
};
