import { isIsoDate } from '../dates';
import type { Credential } from '../model/credential';
import type { Learner, LearnerRecord } from '../model/learner-record';
import { InvalidOptionError } from '../engine/errors';
import { UriSchema } from './achievement';
import {
  OPEN_BADGES_CONTEXT,
  OPEN_BADGES_CREDENTIAL_SCHEMA,
  type AchievementCredential,
  type OpenBadgeAchievement,
  type OpenBadgeEvidence,
  type OpenBadgeIdentityObject,
  type OpenBadgeProfile,
  type OpenBadgeResult,
} from './types';

/** The award being recorded: when, and what goes with it. Dates are given by the caller. */
export interface OpenBadgeAward {
  /** When the credential was awarded: `YYYY-MM-DD` (read as midnight UTC) or a date-time with a zone. */
  readonly awardedOn: string;
  /** When the credential becomes valid; `awardedOn` when left out. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  /**
   * The credential's id, a URI. Give one your system can resolve or a `urn:uuid:`; by default
   * `<achievement id>/awards/<learner id>/<awardedOn>`.
   */
  readonly id?: string;
  /** The issuer; the achievement's creator when left out. */
  readonly issuer?: OpenBadgeProfile;
  readonly evidence?: readonly OpenBadgeEvidence[];
  /** Results for the earner; one `Completed` result when left out. */
  readonly result?: readonly OpenBadgeResult[];
  readonly creditsEarned?: number;
  /** The term the achievement was completed in, e.g. "2026-spring". */
  readonly term?: string;
  readonly narrative?: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Builds an unsigned Open Badges 3.0 `AchievementCredential` (W3C Verifiable Credentials 2.0
 * shape: `@context`, `validFrom`, `credentialSubject` with the achievement and its result,
 * `evidence`). The earner is `credentialSubject.id` when their id is a URI (`mailto:`, `did:`,
 * `https:`), and an `identifier` otherwise, with their name when given.
 *
 * The result has no `proof`: signing needs keys and a clock, which a pure library does not
 * hold. Pass it to an {@link OpenBadgeSigner} of your own.
 *
 * @throws {@link InvalidOptionError} for a malformed date or id in `award`.
 * @example
 * ```ts
 * const unsigned = toOpenBadgeCredential(achievement, { id: 'mailto:learner@example.edu' }, {
 *   awardedOn: '2026-05-20',
 *   evidence: openBadgeEvidence(credential, record),
 * });
 * unsigned.validFrom; // '2026-05-20T00:00:00Z'
 * const signed = await mySigner(unsigned);
 * ```
 */
export function toOpenBadgeCredential(achievement: OpenBadgeAchievement, learner: Learner, award: OpenBadgeAward): AchievementCredential {
  const awardedDate = dateTime(award.awardedOn, 'awardedOn');
  const validFrom = award.validFrom === undefined ? awardedDate : dateTime(award.validFrom, 'validFrom');
  const validUntil = award.validUntil === undefined ? undefined : dateTime(award.validUntil, 'validUntil');
  const id = award.id ?? `${achievement.id}/awards/${encodeURIComponent(learner.id)}/${encodeURIComponent(award.awardedOn)}`;
  if (!UriSchema.safeParse(id).success) throw new InvalidOptionError(`award.id must be a URI; got ${JSON.stringify(award.id)}.`);
  const learnerIsUri = UriSchema.safeParse(learner.id).success;
  const identifier: OpenBadgeIdentityObject[] = [];
  if (!learnerIsUri) identifier.push({ type: 'IdentityObject', identityType: 'identifier', identityHash: learner.id, hashed: false });
  if (learner.name) identifier.push({ type: 'IdentityObject', identityType: 'name', identityHash: learner.name, hashed: false });
  return {
    '@context': [...OPEN_BADGES_CONTEXT],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: award.issuer ?? achievement.creator,
    name: achievement.name,
    validFrom,
    ...(validUntil && { validUntil }),
    awardedDate,
    credentialSubject: {
      type: ['AchievementSubject'],
      ...(learnerIsUri && { id: learner.id }),
      ...(identifier.length > 0 && { identifier }),
      achievement,
      result: award.result ?? [{ type: ['Result'], status: 'Completed' }],
      ...(award.creditsEarned !== undefined && { creditsEarned: award.creditsEarned }),
      ...(award.term && { term: award.term }),
      ...(award.narrative && { narrative: award.narrative }),
    },
    ...(award.evidence && award.evidence.length > 0 && { evidence: award.evidence }),
    credentialSchema: [{ id: OPEN_BADGES_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

/**
 * The learner's accepted evidence for a credential as Open Badges `Evidence`: one entry per
 * accepted submission that answers one of the credential's evidence items (submitted by
 * `asOf`, when given), named by the item's description, with the submission's URL as its id.
 *
 * @example
 * ```ts
 * openBadgeEvidence(credential, record, '2026-06-01');
 * // [{ type: ['Evidence'], id: 'https://portfolio.example.edu/d/42', name: 'A published dashboard', genre: 'artifact', narrative: 'Submitted 2026-04-20; accepted on review.' }]
 * ```
 */
export function openBadgeEvidence(credential: Credential, record: LearnerRecord, asOf?: string): OpenBadgeEvidence[] {
  const items = new Map((credential.evidence?.items ?? []).map((item) => [item.id, item]));
  const evidence: OpenBadgeEvidence[] = [];
  for (const entry of record.evidence) {
    const item = items.get(entry.id);
    if (!item || entry.accepted !== true || (asOf !== undefined && entry.submittedOn > asOf)) continue;
    evidence.push({
      type: ['Evidence'],
      ...(entry.url && { id: entry.url }),
      name: item.description,
      genre: item.kind,
      narrative: `Submitted ${entry.submittedOn}; accepted on review${entry.reviewedOn ? ` on ${entry.reviewedOn}` : ''}.`,
    });
  }
  return evidence;
}

function dateTime(value: unknown, field: string): string {
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  if (typeof value === 'string' && DATE_TIME.test(value) && isIsoDate(value.slice(0, 10))) return value;
  throw new InvalidOptionError(`award.${field} must be a date (YYYY-MM-DD) or a date-time with a time zone; got ${JSON.stringify(value)}.`);
}
