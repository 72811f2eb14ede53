import { definePack } from '../../src/index';
import { suny } from '../suny/pack';
import { binghamtonRoute } from './route';
import badgeAssessmentPlan from './rules/badge-assessment-plan';
import badgeWithEvidence from './rules/badge-with-evidence';
import employerEvidence from './rules/employer-evidence';
import implementationDuties from './rules/implementation-duties';
import levelStated from './rules/level-stated';
import maxCredits from './rules/max-credits';
import minTwoCourses from './rules/min-two-courses';
import naceCompetency from './rules/nace-competency';
import naceLearningObjectives from './rules/nace-learning-objectives';
import nonCreditFees from './rules/non-credit-fees';
import outcomeActivities from './rules/outcome-activities';
import purposeAndBenefit from './rules/purpose-and-benefit';
import transcripted from './rules/transcripted';

/**
 * Binghamton University's micro-credential policy (the approved motion and the policy text
 * above it), on top of the SUNY baseline: NACE competencies, the size and transcript rules for
 * credit-bearing credentials, fees, the supporting documentation a proposal is approved on,
 * the proposer's implementation duties, and the campus approval route.
 *
 * @example
 * ```ts
 * import { binghamton } from 'microcred/packs';
 * evaluate(proposal, binghamton, { asOf: '2026-11-01' }).route?.current; // ['unit-curriculum']
 * ```
 */
export const binghamton = definePack({
  id: 'binghamton',
  name: 'Binghamton University micro-credential policy',
  version: '1.0.0',
  description: [
    "Binghamton University's micro-credential policy, on top of the SUNY baseline (`suny`): every micro-credential relates to a NACE career-readiness competency and results in a digital badge issued on evidence; a credit-bearing one is at most 12 credits, normally at least two courses, and transcripted; a non-credit one states its fees in the proposal; every proposal carries the supporting documentation the policy lists and names who carries the proposing unit's implementation duties. The route replaces SUNY's two generic steps with Binghamton's own bodies.",
    '',
    '**Text in force.** `binghamton-approved-motion.txt`: the policy text and the APPROVED MOTION at its end. The motion is authoritative where it is firmer than the text above it (the badge on evidence applies to non-credit credentials too). `binghamton-proposed-policy.txt` is the earlier proposed text, kept as history; it was never in force and no rule is taken from it. Neither text carries a date, so the single effective period (`approved-motion`) has no start date.',
    '',
    'What the proposed text differs in, and whether it changes a rule:',
    '',
    '- Its purpose list lacks "enhancing professional skills through continuing education". No rule: the pack asks for a stated purpose and does not classify it.',
    '- It says the micro-credentials "will be transcribed" and the unit is responsible "for transcribing"; the approved text says "transcripted" / "transcripting". Read the same way: no change to `binghamton/transcripted` or `binghamton/implementation-duties`.',
    '- Its NACE link is to nacweb.org (a misspelling); the approved text links naceweb.org. The eight competencies it lists are identical: no change.',
    '- It has no "What is a micro-credential?" section. That section hedges ("generally associated with a digital badge"); the body and the motion, present in both texts, state the badge firmly, so no rule changes.',
    '- It lacks the opening sentences on SUNY\'s directive (competency-based, endorsed by the campus, developed through faculty governance) with the SUNY summary link, and NACE\'s definition of career readiness. These restate what the inherited `suny` rules and the route already cover: no change.',
    '- Its motion is headed PROPOSED MOTION rather than APPROVED MOTION; the words of the motion are the same. (Its "will be determined" reads "will determined" in the approved text, a slip with no effect.)',
    '',
    'Not enforced, because the text states no checkable duty: non-credit credentials being "typically smaller"; the Credly Acclaim platform (a vendor, named as the means of issuing); participation of non-matriculated students ("at the discretion of ... the originating units"); the implementation issues left to be "determined after the basic policy is approved".',
    '',
    '**Route.** unit curriculum approval -> Office of Micro-Credentials review committee -> for credit-bearing credentials: Graduate Council (graduate level only) -> Faculty Senate EPPC -> Faculty Senate FSEC. Non-credit credentials end after the Office review. The motion says both types "go through review processes before submission to the Office" and that credit-bearing ones "proceed through" the Graduate Council and Faculty Senate: the pack reads the review before the Office as the unit curriculum approval and places the Graduate Council, EPPC and FSEC after the Office, in the order the text names them. Fees beyond tuition on a credit-bearing credential go to the normal fee review, which the text does not place: the pack starts it after unit approval, in parallel with the rest. Only the Office review may request revisions (the proposal returns to unit curriculum approval) or reject; the text describes no outcome but approval for the other steps.',
  ].join('\n'),
  sources: [
    { title: 'Binghamton University micro-credential policy, with the approved motion (in force)', file: 'binghamton-approved-motion.txt' },
    { title: 'Proposed Binghamton University micro-credential policy (earlier text, history only)', file: 'binghamton-proposed-policy.txt' },
  ],
  effective: [{ revision: 'approved-motion', note: 'The approved motion and the policy text above it; the texts carry no date.' }],
  extends: suny,
  rules: [
    naceCompetency,
    badgeWithEvidence,
    maxCredits,
    minTwoCourses,
    transcripted,
    levelStated,
    nonCreditFees,
    purposeAndBenefit,
    naceLearningObjectives,
    employerEvidence,
    outcomeActivities,
    badgeAssessmentPlan,
    implementationDuties,
  ],
  route: binghamtonRoute,
});
