import type { Decision } from '../model/proposal';
import type { Citation, Violation } from '../model/violation';
import type { StepKind } from './types';

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

/** Where a step stands, from the proposal's approval history. */
export type StepStatus = 'done' | 'current' | 'pending' | 'not-required' | 'returned' | 'rejected';

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
}

/** The approval route for one proposal: stages in order, parallel steps within a stage. */
export interface Route {
  readonly stages: readonly { readonly steps: readonly RouteStep[] }[];
  /** `approved` once every required approval and action is done. */
  readonly state: 'in-progress' | 'approved' | 'rejected';
  /** Ids of the steps that can act now. */
  readonly current: readonly string[];
}

/**
 * The verdict on a proposal: `invalid` when it is not a well-formed proposal (nothing was
 * judged; see its `schema/...` violations), the same word the CLI uses for such a file.
 */
export type Verdict = 'compliant' | 'compliant-with-warnings' | 'non-compliant' | 'invalid';

/** Everything {@link evaluate} found. Plain data: safe to serialise as JSON. */
export interface Report {
  readonly pack: { readonly id: string; readonly version: string; readonly revision: string };
  readonly asOf: string;
  readonly verdict: Verdict;
  readonly violations: readonly Violation[];
  readonly waived: readonly WaivedViolation[];
  /** Left out when the proposal is not well-formed. */
  readonly route?: Route;
  /** Ids of the rules that ran (in force and applicable), in order. */
  readonly checked?: readonly string[];
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly waived: number;
    readonly rulesChecked: number;
  };
}
