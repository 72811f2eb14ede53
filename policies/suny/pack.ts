import { definePack, type Citation } from '../../src/index';
import allowedForm from './rules/allowed-form';
import competencyBased from './rules/competency-based';
import currentMarketData from './rules/current-market-data';
import discloseCosts from './rules/disclose-costs';
import discloseFinancialAid from './rules/disclose-financial-aid';
import discloseStackability from './rules/disclose-stackability';
import discloseTransferability from './rules/disclose-transferability';
import documentsSkills from './rules/documents-skills';
import industryStandards from './rules/industry-standards';
import issuingInstitution from './rules/issuing-institution';
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
export const suny = definePack({
  id: 'suny',
  name: 'SUNY micro-credential policy (system-wide baseline)',
  version: '1.0.0',
  description: [
    "SUNY's system-wide micro-credential policy as summarised on the SUNY System page \"Micro-Credentials at SUNY\": the four-part definition, the forms a micro-credential may take, the disclosures owed to students, and the guiding principles that a proposal can show it meets. Campus packs (such as `binghamton`) extend this pack and add their own rules and approval steps.",
    '',
    'The SUNY page describes the Academic Quality Rubric as a draft circulated for feedback, so the pack does not enforce it. Guiding principles 4 and 5 (industry connections, flexibility) describe opportunities, not requirements, and have no rule.',
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
    issuingInstitution,
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
  route: {
    steps: [
      {
        id: 'faculty-governance',
        body: 'Local faculty governance (the campus curriculum process)',
        reason: 'A SUNY micro-credential is developed through local faculty governance processes, and faculty governance participation is required.',
        citation: governance,
      },
      {
        id: 'institutional-endorsement',
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
