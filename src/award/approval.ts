import { evaluate } from '../engine/evaluate';
import { InvalidOptionError } from '../engine/errors';
import { formatMessage } from '../engine/format/messages';
import type { Pack } from '../engine/types';
import { toPointer, type PathSegment, type Violation } from '../model/violation';
import { AWARD_MESSAGES } from './messages';

/**
 * The proposal a credential was approved on, for awards under a pack whose text lets only
 * approved credentials use its badge (`pack.badgeRequiresApproval`).
 *
 * @example
 * ```ts
 * const approval: ApprovalOption = { proposal }; // required because the pack has the clause
 * const always: ApprovalOption = { proposal, required: true }; // required with any pack
 * ```
 */
export interface ApprovalOption {
  /** The proposal with its `approvals` history, as read from its file; its route is planned by the pack as of `asOf`. */
  readonly proposal: unknown;
  /**
   * Whether the route must be approved. By default it must when the pack has a
   * `badgeRequiresApproval` clause; `true` requires it with any pack, `false` never.
   */
  readonly required?: boolean;
}

/** Options for {@link checkApproval}. */
export interface CheckApprovalOptions {
  /** The date to judge the route at, `YYYY-MM-DD`: decisions recorded after it do not count yet. */
  readonly asOf: string;
  /** The pack that plans the route, and whose clause says whether approval is required. */
  readonly pack: Pack | undefined;
  /** The id of the credential being awarded; the proposal must be for it. */
  readonly credentialId?: string;
}

/**
 * Whether a credential may be awarded under its pack's badge: when approval is required (see
 * {@link ApprovalOption.required}), the proposal's route, planned by `options.pack` as of
 * `options.asOf`, must be approved. Returns the problems as `award/route-not-approved`
 * violations (message ids `in-progress`, `rejected`, `no-route`, `other-credential`), with the
 * pack's clause as citation and paths rooted at `proposal`; an empty list when the award may go
 * ahead. Never throws on the proposal.
 *
 * @throws {@link InvalidOptionError} when approval is required but no pack is given (the route
 *   cannot be planned), and the errors of `evaluate` for a date the pack does not cover.
 * @example
 * ```ts
 * checkApproval({ proposal }, { asOf: '2026-11-01', pack: binghamton }).map((v) => v.messageId);
 * // ['in-progress'] while the Faculty Senate has not decided
 * ```
 */
export function checkApproval(approval: ApprovalOption, options: CheckApprovalOptions): Violation[] {
  const { pack, asOf } = options;
  const required = approval.required ?? pack?.badgeRequiresApproval !== undefined;
  if (!required) return [];
  if (pack === undefined) throw new InvalidOptionError('approval.required needs a pack: the route of the proposal is planned by the pack.');
  const citation = pack.badgeRequiresApproval?.citation;
  const violation = (messageId: keyof (typeof AWARD_MESSAGES)['award/route-not-approved'], path: PathSegment[], data: Record<string, unknown>): Violation => ({
    ruleId: 'award/route-not-approved',
    packId: pack.badgeRequiresApproval?.by ?? 'microcred',
    severity: 'error',
    messageId,
    message: formatMessage(AWARD_MESSAGES['award/route-not-approved'][messageId], data),
    data,
    path,
    pointer: toPointer(path),
    ...(citation && { citation }),
  });
  const report = evaluate(approval.proposal, pack, { asOf });
  if (report.route === undefined) {
    return [violation('no-route', ['proposal'], { pack: pack.id, problems: report.violations.filter((v) => v.severity === 'error').length })];
  }
  const found: Violation[] = [];
  const proposalCredentialId = (approval.proposal as { credential: { id: string } }).credential.id;
  if (options.credentialId !== undefined && proposalCredentialId !== options.credentialId) {
    found.push(violation('other-credential', ['proposal', 'credential', 'id'], { credentialId: options.credentialId, proposalCredentialId }));
  }
  const steps = report.route.stages.flatMap((stage) => stage.steps);
  if (report.route.state === 'rejected') {
    found.push(violation('rejected', ['proposal', 'approvals'], { pack: pack.id, steps: steps.filter((s) => s.status === 'rejected').map((s) => s.id), asOf }));
  } else if (report.route.state !== 'approved') {
    found.push(violation('in-progress', ['proposal', 'approvals'], { pack: pack.id, current: report.route.current, asOf }));
  }
  return found;
}
