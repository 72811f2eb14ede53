import { defineBuiltinPack } from '../../src/engine/define-builtin-pack';
import { suny } from '../suny/pack';
import { binghamtonNotEnforced } from './not-enforced';
import { binghamtonRoute } from './route';
import badgeAssessmentPlan from './rules/badge-assessment-plan';
import badgeWithEvidence from './rules/badge-with-evidence';
import employerEvidence from './rules/employer-evidence';
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
 * the campus approval route, and the clause that only approved programs use the badge.
 *
 * @example
 * ```ts
 * import { binghamton } from 'microcred/packs';
 * evaluate(proposal, binghamton, { asOf: '2026-11-01' }).route?.current; // ['unit-curriculum']
 * ```
 */
export const binghamton = defineBuiltinPack({
  id: 'binghamton',
  name: 'Binghamton University micro-credential policy',
  version: '1.0.0',
  description: [
    "Binghamton University's micro-credential policy, on top of the SUNY baseline (`suny`): every micro-credential relates to a NACE career-readiness competency and results in a digital badge issued on evidence; a credit-bearing one has a maximum size of 12 credits (counted as the most a learner can take, elective groups included), normally at least two courses, and appears on the transcript; a non-credit one states its fees in the proposal; every proposal carries the supporting documentation the policy lists. The route replaces SUNY's two generic steps with Binghamton's own bodies. Only approved programs may use the Binghamton University badge (`badgeRequiresApproval`).",
    '',
    '**Text in force.** `binghamton-approved-motion.txt`: the APPROVED MOTION at its end is the version in force, and the policy text above it is the context the motion was approved with. Where the motion speaks, the pack follows it and cites it (the badge on evidence for both types, the size, the transcript, the review bodies); the text above it is enforced where the motion is silent and the text is firm (NACE, fees, supporting documentation). `binghamton-proposed-policy.txt` is the earlier proposed text, kept as history; it was never in force and no rule is taken from it. Neither text carries a date, so the single effective period (`approved-motion`) has no start date.',
    '',
    '**Severity.** Each rule follows the modality of its words (see "How this pack reads the text"): "maximum size", "must be included" and unhedged statements of what every micro-credential is or includes are errors; "normally" is a warning; what the text describes, permits, or gives someone else to do is not enforced (see "Passages not enforced").',
    '',
    'What the proposed text differs in, and whether it changes a rule:',
    '',
    '- Its purpose list lacks "enhancing professional skills through continuing education". No rule: the pack asks for a stated purpose and does not classify it.',
    '- It says the micro-credentials "will be transcribed" and the unit is responsible "for transcribing"; the approved text says "transcripted" / "transcripting". Read the same way: no change to `binghamton/transcripted`.',
    '- Its NACE link is to nacweb.org (a misspelling); the approved text links naceweb.org. The eight competencies it lists are identical: no change.',
    '- It has no "What is a micro-credential?" section. That section hedges ("generally associated with a digital badge"); the motion, present in both texts, states the badge firmly, so no rule changes.',
    '- It lacks the opening sentences on SUNY\'s directive (competency-based, endorsed by the campus, developed through faculty governance) with the SUNY summary link, and NACE\'s definition of career readiness. These restate what the inherited `suny` rules and the route already cover: no change.',
    '- Its motion is headed PROPOSED MOTION rather than APPROVED MOTION; the words of the motion are the same. (Its "will be determined" reads "will determined" in the approved text, a slip with no effect.)',
    '',
    '**Route.** unit curriculum approval -> Office of Micro-Credentials review committee -> for credit-bearing credentials: Graduate Council (graduate level only) -> Faculty Senate EPPC -> Faculty Senate FSEC. Non-credit credentials end after the Office review. The motion says both types "go through review processes before submission to the Office" and that credit-bearing ones "proceed through the regular internal review process of Graduate Council ... and review by the EPPC and FSEC": the pack reads the review before the Office as the unit curriculum approval and places the Graduate Council, EPPC and FSEC after the Office, in the order the text names them. Fees beyond tuition on a credit-bearing credential go to the normal fee review, which the text does not place: the pack starts it after unit approval, in parallel with the rest. The text gives no review an outcome but success, so every review of the proposal may approve, reject or request revisions alike; a revised proposal returns to the body that asked, except at the Office, whose committee reviews only proposals that "have successfully gone through" unit approval, so it returns to unit-curriculum. A revision loop reopens only the steps on the way back and after: a fee review already done stands. The fee review reviews the fee, not the micro-credential: it may request revisions, not reject.',
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
  ],
  route: binghamtonRoute,
  notEnforced: binghamtonNotEnforced,
  badgeRequiresApproval: {
    citation: {
      source: 'binghamton-approved-motion.txt',
      section: 'There are two types of micro-credentials',
      passage: 'Only programs approved by this policy are authorized to use the Binghamton University badge.',
    },
  },
});
