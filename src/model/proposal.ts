import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, withMeta, ExtensionsSchema, IdSchema, IsoDateSchema, LIMITS, listOf, NameSchema, TextSchema, UrlSchema, enumOf } from './common';
import { describeInPlace, withMetaInPlace } from './_lib/in-place-meta';
import { CredentialSchema, type Credential } from './credential';
import { BUILTIN_PACK_IDS } from './builtin-ids';

/** The proposal file format version this release reads. */
export const SCHEMA_VERSION = 1;

/**
 * Which revision of a proposal something refers to: a whole number counted up with each
 * revision, or a label (a date, a version, a commit). Revisions are compared for equality
 * only: a decision recorded on a revision other than the proposal's was made on an earlier one.
 *
 * @example
 * ```ts
 * RevisionSchema.parse(3);            // 3
 * RevisionSchema.parse('2026-10-02'); // '2026-10-02'
 * ```
 */
export const RevisionSchema = describeInPlace(
  z.union([z.int().check(z.gte(0), z.lte(1_000_000_000)), IdSchema]),
  'A revision: a whole number counted up with each revision, or a label (letters, digits, ".", "_", "-", "/").',
  [3, '2026-10-02'],
);

/** Which revision of a proposal something refers to (see {@link RevisionSchema}). */
export type Revision = z.infer<typeof RevisionSchema>;

/** Decisions a body can record in a proposal's approval history. */
export const DecisionSchema = enumOf(['approved', 'revisions-requested', 'rejected']);

/** A decision recorded in a proposal's approval history. */
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * One decision already taken on the proposal, by a step of the pack's approval route.
 *
 * @example
 * ```ts
 * ApprovalSchema.parse({ step: 'unit-curriculum', decision: 'approved', date: '2026-09-30' });
 * ```
 */
export const ApprovalSchema = strictObject({
  step: describe(IdSchema, "Id of a step in the pack's approval route."),
  decision: describe(DecisionSchema, 'approved, revisions-requested or rejected.'),
  date: IsoDateSchema,
  revision: describeInPlace(
    z.optional(RevisionSchema),
    "The proposal's revision the decision was made on. A decision on a revision other than the proposal's is reported as made on an earlier revision; left out, the decision is taken to be on the current one.",
  ),
  note: describeInPlace(z.optional(TextSchema), 'Remarks recorded with the decision.'),
});

/** One decision already taken on the proposal. */
export type Approval = z.infer<typeof ApprovalSchema>;

/**
 * A request to waive one rule for this proposal.
 *
 * @example
 * ```ts
 * WaiverSchema.parse({
 *   ruleId: 'binghamton/min-two-courses',
 *   justification: 'The single course is a 6-credit studio',
 *   ownerRole: 'Director, Office of Micro-Credentials',
 *   expires: '2027-06-30',
 * });
 * ```
 */
export const WaiverSchema = strictObject({
  ruleId: describe(IdSchema, 'Id of the rule to waive, e.g. "binghamton/min-two-courses".'),
  justification: describe(TextSchema, 'Why the rule should not apply to this proposal.'),
  ownerRole: describe(NameSchema, 'The role accountable for the waiver (a role, not a person).'),
  expires: IsoDateSchema,
});

/** A request to waive one rule for this proposal. */
export type Waiver = z.infer<typeof WaiverSchema>;

/** Kinds of document attached to a proposal. */
export const SupportingDocumentKindSchema = enumOf([
  'proposal-form',
  'alignment-grid',
  'assessment-plan',
  'curriculum-map',
  'employer-letter',
  'market-study',
  'syllabus',
  'budget',
  'other',
]);

/**
 * A document attached to the proposal.
 *
 * @example
 * ```ts
 * SupportingDocumentSchema.parse({ kind: 'alignment-grid', title: 'SLO alignment grid', url: 'https://example.edu/grid.pdf' });
 * ```
 */
export const SupportingDocumentSchema = strictObject({
  kind: describe(
    SupportingDocumentKindSchema,
    'What the document is: proposal-form, alignment-grid, assessment-plan, curriculum-map, employer-letter, market-study, syllabus, budget or other.',
  ),
  title: describe(NameSchema, "The document's title."),
  url: describeInPlace(z.optional(UrlSchema), 'Where the document can be read.'),
  summary: describeInPlace(z.optional(TextSchema), 'What the document says, in brief.'),
});

/** A document attached to the proposal. */
export type SupportingDocument = z.infer<typeof SupportingDocumentSchema>;

/** Who is responsible for a duty of running the credential, and how. */
export const DutySchema = strictObject({
  owner: describe(NameSchema, 'A role or unit, e.g. "Program director".'),
  plan: describeInPlace(z.optional(TextSchema), 'How the owner carries out the duty.'),
});

/**
 * The proposer's implementation duties (Binghamton: establishing criteria, advising
 * students, tracking progress, qualifying instructors, evaluating evidence).
 */
export const ResponsibilitiesSchema = strictObject({
  criteria: describeInPlace(z.optional(DutySchema), 'Who establishes the criteria for earning the credential.'),
  advising: describeInPlace(z.optional(DutySchema), 'Who advises students.'),
  trackingProgress: describeInPlace(z.optional(DutySchema), "Who tracks students' progress."),
  qualifyingInstructors: describeInPlace(z.optional(DutySchema), 'Who makes sure instructors are qualified.'),
  evaluatingEvidence: describeInPlace(z.optional(DutySchema), 'Who evaluates the evidence students submit.'),
  transcripting: describeInPlace(z.optional(DutySchema), 'Who records completion on the transcript.'),
});

/** Why the credential should exist, in the proposer's words. */
export const RationaleSchema = strictObject({
  purpose: describeInPlace(z.optional(TextSchema), 'What the credential is for (UB step 1, question 1).'),
  benefit: describeInPlace(z.optional(TextSchema), 'The benefit to learners.'),
  missionAlignment: describeInPlace(z.optional(TextSchema), "How it fits the campus mission and strategic goals."),
  postGraduateAlignment: describeInPlace(z.optional(TextSchema), 'How it prepares learners for the workplace or a post-graduate degree.'),
  promotionPlan: describeInPlace(z.optional(TextSchema), 'How it will be promoted to its audience (UB step 1, question 4).'),
  evidenceOfInterest: describeInPlace(z.optional(TextSchema), 'How you know learners want it (UB step 1, question 5).'),
});

/** Evidence that the credential meets a need in the labour market. */
export const MarketSchema = strictObject({
  targetsMarketNeeds: describeInPlace(z.optional(z.boolean()), 'Whether the credential is designed to meet market needs.'),
  data: describeInPlace(
    listOf(
      strictObject({
        source: describe(NameSchema, 'Who published or collected the data.'),
        date: describeInPlace(z.optional(IsoDateSchema), 'When the data was published or collected.'),
        finding: describe(TextSchema, 'What the data shows.'),
        url: describeInPlace(z.optional(UrlSchema), 'Where the data can be read.'),
      }),
    ),
    'Labour-market data the case rests on.',
  ),
  industryStandards: describeInPlace(
    listOf(
      strictObject({
        name: describe(NameSchema, "The standard's name."),
        body: describeInPlace(z.optional(NameSchema), 'The body that maintains the standard.'),
        url: describeInPlace(z.optional(UrlSchema), 'Where the standard can be read.'),
      }),
    ),
    'Industry standards the credential is aligned with.',
  ),
  employerEvidence: describeInPlace(
    listOf(
      strictObject({
        kind: describeInPlace(enumOf(['survey', 'letter', 'advisory-board', 'job-postings', 'interviews', 'other']), 'survey, letter, advisory-board, job-postings, interviews or other.'),
        summary: describe(TextSchema, 'What the evidence shows.'),
        source: describeInPlace(z.optional(NameSchema), 'Who provided the evidence.'),
        date: z.optional(IsoDateSchema),
      }),
    ),
    'Evidence from employers that the credential meets a need.',
  ),
  partners: describeInPlace(
    listOf(strictObject({ name: describe(NameSchema, "The partner's name."), role: describeInPlace(z.optional(NameSchema), 'What the partner does for the credential.') })),
    'Employers and other organisations taking part in the credential.',
  ),
});

/**
 * A consultation held while developing the proposal.
 *
 * @example
 * ```ts
 * ConsultationSchema.parse({ with: 'Academic and Student Affairs', topics: ['rigor'], date: '2026-05-04' });
 * ```
 */
export const ConsultationSchema = strictObject({
  with: describe(NameSchema, 'The office, body or role consulted.'),
  date: z.optional(IsoDateSchema),
  topics: describeInPlace(
    listOf(enumOf(['rigor', 'design', 'assessment', 'instructional-design', 'badge-design', 'fees', 'other']), 20),
    'What was discussed: rigor, design, assessment, instructional-design, badge-design, fees or other.',
  ),
  summary: describeInPlace(z.optional(TextSchema), 'What came of the consultation.'),
});

/** A consultation held while developing the proposal. */
export type Consultation = z.infer<typeof ConsultationSchema>;

/**
 * A proposal file: the credential, the case for it, and where it stands in its approval route.
 *
 * Everything but `schemaVersion` and `credential` is optional in the schema; a policy pack
 * decides what a proposal must contain and reports what is missing as violations.
 *
 * @example
 * ```ts
 * const input = {
 *   schemaVersion: 1,
 *   policy: 'binghamton',
 *   credential: { id: 'x', title: 'Data Storytelling', kind: 'micro-credential', creditBearing: true },
 * };
 * ProposalSchema.safeParse(input).success; // true
 * ```
 */
export const ProposalSchema = withMetaInPlace(
  strictObject({
    $schema: describeInPlace(z.optional(checkedString(z.maxLength(2_000))), 'Path or URL of this JSON Schema, for editors.'),
    schemaVersion: describeInPlace(z.literal(SCHEMA_VERSION), 'Proposal format version; 1.'),
    policy: describeInPlace(
      z.optional(IdSchema),
      `Id of the policy pack this proposal is written for: a built-in pack (${BUILTIN_PACK_IDS.join(', ')}) or your own.`,
      BUILTIN_PACK_IDS,
    ),
    submittedOn: z.optional(IsoDateSchema),
    revision: describeInPlace(
      z.optional(RevisionSchema),
      'Which revision of the proposal this is: a whole number or a label. With it, decisions that record the revision they were made on can be told apart from decisions on earlier revisions.',
    ),
    proposer: describeInPlace(
      z.optional(
        strictObject({
          department: describeInPlace(z.optional(NameSchema), 'The proposing department or unit.'),
          college: describeInPlace(z.optional(NameSchema), 'The college or school it belongs to.'),
          contactRole: describeInPlace(z.optional(NameSchema), 'A role, e.g. "Undergraduate program director"; not a person.'),
        }),
      ),
      'Who proposes the credential: a unit and a contact role.',
    ),
    credential: CredentialSchema,
    rationale: describeInPlace(z.optional(RationaleSchema), "Why the credential should exist, in the proposer's words."),
    market: describeInPlace(z.optional(MarketSchema), 'Evidence that the credential meets a need in the labour market.'),
    consultations: describeInPlace(listOf(ConsultationSchema), 'Consultations held while developing the proposal.'),
    responsibilities: describeInPlace(z.optional(ResponsibilitiesSchema), 'Who carries out the duties of running the credential.'),
    supportingDocuments: describeInPlace(listOf(SupportingDocumentSchema), 'Documents attached to the proposal.'),
    stackedOutsideCreditPolicies: describeInPlace(
      z.optional(z.boolean()),
      'Whether the credential is designed to be stacked together with other micro-credentials outside the campus policies on credit toward a degree (at FIU: Policy 340.350 Credit used to Accelerate Undergraduate Time-to-Degree and the Graduate Transfer Policy). Leaving it out states nothing.',
    ),
    waivers: describeInPlace(listOf(WaiverSchema, LIMITS.history), 'Requests to waive rules for this proposal.'),
    approvals: describeInPlace(listOf(ApprovalSchema, LIMITS.history), 'Decisions already taken, in any order; the route sorts them by date.'),
    extensions: z.optional(ExtensionsSchema),
  }),
  {
    title: 'microcred proposal',
    description: 'A micro-credential, digital badge or micro-certificate proposal, judged by a campus policy pack.',
  },
);

/**
 * A proposal after parsing (defaults filled in). An interface, so editors and the API docs show
 * it by name rather than as the expanded type zod infers.
 *
 * @example
 * ```ts
 * const parsed = parseProposal(input);
 * if (parsed.success) {
 *   const proposal: Proposal = parsed.proposal;
 *   proposal.credential.courses.length;
 * }
 * ```
 */
export interface Proposal extends Omit<z.infer<typeof ProposalSchema>, 'credential'> {
  credential: Credential;
}
/** A proposal as written in a file. */
export type ProposalInput = z.input<typeof ProposalSchema>;
