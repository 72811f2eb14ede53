import type { Citation, NotEnforced, ReviewsAgainOn } from '../../src/index';
import { defineBuiltinPack } from '../../src/engine/define-builtin-pack';
import { SOURCE } from './shared';
import assessmentRequirements from './rules/assessment-requirements';
import awardedForm from './rules/awarded-form';
import badgeCompetencyStatement from './rules/badge-competency-statement';
import certificateGoalConsulted from './rules/certificate-goal-consulted';
import competencyBased from './rules/competency-based';
import microCertificateCollection from './rules/micro-certificate-collection';
import partnerRecognition from './rules/partner-recognition';
import pathway from './rules/pathway';
import reflectiveExperience from './rules/reflective-experience';
import rigorConsulted from './rules/rigor-consulted';
import slosAndPos from './rules/slos-and-pos';
import workplaceAlignment from './rules/workplace-alignment';

const asaOversight: Citation = {
  source: SOURCE,
  section: 'ROLES AND RESPONSIBILITIES',
  passage: 'ASA is responsible for the oversight, including planning, approval and awarding of micro-credentials.',
};

// A new course or program traditionally needs the Faculty Senate Curriculum Committee; a new
// workshop, internship or project often does not, so an experience brings the committee in only
// when the proposal says it is with the committee (status pending-approval). A credential
// designed to be stacked together outside Policy 340.350 and the Graduate Transfer Policy goes
// through the same process, when the proposal says so.
const notYetExisting = ['new', 'pending-approval'];
const needsCurriculumApproval = {
  or: [
    { some: [{ var: 'credential.courses' }, { in: [{ var: 'status' }, notYetExisting] }] },
    { some: [{ var: 'credential.programs' }, { in: [{ var: 'status' }, notYetExisting] }] },
    { some: [{ var: 'credential.experiences' }, { '===': [{ var: 'status' }, 'pending-approval'] }] },
    { '===': [{ var: 'stackedOutsideCreditPolicies' }, true] },
  ],
};

const notEnforced: NotEnforced[] = [
  {
    citation: {
      source: SOURCE,
      section: 'POLICY STATEMENT',
      passage:
        'Departments/Colleges/Schools/Centers/Units may develop micro-credentials that document learner achievement in competencies needed for post-graduate success, re-skilling, or up-skilling.',
    },
    reason: '"May develop" grants permission, and the purposes it names (post-graduate success, re-skilling, up-skilling) are not requirements a proposal can meet.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'POLICY STATEMENT',
      passage:
        'If Departments/Colleges/Schools/Centers/Units wish to develop micro-credentials, Academic and Student Affairs will facilitate this process in accordance with the below guidelines.',
    },
    reason: 'A duty of Academic and Student Affairs, not of the proposal; the route shows it as the unit-development step.',
  },
  {
    citation: { source: SOURCE, section: 'POLICY STATEMENT', passage: 'Micro-credentials will be awarded centrally to ensure quality assurance.' },
    reason:
      'Awarding happens for each learner after the micro-credential is approved (checkAward, the Open Badges export), and the text gives it to Academic and Student Affairs; it is not a step of a proposal\'s approval, so the route ends at ASA\'s approval.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'ROLES AND RESPONSIBILITIES',
      passage: 'ASA collaborates with the Office of the Registrar for student micro-credential records to be maintained.',
    },
    reason: 'A duty of Academic and Student Affairs about each learner\'s record after awarding; the proposal has nothing to show for it and the route does not wait for it.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'POLICY STATEMENT',
      passage:
        'Micro-credentials are digital representations of specific competencies that learners develop throughout their coursework or other related educational experiences.',
    },
    reason: 'A description of what micro-credentials are; it sets no requirement.',
  },
  {
    citation: { source: SOURCE, section: 'DEFINITIONS', passage: 'A quality micro-credential must be based in assessment best practices' },
    reason:
      'Whether an assessment follows best practice is for Academic and Student Affairs to judge; what a proposal must include is checked by fiu/assessment-requirements, and the rest of the sentence ("aligned to industry or post-graduate needs, and culminate in a reflective experience") by fiu/workplace-alignment and fiu/reflective-experience.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'DEFINITIONS',
      passage: 'Micro-certificates can be offered to undergraduate and graduate students, as well as to non-enrolled learners.',
    },
    reason: '"Can be offered" permits audiences and obliges nothing, so the audience is not checked.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'SCOPE',
      passage: 'This policy applies to the University Community including faculty, and staff when developing and awarding micro-credentials.',
    },
    reason: 'Says whom the policy binds; there is nothing in a proposal to check.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'REASON FOR POLICY',
      passage:
        'To establish a centralized framework to ensure that micro-credentials maintain an appropriate level of rigor and are consistently awarded according to this policy and related guidelines.',
    },
    reason: 'The purpose of the policy, not a requirement.',
  },
];

/** The text does not say which changes send an approved proposal back to a step of the route. */
const REVIEWS_AGAIN_NOT_SAID: ReviewsAgainOn = {
  fields: ['/credential'],
  reading: 'The text does not say which changes to an approved proposal send it back to this step. The pack keeps the default, a change anywhere in the credential (`credential`), which is what the step approved; a change to the case made for it (rationale, market, consultations) or to the approval history does not.',
};

/**
 * Florida International University's Policy #380.104 "Development and Issuance of
 * Micro-Credentials": the six things a micro-credential is, what digital badges and
 * micro-certificates are, and the route through Academic and Student Affairs. Standalone.
 *
 * @example
 * ```ts
 * import { fiu } from 'microcred/packs';
 * evaluate(proposal, fiu, { asOf: '2026-11-01' }).route?.current; // ['unit-development']
 * ```
 */
export const fiu = defineBuiltinPack({
  id: 'fiu',
  name: 'FIU Policy #380.104: Development and Issuance of Micro-Credentials',
  version: '1.0.0',
  description: [
    'Florida International University\'s policy on micro-credentials: the six things a micro-credential is (competency-based, rigorous, assessed, aligned to industry or post-graduate needs, comprehensive, stackable and portable), what a digital badge and a micro-certificate are, and who develops, approves, awards and records micro-credentials. The pack stands alone; it extends no other pack.',
    '',
    'Severity follows the words of the text. "Must" makes an error: SLOs and POs, alignment to the competencies the workplace or a post-graduate degree requires, the culminating reflective experience, and assessment requirements for a micro-credential aligned to an existing program, course or experience. "Should" and "to the extent possible" make a warning: designed as a pathway, recognised by partners. The rest of the list under "Micro-credentials are:" and the Definitions describe what a micro-credential, a digital badge and a micro-certificate are, or say what "can" be done, so those rules only inform: they never make a proposal non-compliant.',
    '',
    'The policy took effect on 2019-10-14 and was revised on 2020-11-17 and 2024-02-07, so the pack has three effective periods and a date before 2019-10-14 has no policy in force. Only the 2024-02-07 text is among the sources. Proposals judged in the two earlier periods are judged by that same text, and their reports say so: `pack.textApplied` is `2024-02-07` and an info finding `pack/text-not-held` names the revision whose text the pack does not hold, so a finding on an older proposal can be re-checked if the earlier texts turn up.',
    '',
    'The route follows Roles and Responsibilities. The Faculty Senate Curriculum Committee approves first when a program or course the credential is aligned to does not exist yet (status `new` or `pending-approval`), when an experience is waiting for curriculum approval (status `pending-approval`), or when the proposal says the credential is designed to be stacked together outside Policy 340.350 and the Graduate Transfer Policy (`stackedOutsideCreditPolicies: true`). The text says "before the micro-credential can be designed and issued", so that step comes before the unit designs the credential with Academic and Student Affairs. It limits the step to what "would traditionally require approval through the Faculty Senate Curriculum Committee": a new program or course does, but a new workshop, internship or project may not, so a new experience brings the step in only when the proposal marks it `pending-approval`. Whether Policy 340.350 or the Graduate Transfer Policy covers a credential is not something the pack can see, so it goes by what the proposal states and leaves the step out when the proposal says nothing.',
    '',
    'The route ends at the approval of Academic and Student Affairs: awarding and the Registrar\'s records happen for each learner afterwards, so they do not hold an approved proposal open (see Passages not enforced). The policy names no outcome but approval: the two approval steps may also reject, because an approval the policy requires can be withheld; no step returns a proposal for revision, because the text describes no such loop (revisions happen while the unit works with Academic and Student Affairs, where the level of rigor is also determined).',
  ].join('\n'),
  sources: [
    {
      title: 'FIU Policy #380.104 Development and Issuance of Micro-Credentials (Division of Academic & Student Affairs)',
      file: SOURCE,
      revised: '2024-02-07',
    },
  ],
  effective: [
    { revision: '2019-10-14', from: '2019-10-14', textApplied: '2024-02-07', note: 'Initial policy. Its text is not among the sources; judged by the 2024-02-07 text.' },
    { revision: '2020-11-17', from: '2020-11-17', textApplied: '2024-02-07', note: 'First revision. Its text is not among the sources; judged by the 2024-02-07 text.' },
    { revision: '2024-02-07', from: '2024-02-07', note: 'The text in fiu-policy-380.104.md.' },
  ],
  rules: [
    competencyBased,
    rigorConsulted,
    slosAndPos,
    assessmentRequirements,
    workplaceAlignment,
    reflectiveExperience,
    pathway,
    partnerRecognition,
    awardedForm,
    badgeCompetencyStatement,
    microCertificateCollection,
    certificateGoalConsulted,
  ],
  notEnforced,
  route: {
    steps: [
      {
        id: 'curriculum-committee',
        reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
        body: 'Faculty Senate Curriculum Committee',
        reason:
          'A program, course or experience the credential is aligned to does not exist yet and needs curriculum approval, or the credential is designed to be stacked together outside Policy 340.350 and the Graduate Transfer Policy; it must go through the Faculty Senate Curriculum Committee before the micro-credential can be designed and issued.',
        notRequiredReason:
          'Every program and course the credential is aligned to already exists, no experience is waiting for curriculum approval, and the proposal does not say the credential is designed to be stacked together outside Policy 340.350 and the Graduate Transfer Policy.',
        citation: {
          source: SOURCE,
          section: 'ROLES AND RESPONSIBILITIES',
          passage:
            'Micro-credentials aligned to a program, course, or experience that do not yet exist but would traditionally require approval through the Faculty Senate Curriculum Committee, must still follow that approval process before the micro-credential can be designed and issued. This process applies to any micro-credentials that are designed to be stacked together and outside of the scope of Policy 340.350 Credit used to Accelerate Undergraduate Time-to-Degree or the Graduate Transfer Policy.',
        },
        when: needsCurriculumApproval,
        reject: true,
      },
      {
        id: 'unit-development',
        reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
        body: 'The proposing department, college, school, center or unit, with Academic and Student Affairs',
        kind: 'action',
        reason:
          'The unit develops the micro-credential and works with Academic and Student Affairs (ASA), which facilitates its application, assessment and design; the level of rigor is determined in this consultation.',
        citation: {
          source: SOURCE,
          section: 'ROLES AND RESPONSIBILITIES',
          passage:
            'who wish to develop a micro-credential will work with Academic and Student Affairs (ASA) to facilitate the application, assessment, and design process.',
        },
        after: ['curriculum-committee'],
      },
      {
        id: 'asa-approval',
        reviewsAgainOn: REVIEWS_AGAIN_NOT_SAID,
        body: 'Academic and Student Affairs (Academic Programs and Partnerships)',
        reason: 'Academic and Student Affairs approves micro-credentials.',
        citation: asaOversight,
        after: ['unit-development'],
        reject: true,
      },
    ],
  },
});
