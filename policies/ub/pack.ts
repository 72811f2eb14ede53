import { defineBuiltinPack } from '../../src/engine/define-builtin-pack';
import alignmentGrid from './rules/alignment-grid';
import audience from './rules/audience';
import badgeMetadata from './rules/badge-metadata';
import badgeNoCredit from './rules/badge-no-credit';
import category from './rules/category';
import directorConsultation from './rules/director-consultation';
import enhancementBadge from './rules/enhancement-badge';
import evidenceOfInterest from './rules/evidence-of-interest';
import levelForFinalApproval from './rules/level-for-final-approval';
import microCredentialCreditBearing from './rules/micro-credential-credit-bearing';
import naceCategory from './rules/nace-category';
import postTraditionalNonDegree from './rules/post-traditional-non-degree';
import promotionPlan from './rules/promotion-plan';
import proposalForm from './rules/proposal-form';
import purpose from './rules/purpose';
import transcriptNotation from './rules/transcript-notation';
import { ubRoute } from './route';
import { UB_NOT_ENFORCED } from './not-enforced';
import { UB_SOURCE } from './source';

/**
 * The University at Buffalo pack: UB's definitions of a micro-credential (credit-bearing,
 * transcripted, badged) and a digital badge (no credit, with issuer, date, criteria and
 * evidence), its four categories, the step-1 questions, the proposal form and alignment grid,
 * and the route through departmental/decanal approval, the Micro-Credential and Digital Badge
 * Faculty Governance Committee (revisions come back to it), the dean for the level and badge
 * creation, expected within four weeks of the dean's final approval.
 *
 * @example
 * ```ts
 * import { ub } from 'microcred/packs';
 * evaluate(proposal, ub, { asOf: '2026-11-01' }).route?.current; // ['departmental-decanal']
 * ```
 */
export const ub = defineBuiltinPack({
  id: 'ub',
  name: 'University at Buffalo micro-credentials and digital badges',
  version: '1.0.0',
  description: [
    'The University at Buffalo page "Micro-Credentials & Digital Badges": what a micro-credential and a digital badge are, the four categories, and the four steps of the proposal process; the pack stands alone (it does not extend `suny`), because the UB page is the policy it implements.',
    '',
    'UB defines two kinds: a micro-credential is a credit-bearing academic program, transcripted and badged; a digital badge carries no credit. The page also uses "micro-credentials" for both together (its four categories include badges), so the proposal process and the step-1 questions apply to both kinds. The page says nothing about micro-certificates: a micro-certificate proposal is judged only by the rules that apply to every kind.',
    '',
    'Severity follows the page\'s own words. Its definitions of the two kinds ("A micro-credential is a credit-bearing academic program", "badges do not carry academic credit") are errors when a proposal contradicts them; "It is highly recommended" (the consultation) and the "Please use" request for the form and grid are warnings; the step-1 questions ("Ensure that you are able to respond"), the descriptions of the four categories and of badge metadata are info at most. Passages the pack leaves out are listed below under "Passages not enforced", with the reason. The page says nothing about fees, course counts or credit limits, so the pack checks none.',
    '',
    '**Route.** Departmental/decanal approval, then the Micro-Credential and Digital Badge Faculty Governance Committee. When the committee recommends revisions, the unit makes them and re-submits the proposal to the committee; departmental/decanal approval is not restarted. The committee forwards an approved proposal to the appropriate (undergraduate or graduate) dean for final approval; while the proposal states no level the dean steps are `undetermined` (see `ub/level-for-final-approval`). Badge creation follows, expected within four weeks of the dean\'s final approval, and the route shows the date and what it was counted from.',
    '',
    'No text of the page contemplates an exception to what it asks, so no rule may be waived.',
    '',
    'The page carries no date, so the single effective period has no start date: the pack is in force for any date. The page names the Director of Micro-Credentials and Digital Badges in person and gives e-mail addresses; the pack names the role and omits both (marked [...] in quoted passages).',
  ].join('\n'),
  sources: [
    {
      title: 'Micro-Credentials & Digital Badges (University at Buffalo)',
      file: UB_SOURCE,
    },
  ],
  effective: [{ revision: 'ub-page', note: 'The source page carries no date.' }],
  rules: [
    microCredentialCreditBearing,
    transcriptNotation,
    badgeNoCredit,
    badgeMetadata,
    category,
    enhancementBadge,
    postTraditionalNonDegree,
    purpose,
    naceCategory,
    audience,
    promotionPlan,
    evidenceOfInterest,
    proposalForm,
    alignmentGrid,
    directorConsultation,
    levelForFinalApproval,
  ],
  notEnforced: UB_NOT_ENFORCED,
  route: ubRoute,
});
