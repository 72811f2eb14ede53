import { definePack } from '../../src/index';
import alignmentGrid from './rules/alignment-grid';
import audience from './rules/audience';
import badgeMetadata from './rules/badge-metadata';
import badgeNoCredit from './rules/badge-no-credit';
import category from './rules/category';
import directorConsultation from './rules/director-consultation';
import enhancementBadge from './rules/enhancement-badge';
import evidenceOfInterest from './rules/evidence-of-interest';
import microCredentialBadge from './rules/micro-credential-badge';
import microCredentialCreditBearing from './rules/micro-credential-credit-bearing';
import naceCategory from './rules/nace-category';
import postTraditionalNonDegree from './rules/post-traditional-non-degree';
import promotionPlan from './rules/promotion-plan';
import proposalForm from './rules/proposal-form';
import purpose from './rules/purpose';
import transcriptNotation from './rules/transcript-notation';
import { ubRoute } from './route';
import { UB_SOURCE } from './source';

/**
 * The University at Buffalo pack: UB's definitions of a micro-credential (credit-bearing,
 * transcripted, badged) and a digital badge (no credit, with issuer, date, criteria and
 * evidence), its four categories, the step-1 questions, the proposal form and alignment grid,
 * and the route through departmental/decanal approval, the Micro-Credential and Digital Badge
 * Faculty Governance Committee, the dean for the level and badge creation.
 *
 * @example
 * ```ts
 * import { ub } from 'microcred/packs';
 * evaluate(proposal, ub, { asOf: '2026-11-01' }).route?.current; // ['departmental-decanal']
 * ```
 */
export const ub = definePack({
  id: 'ub',
  name: 'University at Buffalo micro-credentials and digital badges',
  version: '1.0.0',
  description: [
    'The University at Buffalo page "Micro-Credentials & Digital Badges": what a micro-credential and a digital badge are, the four categories, and the four steps of the proposal process; the pack stands alone (it does not extend `suny`), because the UB page is the policy it implements.',
    '',
    'UB defines two kinds: a micro-credential is a credit-bearing academic program, transcripted and badged; a digital badge carries no credit. The page also uses "micro-credentials" for both together (its four categories include badges), so the proposal process and the step-1 questions apply to both kinds. The page says nothing about micro-certificates: a micro-certificate proposal is judged only by the rules that apply to every kind.',
    '',
    'Statements the page makes with "may" have no rule: a micro-credential "may stack into" a certificate or degree, academic micro-credentials "may be stackable", university-level badges "may be proposed" for non-credit activities. The page says nothing about fees, course counts or credit limits, so the pack checks none.',
    '',
    'No text of the page contemplates an exception to what it asks, so no rule may be waived.',
    '',
    'The page carries no date, so the single effective period has no start date: the pack is in force for any date. The page names the Director of Micro-Credentials and Digital Badges in person and gives e-mail addresses; the pack names the role and omits both (marked [the] or [...] in quoted passages).',
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
    microCredentialBadge,
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
  ],
  route: ubRoute,
});
