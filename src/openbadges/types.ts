/**
 * The parts of the 1EdTech Open Badges 3.0 data model microcred writes, as TypeScript types.
 * Field names and values follow the specification (https://www.imsglobal.org/spec/ob/v3p0/).
 */

/** The JSON-LD contexts every Open Badges 3.0 credential starts with, in this order. */
export const OPEN_BADGES_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

/** The JSON Schema an Open Badges 3.0 credential declares in `credentialSchema`. */
export const OPEN_BADGES_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** An image: its URL (or data URI) as `id`. */
export interface OpenBadgeImage {
  readonly id: string;
  readonly type: 'Image';
  readonly caption?: string;
}

/** Where a profile's organisation is: here, the country and region of an awarding body. */
export interface OpenBadgeAddress {
  readonly type: readonly ['Address'];
  /** An ISO 3166-1 alpha-2 code, e.g. `DE`. */
  readonly addressCountryCode?: string;
  readonly addressRegion?: string;
}

/** An organisation or person, here always the issuing institution. */
export interface OpenBadgeProfile {
  readonly id: string;
  readonly type: readonly ['Profile'];
  readonly name: string;
  readonly url?: string;
  readonly email?: string;
  readonly image?: OpenBadgeImage;
  /** The awarding body's country and region, when the credential states them. */
  readonly address?: OpenBadgeAddress;
}

/** A link from an achievement to a competency in a framework. */
export interface OpenBadgeAlignment {
  readonly type: readonly ['Alignment'];
  readonly targetName: string;
  readonly targetUrl: string;
  readonly targetDescription?: string;
  readonly targetFramework?: string;
  readonly targetCode?: string;
  /** `ceasn:Competency` for a competency (the schema's enumeration has no `ceterms:Competency`). */
  readonly targetType?: 'ceasn:Competency';
}

/** What an earner must do, as Markdown, and where it is published. */
export interface OpenBadgeCriteria {
  readonly id?: string;
  readonly narrative: string;
}

/** The `achievementType`s microcred writes: one per credential kind. */
export type OpenBadgeAchievementType = 'MicroCredential' | 'Badge' | 'Certificate';

/** An Open Badges 3.0 `Achievement`: what can be earned, independent of any earner. */
export interface OpenBadgeAchievement {
  readonly id: string;
  readonly type: readonly ['Achievement'];
  readonly achievementType: OpenBadgeAchievementType;
  readonly name: string;
  readonly description: string;
  readonly criteria: OpenBadgeCriteria;
  readonly creator: OpenBadgeProfile;
  readonly image?: OpenBadgeImage;
  readonly alignment?: readonly OpenBadgeAlignment[];
  /** Credits of the required courses, in US credit hours (credit-bearing credentials only). */
  readonly creditsAvailable?: number;
  readonly fieldOfStudy?: string;
  readonly inLanguage?: string;
  readonly tag?: readonly string[];
}

/** Evidence of the earner's work. */
export interface OpenBadgeEvidence {
  readonly type: readonly ['Evidence'];
  /** Where the evidence can be seen. */
  readonly id?: string;
  readonly name?: string;
  readonly narrative?: string;
  readonly genre?: string;
}

/** An outcome of the achievement for the earner. */
export interface OpenBadgeResult {
  readonly type: readonly ['Result'];
  readonly status?: 'Completed' | 'Enrolled' | 'Failed' | 'InProgress' | 'OnHold' | 'Provisional' | 'Withdrew';
  readonly value?: string;
  readonly achievedLevel?: string;
}

/** An identifier of the earner that is not a URI (a campus id, a name), plain or hashed. */
export interface OpenBadgeIdentityObject {
  readonly type: 'IdentityObject';
  readonly identityType: 'name' | 'sisSourcedId' | 'emailAddress' | 'identifier';
  readonly identityHash: string;
  readonly hashed: boolean;
}

/** The earner and what they achieved. */
export interface OpenBadgeAchievementSubject {
  readonly type: readonly ['AchievementSubject'];
  /** The earner as a URI, when their id is one. */
  readonly id?: string;
  readonly identifier?: readonly OpenBadgeIdentityObject[];
  readonly achievement: OpenBadgeAchievement;
  readonly result?: readonly OpenBadgeResult[];
  readonly creditsEarned?: number;
  readonly term?: string;
  readonly narrative?: string;
}

/** An unsigned Open Badges 3.0 `AchievementCredential` in the W3C Verifiable Credentials 2.0 shape. */
export interface AchievementCredential {
  readonly '@context': readonly string[];
  readonly id: string;
  readonly type: readonly ['VerifiableCredential', 'OpenBadgeCredential'];
  readonly issuer: OpenBadgeProfile;
  readonly name: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly awardedDate: string;
  readonly credentialSubject: OpenBadgeAchievementSubject;
  readonly evidence?: readonly OpenBadgeEvidence[];
  readonly credentialSchema: readonly [{ readonly id: string; readonly type: '1EdTechJsonSchemaValidator2019' }];
}

/** A proof added by a signer (Data Integrity or a JOSE/COSE envelope's equivalent). */
export interface OpenBadgeProof {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** A credential after a signer has added its proof (the Open Badges schema wants a list of proofs). */
export type SignedAchievementCredential = AchievementCredential & { readonly proof: readonly OpenBadgeProof[] };

/**
 * Where a signer plugs in. microcred stays pure (no keys, no clock, no randomness), so it
 * builds the unsigned credential and leaves signing to a function you supply, for example one
 * that adds a Data Integrity `eddsa-rdfc-2022` proof or wraps the credential as a VC-JWT.
 *
 * @example
 * ```ts
 * const sign: OpenBadgeSigner = async (credential) => ({ ...credential, proof: [await myKms.prove(credential)] });
 * const signed = await sign(toOpenBadgeCredential(achievement, learner, { awardedOn: '2026-06-01' }));
 * ```
 */
export type OpenBadgeSigner<Signed = SignedAchievementCredential> = (credential: AchievementCredential) => Promise<Signed>;
