import { z } from 'zod';
import { ExtensionsSchema, IdSchema, IsoDateSchema, LIMITS, NameSchema, TextSchema, UrlSchema } from './common';
import { CredentialSchema } from './credential';

/** The proposal file format version this release reads. */
export const SCHEMA_VERSION = 1;

/** Decisions a body can record in a proposal's approval history. */
export const DecisionSchema = z.enum(['approved', 'revisions-requested', 'rejected']);

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
  step: IdSchema.meta({ description: "Id of a step in the pack's approval route." }),
  decision: DecisionSchema,
  date: IsoDateSchema,
  note: TextSchema.optional(),
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
  ownerRole: NameSchema.meta({ description: 'The role accountable for the waiver (a role, not a person).' }),
  expires: IsoDateSchema,
});

/** A request to waive one rule for this proposal. */
export type Waiver = z.infer<typeof WaiverSchema>;

/** Kinds of document attached to a proposal. */
export const SupportingDocumentKindSchema = z.enum([
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
  url: UrlSchema.optional(),
  summary: TextSchema.optional(),
});

/** A document attached to the proposal. */
export type SupportingDocument = z.infer<typeof SupportingDocumentSchema>;

/** Who is responsible for a duty of running the credential, and how. */
export const DutySchema = z.strictObject({
  owner: NameSchema.meta({ description: 'A role or unit, e.g. "Program director".' }),
  plan: TextSchema.optional(),
});

/**
 * The proposer's implementation duties (Binghamton: establishing criteria, advising
 * students, tracking progress, qualifying instructors, evaluating evidence).
 */
export const ResponsibilitiesSchema = z.strictObject({
  criteria: DutySchema.optional(),
  advising: DutySchema.optional(),
  trackingProgress: DutySchema.optional(),
  qualifyingInstructors: DutySchema.optional(),
  evaluatingEvidence: DutySchema.optional(),
  transcripting: DutySchema.optional(),
});

/** Why the credential should exist, in the proposer's words. */
export const RationaleSchema = z.strictObject({
  purpose: TextSchema.optional().meta({ description: 'What the credential is for (UB step 1, question 1).' }),
  benefit: TextSchema.optional().meta({ description: 'The benefit to learners.' }),
  missionAlignment: TextSchema.optional().meta({ description: "How it fits the campus mission and strategic goals." }),
  postGraduateAlignment: TextSchema.optional().meta({ description: 'How it prepares learners for the workplace or a post-graduate degree.' }),
  promotionPlan: TextSchema.optional().meta({ description: 'How it will be promoted to its audience (UB step 1, question 4).' }),
  evidenceOfInterest: TextSchema.optional().meta({ description: 'How you know learners want it (UB step 1, question 5).' }),
});

/** Evidence that the credential meets a need in the labour market. */
export const MarketSchema = z.strictObject({
  targetsMarketNeeds: z.boolean().optional().meta({ description: 'Whether the credential is designed to meet market needs.' }),
  data: z
    .array(
      z.strictObject({
        source: NameSchema,
        date: IsoDateSchema.optional().meta({ description: 'When the data was published or collected.' }),
        finding: TextSchema,
        url: UrlSchema.optional(),
      }),
    )
    .max(LIMITS.list)
    .default([]),
  industryStandards: z
    .array(z.strictObject({ name: NameSchema, body: NameSchema.optional(), url: UrlSchema.optional() }))
    .max(LIMITS.list)
    .default([]),
  employerEvidence: z
    .array(
      z.strictObject({
        kind: z.enum(['survey', 'letter', 'advisory-board', 'job-postings', 'interviews', 'other']),
        summary: TextSchema,
        source: NameSchema.optional(),
        date: IsoDateSchema.optional(),
      }),
    )
    .max(LIMITS.list)
    .default([]),
  partners: z
    .array(z.strictObject({ name: NameSchema, role: NameSchema.optional() }))
    .max(LIMITS.list)
    .default([]),
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
  with: NameSchema.meta({ description: 'The office, body or role consulted.' }),
  date: IsoDateSchema.optional(),
  topics: z
    .array(z.enum(['rigor', 'design', 'assessment', 'instructional-design', 'badge-design', 'fees', 'other']))
    .max(20)
    .default([]),
  summary: TextSchema.optional(),
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
export const ProposalSchema = z
  .strictObject({
    $schema: z.string().max(2_000).optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    schemaVersion: z.literal(SCHEMA_VERSION).meta({ description: 'Proposal format version; 1.' }),
    policy: IdSchema.optional().meta({ description: 'Id of the policy pack this proposal is written for, e.g. "binghamton".' }),
    submittedOn: IsoDateSchema.optional(),
    proposer: z
      .strictObject({
        department: NameSchema.optional(),
        college: NameSchema.optional(),
        contactRole: NameSchema.optional().meta({ description: 'A role, e.g. "Undergraduate program director"; not a person.' }),
      })
      .optional(),
    credential: CredentialSchema,
    rationale: RationaleSchema.optional(),
    market: MarketSchema.optional(),
    consultations: z.array(ConsultationSchema).max(LIMITS.list).default([]),
    responsibilities: ResponsibilitiesSchema.optional(),
    supportingDocuments: z.array(SupportingDocumentSchema).max(LIMITS.list).default([]),
    waivers: z.array(WaiverSchema).max(LIMITS.history).default([]),
    approvals: z.array(ApprovalSchema).max(LIMITS.history).default([]).meta({
      description: 'Decisions already taken, in any order; the route sorts them by date.',
    }),
    extensions: ExtensionsSchema.optional(),
  })
  .meta({
    title: 'microcred proposal',
    description: 'A micro-credential, digital badge or micro-certificate proposal, judged by a campus policy pack.',
  });

/** A proposal after parsing (defaults filled in). */
export type Proposal = z.infer<typeof ProposalSchema>;
/** A proposal as written in a file. */
export type ProposalInput = z.input<typeof ProposalSchema>;
