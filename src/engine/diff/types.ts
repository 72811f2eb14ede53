import type { Revision } from '../../model/proposal';
import type { PathSegment, Violation } from '../../model/violation';
import type { Report, Route, StepStatus, Verdict } from '../report-types';

/**
 * Options for {@link diffProposals}.
 *
 * @example
 * ```ts
 * const options: DiffProposalsOptions = { asOf: '2026-11-01' };
 * ```
 */
export interface DiffProposalsOptions {
  /** The date both versions are judged at, `YYYY-MM-DD` (as for {@link evaluate}). */
  readonly asOf: string;
}

/**
 * One field an edit added, removed or changed. List items are matched by identity where they
 * have one (courses by `code`; learning and program outcomes and evidence items by `id`), by
 * position elsewhere; moving an identified item is no change.
 *
 * @example
 * ```ts
 * const change: FieldChange = {
 *   kind: 'changed',
 *   pointer: '/credential/courses/1/credits/value',
 *   path: ['credential', 'courses', 1, 'credits', 'value'],
 *   before: 3,
 *   after: 4,
 * };
 * ```
 */
export interface FieldChange {
  readonly kind: 'added' | 'removed' | 'changed';
  /** Where the field is: in the new version, or in the old one for a removed field. */
  readonly pointer: string;
  readonly path: readonly PathSegment[];
  /** Where the field was in the old version, when an identified list item moved. */
  readonly beforePointer?: string;
  /** The old value (left out for `added`). */
  readonly before?: unknown;
  /** The new value (left out for `removed`). */
  readonly after?: unknown;
}

/**
 * One version as judged: its verdict, counts, revision and where its route stands.
 *
 * @example
 * ```ts
 * const side: DiffSide = { verdict: 'compliant', summary: { errors: 0, warnings: 0, infos: 1 }, route: { state: 'in-progress', current: ['eppc'] } };
 * ```
 */
export interface DiffSide {
  /** `invalid` when the version is not a well-formed proposal (its `schema/...` violations are in the lists). */
  readonly verdict: Verdict;
  /** The proposal's `revision`, when it states one. */
  readonly revision?: Revision;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /**
   * Where the route stands, left out for an invalid version. For the new version it counts
   * only the recorded approvals that still cover it (see {@link ApprovalNotCovering}).
   */
  readonly route?: { readonly state: Route['state']; readonly current: readonly string[] };
}

/**
 * A route step the edit brings in, takes out or leaves undetermined, and the fields it
 * changed that the step's condition (`appliesTo`, `when`, `undetermined.when`) reads.
 *
 * @example
 * ```ts
 * const change: RouteStepChange = {
 *   step: 'graduate-dean',
 *   body: 'Graduate dean (final approval)',
 *   change: 'required',
 *   before: { required: false, status: 'not-required' },
 *   after: { required: true, status: 'pending' },
 *   reason: 'The committee forwards an approved graduate proposal to the graduate dean for final approval.',
 *   because: ['/credential/level'],
 * };
 * ```
 */
export interface RouteStepChange {
  readonly step: string;
  readonly body: string;
  /** What the step is now: `required`, `not-required`, or `undetermined` (the new version does not say enough). */
  readonly change: 'required' | 'not-required' | 'undetermined';
  readonly before: { readonly required: boolean; readonly status: StepStatus };
  readonly after: { readonly required: boolean; readonly status: StepStatus };
  /** Why, as the step states it for the new version. */
  readonly reason: string;
  /** Pointers of the changed fields the step's condition reads (empty when none can be named). */
  readonly because: readonly string[];
}

/**
 * A recorded approval that no longer covers the proposal: it was given before the edit, and
 * the edit changed fields its step reviews again (`reviewsAgainOn`). The step is back on the
 * route in {@link DiffSide.route} of the new version.
 *
 * @example
 * ```ts
 * const stale: ApprovalNotCovering = {
 *   step: 'office-review',
 *   approval: 1,
 *   date: '2026-10-01',
 *   because: ['/credential/description'],
 *   basis: 'reading',
 * };
 * ```
 */
export interface ApprovalNotCovering {
  readonly step: string;
  /** Index of the decision in the new version's `approvals`. */
  readonly approval: number;
  readonly date: string;
  /** The revision the decision recorded, if any. */
  readonly revision?: Revision;
  /** Pointers of the changed fields that send the proposal back to the step. */
  readonly because: readonly string[];
  /**
   * Where the step's `reviewsAgainOn` comes from: a `citation` of the text, a `reading` where
   * the text says nothing, or the `default` (any change to `credential`).
   */
  readonly basis: 'citation' | 'reading' | 'default';
}

/**
 * Violations of the two versions, matched by rule id, message id and place.
 *
 * @example
 * ```ts
 * const { introduced, resolved }: ViolationChanges = diff.violations;
 * introduced.filter((v) => v.severity === 'error').length; // errors the edit brings in
 * ```
 */
export interface ViolationChanges {
  /** In the new version only. */
  readonly introduced: readonly Violation[];
  /** In the old version only (as reported there). */
  readonly resolved: readonly Violation[];
  /** In both (as reported in the new version). */
  readonly unchanged: readonly Violation[];
}

/**
 * What an edit does to a proposal: the fields it changed, the verdict and violations before
 * and after, and the route consequences. Plain data, safe to serialise as JSON; the JSON
 * output of `microcred diff` holds it (docs/schema/diff-output.schema.json).
 *
 * @example
 * ```ts
 * const diff: ProposalDiff = diffProposals(before, after, binghamton, { asOf: '2026-11-01' });
 * diff.changed;                                   // true
 * diff.violations.introduced.map((v) => v.ruleId); // ['binghamton/max-credits']
 * ```
 */
export interface ProposalDiff {
  /** The pack and revision both versions were judged by. */
  readonly pack: Report['pack'];
  readonly asOf: string;
  /** Whether the edit changes anything: a field, a violation, a route step or an approval's cover. */
  readonly changed: boolean;
  readonly before: DiffSide;
  readonly after: DiffSide;
  /** Field changes, ordered by place; empty when either version is not a well-formed proposal. */
  readonly fields: readonly FieldChange[];
  readonly violations: ViolationChanges;
  readonly route: {
    /** Steps that become required, not required or undetermined. */
    readonly steps: readonly RouteStepChange[];
    /** Recorded approvals the edit leaves not covering the proposal. */
    readonly approvalsNotCovering: readonly ApprovalNotCovering[];
  };
  readonly summary: {
    readonly fields: number;
    readonly introduced: { readonly errors: number; readonly warnings: number; readonly infos: number };
    readonly resolved: { readonly errors: number; readonly warnings: number; readonly infos: number };
    readonly routeSteps: number;
    readonly approvalsNotCovering: number;
  };
}
