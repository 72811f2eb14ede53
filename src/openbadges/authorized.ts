import type { Learner } from '../model/learner-record';
import type { Violation } from '../model/violation';
import type { Pack } from '../engine/types';
import { checkApproval, type ApprovalOption } from '../award/approval';
import { toOpenBadgeCredential, type OpenBadgeAward } from './credential';
import type { AchievementCredential, OpenBadgeAchievement } from './types';

/** Options for {@link toAuthorizedOpenBadgeCredential}: the proposal, and the pack that plans its route. */
export interface AuthorizedOpenBadgeCredentialOptions extends ApprovalOption {
  /** The pack whose route the proposal follows; its `badgeRequiresApproval` clause says whether approval is required. */
  readonly pack: Pack;
  /** The date the route must be approved by, `YYYY-MM-DD`; the date of `award.awardedOn` when left out. */
  readonly asOf?: string;
  /** The id of the credential the achievement describes; when given, the proposal must be for it. */
  readonly credentialId?: string;
}

/** The answer of {@link toAuthorizedOpenBadgeCredential}: the credential, or why it may not be issued. */
export type AuthorizedOpenBadgeCredential =
  | { readonly authorized: true; readonly credential: AchievementCredential; readonly violations: readonly [] }
  | { readonly authorized: false; readonly violations: readonly Violation[] };

/**
 * {@link toOpenBadgeCredential} for a pack whose text lets only approved credentials use its
 * badge (`pack.badgeRequiresApproval`, e.g. Binghamton's "Only programs approved by this policy
 * are authorized to use the Binghamton University badge"): the credential is built only when the
 * proposal's route is approved by the award date. Otherwise the answer is
 * `{ authorized: false, violations }` with `award/route-not-approved` violations (see
 * `checkApproval`), not a throw. A pack without the clause authorizes every award unless
 * `required: true`.
 *
 * @throws the errors of {@link toOpenBadgeCredential} for a malformed `award`, and those of
 *   `checkApproval` for a date the pack does not cover.
 * @example
 * ```ts
 * const issued = toAuthorizedOpenBadgeCredential(achievement, record.learner, { awardedOn: '2026-12-20' }, { proposal, pack: binghamton });
 * if (issued.authorized) await sign(issued.credential);
 * else issued.violations.map((v) => v.messageId); // ['in-progress']
 * ```
 */
export function toAuthorizedOpenBadgeCredential(
  achievement: OpenBadgeAchievement,
  learner: Learner,
  award: OpenBadgeAward,
  options: AuthorizedOpenBadgeCredentialOptions,
): AuthorizedOpenBadgeCredential {
  const credential = toOpenBadgeCredential(achievement, learner, award);
  const asOf = options.asOf ?? credential.awardedDate.slice(0, 10);
  const violations = checkApproval(options, { asOf, pack: options.pack, ...(options.credentialId !== undefined && { credentialId: options.credentialId }) });
  if (violations.length > 0) return { authorized: false, violations };
  return { authorized: true, credential, violations: [] };
}
