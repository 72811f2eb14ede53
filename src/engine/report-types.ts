import type { Decision } from '../model/proposal';
import type { Citation, Violation } from '../model/violation';
import type { EffectivePeriod, StepKind } from './types';

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** The date to judge at, `YYYY-MM-DD`; selects the policy revision in force. */
  readonly asOf: string;
}

/** A waiver that moved a violation out of the count. */
export interface WaivedViolation extends Violation {
  readonly waiver: {
    readonly justification: string;
    readonly ownerRole: string;
    readonly expires: string;
  };
}

/**
 * Where a step stands, from the proposal's approval history. `returned`: the step asked for
 * revisions and waits for the revised proposal (at an earlier step, or at itself when it takes
 * the re-submission). `undetermined`: the proposal does not say enough to know whether the step
 * applies (its `reason` says what is missing); it holds the route open.
 */
export type StepStatus = 'done' | 'current' | 'pending' | 'not-required' | 'returned' | 'rejected' | 'undetermined';

/** One way a step can decide. */
export interface StepOutcome {
  readonly decision: Decision;
  /** For `revisions-requested`: the step the proposal goes back to. */
  readonly returnsTo?: string;
}

/** A step of the route as it applies to one proposal. */
export interface RouteStep {
  readonly id: string;
  readonly packId: string;
  readonly body: string;
  readonly role?: string;
  readonly kind: StepKind;
  /** Whether the proposal needs the step; `false` too while the step is `undetermined`. */
  readonly required: boolean;
  readonly status: StepStatus;
  /** Why the step applies (or, when not required, why not). */
  readonly reason: string;
  readonly citation: Citation;
  readonly outcomes: readonly StepOutcome[];
  /** Date of the decision that set the status, when there is one. */
  readonly decidedOn?: string;
  /** When the policy's stated duration says the step should be done. */
  readonly expectedBy?: string;
  /**
   * What `expectedBy` was counted from: the step whose decision started the clock, the date of
   * that decision, and the duration the policy gives.
   */
  readonly expectedBasis?: { readonly step: string; readonly decidedOn: string; readonly days?: number; readonly weeks?: number };
}

/** The approval route for one proposal: stages in order, parallel steps within a stage. */
export interface Route {
  readonly stages: readonly { readonly steps: readonly RouteStep[] }[];
  /** `approved` once every required approval and action is done. */
  readonly state: 'in-progress' | 'approved' | 'rejected';
  /**
   * Ids of the steps that act next: every `current` step, and a `returned` step that takes the
   * revised proposal itself once it is re-submitted.
   */
  readonly current: readonly string[];
}

/**
 * The verdict on a proposal: `invalid` when it is not a well-formed proposal (nothing was
 * judged; see its `schema/...` violations), the same word the CLI uses for such a file.
 */
export type Verdict = 'compliant' | 'compliant-with-warnings' | 'non-compliant' | 'invalid';

/**
 * A pack a report was judged by, at the revision in force on `asOf`.
 *
 * @example
 * ```ts
 * const ref: ReportPackRef = { id: 'binghamton', version: '1.0.0', revision: 'approved-motion' };
 * ```
 */
export interface ReportPackRef {
  readonly id: string;
  readonly version: string;
  /** The revision in force on `asOf`. */
  readonly revision: string;
  /**
   * The revision whose text the proposal was judged by, when the pack does not hold the text
   * of `revision` (see {@link EffectivePeriod.textApplied}); left out when they are the same.
   */
  readonly textApplied?: string;
}

/**
 * One of the packs a report was judged by (see {@link Report.packs}), with how many of the
 * report's `checked` rules are its own.
 *
 * @example
 * ```ts
 * const entry: ReportPack = { id: 'eu', version: '1.0.0', revision: '2022-06-16', rulesChecked: 11 };
 * ```
 */
export interface ReportPack extends ReportPackRef {
  /**
   * How many entries of the report's `checked` are this pack's rules: `checked` lists the
   * first pack's rules, then the next pack's, so this count splits it (see `reportSections`).
   */
  readonly rulesChecked: number;
}

/** Everything {@link evaluate} found. Plain data: safe to serialise as JSON. */
export interface Report {
  /** The first pack judged by (the only one, unless `evaluate` was given a list). */
  readonly pack: ReportPackRef;
  /**
   * Every pack the proposal was judged by, in the order given: one entry when judged by one
   * pack. Violations, `checked` and `summary` cover them all; `reportSections` splits the
   * report per pack.
   */
  readonly packs: readonly ReportPack[];
  readonly asOf: string;
  readonly verdict: Verdict;
  readonly violations: readonly Violation[];
  readonly waived: readonly WaivedViolation[];
  /** Left out when the proposal is not well-formed. */
  readonly route?: Route;
  /** Ids of the rules that ran (in force and applicable), in order: the first pack's, then the next pack's. */
  readonly checked?: readonly string[];
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly waived: number;
    readonly rulesChecked: number;
  };
}
