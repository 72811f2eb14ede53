import * as z from 'zod/mini';
import { describe, withMeta, ExtensionsSchema, IdSchema, IsoDateSchema, LIMITS, listOf, NameSchema, TextSchema, UrlSchema, enumOf } from './common';
import { CredentialSchema, type Credential } from './credential';

/** The proposal file format version this release reads. */
export const SCHEMA_VERSION = 1;

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
export const ApprovalSchema = z.strictObject({
  step: describe(IdSchema, "Id of a step in the pack's approval route."),
  decision: DecisionSchema,
  date: IsoDateSchema,
  note: z.optional(TextSchema),
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
export const WaiverSchema = z.strictObject({
  ruleId: IdSchema,
  justification: TextSchema,
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
export const SupportingDocumentSchema = z.strictObject({
  kind: SupportingDocumentKindSchema,
  title: NameSchema,
  url: z.optional(UrlSchema),
  summary: z.optional(TextSchema),
});

/** A document attached to the proposal. */
export type SupportingDocument = z.infer<typeof SupportingDocumentSchema>;

/** Who is responsible for a duty of running the credential, and how. */
export const DutySchema = z.strictObject({
  owner: describe(NameSchema, 'A role or unit, e.g. "Program director".'),
  plan: z.optional(TextSchema),
});

/**
 * The proposer's implementation duties (Binghamton: establishing criteria, advising
 * students, tracking progress, qualifying instructors, evaluating evidence).
 */
export const ResponsibilitiesSchema = z.strictObject({
  criteria: z.optional(DutySchema),
  advising: z.optional(DutySchema),
  trackingProgress: z.optional(DutySchema),
  qualifyingInstructors: z.optional(DutySchema),
  evaluatingEvidence: z.optional(DutySchema),
  transcripting: z.optional(DutySchema),
});

/** Why the credential should exist, in the proposer's words. */
export const RationaleSchema = z.strictObject({
  purpose: describe(z.optional(TextSchema), 'What the credential is for (UB step 1, question 1).'),
  benefit: describe(z.optional(TextSchema), 'The benefit to learners.'),
  missionAlignment: describe(z.optional(TextSchema), "How it fits the campus mission and strategic goals."),
  postGraduateAlignment: describe(z.optional(TextSchema), 'How it prepares learners for the workplace or a post-graduate degree.'),
  promotionPlan: describe(z.optional(TextSchema), 'How it will be promoted to its audience (UB step 1, question 4).'),
  evidenceOfInterest: describe(z.optional(TextSchema), 'How you know learners want it (UB step 1, question 5).'),
});

/** Evidence that the credential meets a need in the labour market. */
export const MarketSchema = z.strictObject({
  targetsMarketNeeds: describe(z.optional(z.boolean()), 'Whether the credential is designed to meet market needs.'),
  data: listOf(
    z.strictObject({
      source: NameSchema,
      date: describe(z.optional(IsoDateSchema), 'When the data was published or collected.'),
      finding: TextSchema,
      url: z.optional(UrlSchema),
    }),
  ),
  industryStandards: listOf(z.strictObject({ name: NameSchema, body: z.optional(NameSchema), url: z.optional(UrlSchema) })),
  employerEvidence: listOf(
    z.strictObject({
      kind: enumOf(['survey', 'letter', 'advisory-board', 'job-postings', 'interviews', 'other']),
      summary: TextSchema,
      source: z.optional(NameSchema),
      date: z.optional(IsoDateSchema),
    }),
  ),
  partners: listOf(z.strictObject({ name: NameSchema, role: z.optional(NameSchema) })),
});

/**
 * A consultation held while developing the proposal.
 *
 * @example
 * ```ts
 * ConsultationSchema.parse({ with: 'Academic and Student Affairs', topics: ['rigor'], date: '2026-05-04' });
 * ```
 */
export const ConsultationSchema = z.strictObject({
  with: describe(NameSchema, 'The office, body or role consulted.'),
  date: z.optional(IsoDateSchema),
  topics: listOf(enumOf(['rigor', 'design', 'assessment', 'instructional-design', 'badge-design', 'fees', 'other']), 20),
  summary: z.optional(TextSchema),
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
export const ProposalSchema = withMeta(
  z.strictObject({
    $schema: describe(z.optional(z.string().check(z.maxLength(2_000))), 'Path or URL of this JSON Schema, for editors.'),
    schemaVersion: describe(z.literal(SCHEMA_VERSION), 'Proposal format version; 1.'),
    policy: describe(z.optional(IdSchema), 'Id of the policy pack this proposal is written for, e.g. "binghamton".'),
    submittedOn: z.optional(IsoDateSchema),
    proposer: z.optional(
      z.strictObject({
        department: z.optional(NameSchema),
        college: z.optional(NameSchema),
        contactRole: describe(z.optional(NameSchema), 'A role, e.g. "Undergraduate program director"; not a person.'),
      }),
    ),
    credential: CredentialSchema,
    rationale: z.optional(RationaleSchema),
    market: z.optional(MarketSchema),
    consultations: listOf(ConsultationSchema),
    responsibilities: z.optional(ResponsibilitiesSchema),
    supportingDocuments: listOf(SupportingDocumentSchema),
    waivers: listOf(WaiverSchema, LIMITS.history),
    approvals: describe(listOf(ApprovalSchema, LIMITS.history), 'Decisions already taken, in any order; the route sorts them by date.'),
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
