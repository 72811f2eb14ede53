import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import { NameSchema, UrlSchema } from '../model/common';
import type { CredentialInput } from '../model/credential';
import { LearnerSchema, type Learner, type LearnerRecordInput } from '../model/learner-record';
import { OpenBadgeIssuerSchema, profileOf, UriSchema, type OpenBadgeIssuer } from './achievement';
import { ArgumentCheck } from './inputs';
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
  /**
   * The issuer: an Open Badges `Profile` (with `type: ['Profile']`) or an institution as
   * `toOpenBadgeAchievement` takes it (`{ name, url, ... }`), turned into a `Profile`; the
   * achievement's creator when left out.
   */
  readonly issuer?: OpenBadgeProfile | OpenBadgeIssuer;
  readonly evidence?: readonly OpenBadgeEvidence[];
  /** Results for the earner; one `Completed` result when left out. */
  readonly result?: readonly OpenBadgeResult[];
  readonly creditsEarned?: number;
  /** The term the achievement was completed in, e.g. "2026-spring". */
  readonly term?: string;
  readonly narrative?: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ProfileSchema = z.looseObject({
  id: UriSchema,
  type: z.array(z.string()).check(z.refine((type) => type.includes('Profile'), 'Must include "Profile"')),
  name: NameSchema,
  url: z.optional(UrlSchema),
  email: z.optional(z.email()),
});

// What this function reads of an achievement; the rest is carried into the credential as given.
const AchievementSchema = z.looseObject({
  id: UriSchema,
  type: z.array(z.string()).check(z.refine((type) => type.includes('Achievement'), 'Must include "Achievement"')),
  name: NameSchema,
  criteria: z.looseObject({}),
  creator: ProfileSchema,
});

const AwardSchema = z.looseObject({
  awardedOn: z.string(),
  validFrom: z.optional(z.string()),
  validUntil: z.optional(z.string()),
  id: z.optional(z.string()),
  creditsEarned: z.optional(z.number().check(z.gte(0))),
  term: z.optional(z.string()),
  narrative: z.optional(z.string()),
  evidence: z.optional(z.array(z.looseObject({}))),
  result: z.optional(z.array(z.looseObject({}))),
});

/**
 * Builds an unsigned Open Badges 3.0 `AchievementCredential` (W3C Verifiable Credentials 2.0
 * shape: `@context`, `validFrom`, `credentialSubject` with the achievement and its result,
 * `evidence`). The earner is `credentialSubject.id` when their id is a URI (`mailto:`, `did:`,
 * `https:`), and an `identifier` otherwise, with their name when given.
 *
 * The result has no `proof`: signing needs keys and a clock, which a pure library does not
 * hold. Pass it to an {@link OpenBadgeSigner} of your own.
 *
 * @throws {@link InvalidOptionError} when an argument cannot be used: an achievement without a
 * URI id, name, criteria or creator, a learner without an id, or a malformed date, id or
 * issuer in `award`; its `problems` list every one, with paths such as `['award', 'awardedOn']`.
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
export function toOpenBadgeCredential(achievement: OpenBadgeAchievement, learnerInput: Learner, award: OpenBadgeAward): AchievementCredential {
  const check = new ArgumentCheck('toOpenBadgeCredential');
  const checkedAchievement = check.schema(AchievementSchema, achievement, 'achievement');
  const learner = check.schema(LearnerSchema, learnerInput, 'learner');
  const checkedAward = check.schema(AwardSchema, award, 'award');
  const awardedDate = checkedAward && dateTime(check, award.awardedOn, 'awardedOn');
  const validFrom = award?.validFrom === undefined ? awardedDate : dateTime(check, award.validFrom, 'validFrom');
  const validUntil = award?.validUntil === undefined ? undefined : dateTime(check, award.validUntil, 'validUntil');
  const issuer = award?.issuer === undefined ? undefined : issuerOf(check, award.issuer);
  if (checkedAward && award.id !== undefined && !UriSchema.safeParse(award.id).success) check.add(['award', 'id'], 'invalid-uri', `Must be a URI; got ${JSON.stringify(award.id)}.`);
  check.done();
  if (!checkedAchievement || !learner || !awardedDate || !validFrom) return unreachable();
  const id = award.id ?? `${achievement.id}/awards/${encodeURIComponent(learner.id)}/${encodeURIComponent(award.awardedOn)}`;
  if (!UriSchema.safeParse(id).success) {
    check.add(['award', 'id'], 'invalid-uri', `The default id ${JSON.stringify(id)} is not a URI; give award.id.`);
    check.done();
  }
  const learnerIsUri = UriSchema.safeParse(learner.id).success;
  const identifier: OpenBadgeIdentityObject[] = [];
  if (!learnerIsUri) identifier.push({ type: 'IdentityObject', identityType: 'identifier', identityHash: learner.id, hashed: false });
  if (learner.name) identifier.push({ type: 'IdentityObject', identityType: 'name', identityHash: learner.name, hashed: false });
  return {
    '@context': [...OPEN_BADGES_CONTEXT],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: issuer ?? achievement.creator,
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
 * The credential and the record may be raw data or parsed; they are parsed here.
 *
 * @throws {@link InvalidOptionError} when the credential or the record is not well-formed or
 * `asOf` is not a `YYYY-MM-DD` date, listing every problem.
 * @example
 * ```ts
 * openBadgeEvidence(credential, record, '2026-06-01');
 * // [{ type: ['Evidence'], id: 'https://portfolio.example.edu/d/42', name: 'A published dashboard', genre: 'artifact', narrative: 'Submitted 2026-04-20; accepted on review.' }]
 * ```
 */
export function openBadgeEvidence(credentialInput: CredentialInput, recordInput: LearnerRecordInput, asOf?: string): OpenBadgeEvidence[] {
  const check = new ArgumentCheck('openBadgeEvidence');
  const credential = check.credential(credentialInput);
  const record = check.learnerRecord(recordInput);
  check.optionalDate(asOf, 'asOf');
  check.done();
  if (!credential || !record) return unreachable();
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

function dateTime(check: ArgumentCheck, value: unknown, field: string): string | undefined {
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  if (typeof value === 'string' && DATE_TIME.test(value) && isIsoDate(value.slice(0, 10))) return value;
  check.add(['award', field], 'invalid-date', `Must be a date (YYYY-MM-DD) or a date-time with a time zone; got ${JSON.stringify(value)}.`);
  return undefined;
}

/** A Profile as given (checked), or an institution turned into one. */
function issuerOf(check: ArgumentCheck, issuer: unknown): OpenBadgeProfile | undefined {
  if (issuer !== null && typeof issuer === 'object' && 'type' in issuer) {
    return check.schema(ProfileSchema, issuer, 'award.issuer') ? (issuer as OpenBadgeProfile) : undefined;
  }
  const institution = check.schema(OpenBadgeIssuerSchema, issuer, 'award.issuer');
  return institution && profileOf(institution);
}

// After check.done(), every checked value is there: this only satisfies the type checker.
function unreachable(): never {
  throw new Error('microcred: an argument check let a missing value through.');
}
