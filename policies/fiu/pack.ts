import { definePack, type Citation } from '../../src/index';
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

// A new course traditionally needs the Faculty Senate Curriculum Committee; a new workshop,
// internship or project often does not, so an experience brings the committee in only when the
// proposal says it is with the committee (status pending-approval).
const needsCurriculumApproval = {
  or: [
    { some: [{ var: 'credential.courses' }, { in: [{ var: 'status' }, ['new', 'pending-approval']] }] },
    { some: [{ var: 'credential.experiences' }, { '===': [{ var: 'status' }, 'pending-approval'] }] },
  ],
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
export const fiu = definePack({
  id: 'fiu',
  name: 'FIU Policy #380.104: Development and Issuance of Micro-Credentials',
  version: '1.0.0',
  description: [
    'Florida International University\'s policy on micro-credentials: the six things a micro-credential is (competency-based, rigorous, assessed, aligned to industry or post-graduate needs, comprehensive, stackable and portable), what a digital badge and a micro-certificate are, and who develops, approves, awards and records micro-credentials. The pack stands alone; it extends no other pack.',
    '',
    'The policy took effect on 2019-10-14 and was revised on 2020-11-17 and 2024-02-07, so the pack has three effective periods and a date before 2019-10-14 has no policy in force. Only the 2024-02-07 text is among the sources. Proposals judged in the two earlier periods are judged by that same text: the pack enforces nothing its sources do not say, and it has no earlier wording to enforce instead. Reports still name the revision in force, so a finding on an older proposal can be re-checked if the earlier texts turn up.',
    '',
    'Passages with no rule: the Scope, the Reason for Policy and the purposes in the Policy Statement (post-graduate success, re-skilling, up-skilling) state no requirement a proposal can meet; "Micro-certificates can be offered to undergraduate and graduate students, as well as to non-enrolled learners" permits audiences and obliges nothing, so the audience is not checked; and the policy says nothing about fees, costs, credit or disclosures to students, so none of those is checked.',
    '',
    'The route follows Roles and Responsibilities. When a course the credential relies on does not exist yet (status `new` or `pending-approval`), or an experience is waiting for curriculum approval (status `pending-approval`), the Faculty Senate Curriculum Committee approves it first: the text says "before the micro-credential can be designed and issued", so that step comes before the unit designs the credential with Academic and Student Affairs. The text limits the step to what "would traditionally require approval through the Faculty Senate Curriculum Committee": a new course does, but a new workshop, internship or project may not, so a new experience brings the step in only when the proposal marks it `pending-approval`. The text also says "This process applies to any micro-credentials that are designed to be stacked together and outside of the scope of Policy 340.350 ... or the Graduate Transfer Policy"; a proposal cannot show whether those policies cover it, so the pack neither widens nor narrows the curriculum step on that sentence. A new program cannot be shown in a proposal yet, only its courses.',
    '',
    'The policy names no outcome but approval: the two approval steps may also reject, because an approval the policy requires can be withheld; no step returns a proposal for revision, because the text describes no such loop (revisions happen while the unit works with Academic and Student Affairs).',
  ].join('\n'),
  sources: [
    {
      title: 'FIU Policy #380.104 Development and Issuance of Micro-Credentials (Division of Academic & Student Affairs)',
      file: SOURCE,
      revised: '2024-02-07',
    },
  ],
  effective: [
    { revision: '2019-10-14', from: '2019-10-14', note: 'Initial policy. Its text is not among the sources; judged by the 2024-02-07 text.' },
    { revision: '2020-11-17', from: '2020-11-17', note: 'First revision. Its text is not among the sources; judged by the 2024-02-07 text.' },
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
  route: {
    steps: [
      {
        id: 'curriculum-committee',
        body: 'Faculty Senate Curriculum Committee',
        reason:
          'A course or experience the credential relies on does not exist yet and needs curriculum approval; it must go through the Faculty Senate Curriculum Committee before the micro-credential can be designed and issued.',
        notRequiredReason: 'Every course the credential relies on already exists, and no experience is waiting for curriculum approval.',
        citation: {
          source: SOURCE,
          section: 'ROLES AND RESPONSIBILITIES',
          passage:
            'Micro-credentials aligned to a program, course, or experience that do not yet exist but would traditionally require approval through the Faculty Senate Curriculum Committee, must still follow that approval process before the micro-credential can be designed and issued.',
        },
        when: needsCurriculumApproval,
        reject: true,
      },
      {
        id: 'unit-development',
        body: 'The proposing department, college, school, center or unit, with Academic and Student Affairs',
        kind: 'action',
        reason:
          'The unit develops the micro-credential and works with Academic and Student Affairs (ASA), which facilitates its application, assessment and design.',
        citation: {
          source: SOURCE,
          section: 'ROLES AND RESPONSIBILITIES',
          passage:
            'Departments/Colleges/Schools/Centers/Units who wish to develop a micro-credential will work with Academic and Student Affairs (ASA) to facilitate the application, assessment, and design process',
        },
        after: ['curriculum-committee'],
      },
      {
        id: 'asa-approval',
        body: 'Academic and Student Affairs (Academic Programs and Partnerships)',
        reason: 'Academic and Student Affairs approves micro-credentials.',
        citation: asaOversight,
        after: ['unit-development'],
        reject: true,
      },
      {
        id: 'asa-awarding',
        body: 'Academic and Student Affairs (central awarding)',
        kind: 'action',
        reason: 'Micro-credentials are awarded centrally, by Academic and Student Affairs, to ensure quality assurance.',
        citation: {
          source: SOURCE,
          section: 'POLICY STATEMENT',
          passage: 'Micro-credentials will be awarded centrally to ensure quality assurance.',
        },
        after: ['asa-approval'],
      },
      {
        id: 'registrar-records',
        body: 'Office of the Registrar',
        kind: 'notify',
        reason: 'Academic and Student Affairs works with the Office of the Registrar so that student micro-credential records are maintained.',
        citation: {
          source: SOURCE,
          section: 'ROLES AND RESPONSIBILITIES',
          passage: 'ASA collaborates with the Office of the Registrar for student micro-credential records to be maintained.',
        },
        after: ['asa-approval'],
      },
    ],
  },
});
