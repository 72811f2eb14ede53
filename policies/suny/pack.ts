import type { Citation, NotEnforced, ReviewsAgainOn } from '../../src/index';
import { defineBuiltinPack } from '../../src/engine/define-builtin-pack';
import allowedForm from './rules/allowed-form';
import competencyBased from './rules/competency-based';
import currentMarketData from './rules/current-market-data';
import discloseCosts from './rules/disclose-costs';
import discloseFinancialAid from './rules/disclose-financial-aid';
import discloseStackability from './rules/disclose-stackability';
import discloseTransferability from './rules/disclose-transferability';
import documentsSkills from './rules/documents-skills';
import industryStandards from './rules/industry-standards';
import learningStandards from './rules/learning-standards';
import missionAlignment from './rules/mission-alignment';
import outcomesAssessed from './rules/outcomes-assessed';
import portable from './rules/portable';
import stackable from './rules/stackable';

const governance: Citation = {
  source: 'suny-micro-credentials.txt',
  section: 'A SUNY micro-credential is',
  passage: '3. Developed through local faculty governance processes;',
};

const SOURCE = 'suny-micro-credentials.txt';
const PRINCIPLES = "Guiding Principles of SUNY's Micro-Credential Policy";
const at = (section: string, passage: string, reason: string): NotEnforced => ({ citation: { source: SOURCE, section, passage }, reason });

const SUNY_NOT_ENFORCED: readonly NotEnforced[] = [
  at(
    'What are Micro-Credentials?',
    'They differ from traditional degrees and certificates in that they are generally offered in shorter or more flexible timespans and tend to be more narrowly focused.',
    'A description with "generally" and "tend to", and no measure: checking it would add a length or scope limit the text does not set.',
  ),
  at('What are Micro-Credentials?', 'Micro-credentials can be offered online, in the classroom, or via a hybrid of both.', '"Can" lists possibilities; any delivery is allowed.'),
  at(
    'Why is SUNY Interested in Micro-Credentials?',
    'One of the most common ways micro-credentials are recognized is via a digital badge that can actually link prospective employers to examples of student work.',
    'A description of common practice, not a requirement.',
  ),
  at(
    'A SUNY micro-credential is',
    '2. Endorsed by the issuing institution as a whole;',
    'The endorsement is a decision, not something a proposal states: it is the institutional-endorsement step of the route (a campus pack names its own bodies). No rule checks a name field in its place.',
  ),
  at(
    'A SUNY micro-credential is',
    'Students can use a SUNY micro-credential to share their expertise to prospective employers, those hiring for internship opportunities, and to other academic institutions.',
    '"Can" describes what students may do with the credential; the documentation it rests on is suny/documents-skills.',
  ),
  at(
    PRINCIPLES,
    '1. Academic quality is paramount for micro-credentials, and faculty governance participation is required.',
    'Faculty governance participation is the faculty-governance step of the route, not a field of the proposal; "academic quality is paramount" is checked through the definition\'s points.',
  ),
  at(PRINCIPLES, '4. Micro-credentials can provide opportunities for industry/education connections and partnerships.', '"Can provide opportunities" describes a possibility; nothing is required.'),
  at(PRINCIPLES, '5. Micro-credentials are inherently more flexible and innovative.', 'A description of what micro-credentials are like; nothing to check.'),
  at(
    'SUNY Micro-Credentialing Policy - Resources',
    'Academic Quality Rubric for Developing Micro-Credentials - This rubric is being circulated in draft form right now',
    'A draft circulated for feedback, "designed to be a tool/checklist to help guide" development: not policy in force.',
  ),
];

/** The text does not say which changes send an approved proposal back to a step of the route. */
const REVIEWS_AGAIN_NOT_SAID: ReviewsAgainOn = {
  fields: ['/credential'],
  reading: 'The text does not say which changes to an approved proposal send it back to this step. The pack keeps the default, a change anywhere in the credential (`credential`), which is what the step approved; a change to the case made for it (rationale, market, consultations) or to the approval history does not.',
};

/**
 * The SUNY-wide baseline: SUNY's definition of a micro-credential, the forms it may take,
 * the disclosures owed to students and the guiding principles that can be checked. SUNY
 * campus packs extend it.
 *
 * @example
 * ```ts
 * import { suny } from 'microcred/packs';
 * evaluate(proposal, suny, { asOf: '2026-11-01' }).verdict;
 * ```
 */
export const suny = defineBuiltinPack({
  id: 'suny',
  name: 'SUNY micro-credential policy (system-wide baseline)',
  version: '1.0.0',
  description: [
    "SUNY's system-wide micro-credential policy as summarised on the SUNY System page \"Micro-Credentials at SUNY\": the four-part definition, the forms a micro-credential may take, the disclosures owed to students, and the guiding principles that a proposal can show it meets. Campus packs (such as `binghamton`) extend this pack and add their own rules and approval steps.",
    '',
    'Severity follows the page\'s own words. The four points of the definition ("A SUNY micro-credential is:", endorsed by the SUNY Trustees) are errors where a proposal can show them; the endorsement and the faculty governance process are decisions, so they are steps of the route rather than rules. Guiding principles that say "should" (market data and industry standards for credentials meant for the market, portability, stackability) are warnings. SUNY\'s commitment to represent each micro-credential clearly to students (costs, financial aid, transferability, stack-ability) is a duty SUNY gives itself, and the forms a micro-credential "can" take and the principle on the campus mission are descriptions: those rules are info. The passages the pack leaves out are listed below under "Passages not enforced", with the reason.',
    '',
    'The page carries no effective date, so the single effective period has no start date: the pack is in force for any date.',
  ].join('\n'),
  sources: [
    {
      title: 'Micro-Credentials at SUNY (SUNY System Administration)',
      file: 'suny-micro-credentials.txt',
      url: 'https://www.suny.edu/academic-affairs/microcredentials/',
    },
  ],
  effective: [{ revision: 'suny-page', note: 'The source page carries no date.' }],
  rules: [
    competencyBased,
    learningStandards,
    outcomesAssessed,
    documentsSkills,
    allowedForm,
    discloseCosts,
    discloseFinancialAid,
    discloseTransferability,
    discloseStackability,
    missionAlignment,
    currentMarketData,
    industryStandards,
    portable,
    stackable,
  ],
  notEnforced: SUNY_NOT_ENFORCED,
  route: {
    steps: [
      {
        id: 'faculty-governance',
        reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
        body: 'Local faculty governance (the campus curriculum process)',
        reason: 'A SUNY micro-credential is developed through local faculty governance processes, and faculty governance participation is required.',
        citation: governance,
      },
      {
        id: 'institutional-endorsement',
        reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
        body: 'The issuing institution (campus-level endorsement)',
        reason: 'A SUNY micro-credential is endorsed by the issuing institution as a whole.',
        citation: {
          source: 'suny-micro-credentials.txt',
          section: 'A SUNY micro-credential is',
          passage: '2. Endorsed by the issuing institution as a whole;',
        },
        after: ['faculty-governance'],
      },
    ],
  },
});
