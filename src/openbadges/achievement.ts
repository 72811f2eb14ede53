import * as z from 'zod/mini';
import { describe, NameSchema, UrlSchema } from '../model/common';
import { defaultFrameworks, type CompetencyRef, type FrameworkCompetency, type FrameworkRegistry } from '../model/competency';
import type { Credential, CredentialInput, CredentialKind } from '../model/credential';
import { convertCredits, totalCredits } from '../model/credits';
import { courseCodeKey } from '../model/elective-groups';
import { InvalidOptionError } from '../engine/errors';
import { describeIssue } from '../model/_lib/describe-issue';
import { ArgumentCheck } from './inputs';
import { awardingBodyIssuer, eqfAlignments, issuerAddress, standardElementLines } from './standard-elements';
import type { OpenBadgeAchievement, OpenBadgeAchievementType, OpenBadgeAlignment, OpenBadgeProfile } from './types';

/** A URI: a scheme, a colon and at least one more character, no white space. */
export const UriSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, 'Expected a URI such as https://… or did:…'), z.maxLength(2_000));

/**
 * The issuing institution, as `toOpenBadgeAchievement` needs it. Achievement ids are minted
 * under `achievementBaseUrl`, or `<url>/achievements` when it is left out.
 *
 * @example
 * ```ts
 * OpenBadgeIssuerSchema.parse({ name: 'Binghamton University', url: 'https://www.binghamton.edu' });
 * ```
 */
export const OpenBadgeIssuerSchema = z.strictObject({
  id: describe(z.optional(UriSchema), 'The issuer profile id (a URL or DID); the url when left out.'),
  name: NameSchema,
  url: UrlSchema,
  achievementBaseUrl: z.optional(UrlSchema),
  email: describe(z.optional(z.email()), "An institutional address, never a person's."),
  imageUrl: z.optional(UrlSchema),
});

/** The issuing institution. */
export type OpenBadgeIssuer = z.input<typeof OpenBadgeIssuerSchema>;

/** Options for {@link toOpenBadgeAchievement}. */
export interface OpenBadgeAchievementOptions {
  /** Frameworks to name competencies from (default: NACE 2017 and 2021). */
  readonly frameworks?: FrameworkRegistry;
  /** The field of study; the credential's theme when left out. */
  readonly fieldOfStudy?: string;
  /** Language of the texts, e.g. `en` or `en-US`. */
  readonly inLanguage?: string;
  /**
   * The page that describes a competency. By default the framework's `url`; a competency whose
   * framework has no url gets no alignment, since `targetUrl` is required.
   */
  readonly alignmentUrl?: (ref: CompetencyRef, competency: FrameworkCompetency | undefined) => string | undefined;
}

const ACHIEVEMENT_TYPES: Readonly<Record<CredentialKind, OpenBadgeAchievementType>> = {
  'micro-credential': 'MicroCredential',
  'digital-badge': 'Badge',
  'micro-certificate': 'Certificate',
};

/**
 * Describes a credential as an Open Badges 3.0 `Achievement`: its id under the issuer's base
 * URL, `achievementType` (`MicroCredential`, `Badge` or `Certificate` by kind), criteria as
 * Markdown (the badge's criteria, else a list built from the requirements), alignments to the
 * competencies' frameworks, `creditsAvailable` in US credit hours, field of study and tags.
 *
 * The European standard elements the credential states go where Open Badges has a place for
 * them: the EQF level is an alignment to that level (`http://data.europa.eu/snb/eqf/<level>`,
 * with the QF-EHEA cycle as its description), the notional workload and the type of assessment
 * (with its supervision) close the criteria narrative, and the issuer is the awarding body: left
 * out, it is the credential's first awarding body (which then needs a `url`), and the creator's
 * `address` carries the country and region of the awarding body (or institution) of the
 * issuer's name.
 *
 * The credential may be raw data (as read from a file) or the result of `parseCredential`: it
 * is parsed here either way.
 *
 * @throws {@link InvalidOptionError} when the credential is not well-formed or the issuer is
 * not usable (a missing name or url); its `problems` list every problem, with paths such as
 * `['credential', 'courses', 0, 'credits']` or `['issuer', 'url']`.
 * @example
 * ```ts
 * const achievement = toOpenBadgeAchievement(credential, { name: 'Binghamton University', url: 'https://www.binghamton.edu' });
 * achievement.id;              // 'https://www.binghamton.edu/achievements/bing-data-storytelling'
 * achievement.achievementType; // 'MicroCredential'
 * ```
 */
export function toOpenBadgeAchievement(credentialInput: CredentialInput, issuer?: OpenBadgeIssuer, options: OpenBadgeAchievementOptions = {}): OpenBadgeAchievement {
  const check = new ArgumentCheck('toOpenBadgeAchievement');
  const checkedCredential = check.credential(credentialInput);
  // Left out, the issuer is the credential's awarding body, when it has a url to mint ids under.
  const fromBody = issuer === undefined && checkedCredential ? awardingBodyIssuer(checkedCredential) : undefined;
  const given = issuer ?? (fromBody?.url !== undefined ? fromBody : undefined);
  if (given === undefined) check.add(['issuer'], 'invalid_type', 'Give the issuer, or name the awarding body with its url (credential.awardingBodies[0].url).');
  const checkedIssuer = given === undefined ? undefined : check.schema(OpenBadgeIssuerSchema, given, 'issuer');
  check.done();
  const credential = checkedCredential!;
  const parsed = checkedIssuer!;
  const address = issuerAddress(credential, parsed.name);
  const profile = { ...profileOf(parsed), ...(address && { address }) };
  const base = (parsed.achievementBaseUrl ?? `${parsed.url.replace(/\/+$/, '')}/achievements`).replace(/\/+$/, '');
  const credits = totalCredits(credential.courses.filter((course) => course.required));
  const alignment = [...alignmentsOf(credential, options), ...eqfAlignments(credential)];
  const fieldOfStudy = options.fieldOfStudy ?? credential.theme;
  const image = credential.badge?.imageUrl;
  return {
    id: `${base}/${credential.id.split('/').map(encodeURIComponent).join('/')}`,
    type: ['Achievement'],
    achievementType: ACHIEVEMENT_TYPES[credential.kind],
    name: credential.title,
    description: credential.description ?? credential.competencyStatement ?? credential.title,
    criteria: { ...(credential.badge?.criteriaUrl && { id: credential.badge.criteriaUrl }), narrative: narrativeOf(credential) },
    creator: profile,
    ...(image && { image: { id: image, type: 'Image' as const } }),
    ...(alignment.length > 0 && { alignment }),
    ...(credential.creditBearing && credits > 0 && { creditsAvailable: credits }),
    ...(fieldOfStudy && { fieldOfStudy }),
    ...(options.inLanguage && { inLanguage: options.inLanguage }),
    tag: tagsOf(credential),
  };
}

/**
 * The issuer as an Open Badges `Profile`.
 *
 * @throws {@link InvalidOptionError} when the issuer is not usable.
 * @example
 * ```ts
 * toOpenBadgeProfile({ name: 'Florida International University', url: 'https://www.fiu.edu' }).id; // 'https://www.fiu.edu'
 * ```
 */
export function toOpenBadgeProfile(issuer: OpenBadgeIssuer): OpenBadgeProfile {
  const check = new ArgumentCheck('toOpenBadgeProfile');
  const parsed = check.schema(OpenBadgeIssuerSchema, issuer, 'issuer');
  check.done();
  return profileOf(parsed!);
}

/** The issuer, already checked, as a `Profile`. */
export function profileOf({ id, name, url, email, imageUrl }: z.infer<typeof OpenBadgeIssuerSchema>): OpenBadgeProfile {
  return { id: id ?? url, type: ['Profile'], name, url, ...(email && { email }), ...(imageUrl && { image: { id: imageUrl, type: 'Image' } }) };
}

function alignmentsOf(credential: Credential, options: OpenBadgeAchievementOptions): OpenBadgeAlignment[] {
  const frameworks = options.frameworks ?? defaultFrameworks;
  const alignments: OpenBadgeAlignment[] = [];
  for (const ref of credential.competencies) {
    const competency = frameworks.resolve(ref);
    const framework = frameworks.find(ref.framework, ref.version);
    const targetUrl = options.alignmentUrl ? options.alignmentUrl(ref, competency) : framework?.url;
    if (!targetUrl) continue;
    alignments.push({
      type: ['Alignment'],
      targetName: competency?.label ?? ref.code,
      targetUrl,
      ...(ref.statement && { targetDescription: ref.statement }),
      targetFramework: framework?.title ?? ref.framework,
      targetCode: ref.code,
      targetType: 'ceasn:Competency',
    });
  }
  return alignments;
}

/**
 * The criteria of a credential as Markdown: the badge's own words when it has them, else a list
 * of its requirements (required courses, "pass k of" each elective group, other elective options, experiences, evidence when required,
 * the reflection, the parts of a micro-certificate); then, when the credential states them, its
 * notional workload and type of assessment (European standard elements).
 *
 * @throws {@link InvalidOptionError} when the credential is not well-formed.
 * @example
 * ```ts
 * criteriaNarrative(credential);
 * // 'To earn this credential:\n\n- Pass CQS 301 Data Visualisation (3 US credit hours)\n...'
 * ```
 */
export function criteriaNarrative(credentialInput: CredentialInput): string {
  const check = new ArgumentCheck('criteriaNarrative');
  const credential = check.credential(credentialInput);
  check.done();
  return narrativeOf(credential!);
}

function narrativeOf(credential: Credential): string {
  const standard = standardElementLines(credential);
  const criteria = requirementsOf(credential);
  return standard.length > 0 ? [criteria, '', ...standard].join('\n') : criteria;
}

function requirementsOf(credential: Credential): string {
  if (credential.badge?.criteria) return credential.badge.criteria;
  const lines: string[] = [];
  for (const course of credential.courses.filter((c) => c.required)) {
    lines.push(`- Pass ${course.code} ${course.title} (${convertCredits(course.credits, 'us-credit-hour')} US credit hours)`);
  }
  const grouped = new Set<string>();
  for (const group of credential.electiveGroups ?? []) {
    const options = group.options.map((code) => {
      grouped.add(courseCodeKey(code));
      const course = credential.courses.find((c) => courseCodeKey(c.code) === courseCodeKey(code));
      return course ? `${course.code} ${course.title}` : code;
    });
    lines.push(`- Pass ${group.choose} of${group.title ? ` ${group.title}` : ''}: ${options.join('; ')}`);
  }
  const electives = credential.courses.filter((c) => !c.required && !grouped.has(courseCodeKey(c.code)));
  if (electives.length > 0) lines.push(`- Elective options: ${electives.map((c) => `${c.code} ${c.title}`).join('; ')}`);
  for (const experience of credential.experiences.filter((e) => e.required)) {
    lines.push(`- Complete the ${experience.kind} "${experience.title}"${experience.hours !== undefined ? ` (at least ${experience.hours} hours)` : ''}`);
  }
  if (credential.evidence?.required) {
    for (const item of credential.evidence.items) lines.push(`- Submit evidence, accepted on review: ${item.description}`);
  }
  if (credential.reflection) lines.push(`- Complete the culminating reflection: ${credential.reflection.description}`);
  for (const component of credential.components) lines.push(`- Earn ${component.title ?? component.credentialId}`);
  if (lines.length === 0) return credential.description ?? credential.title;
  return ['To earn this credential:', '', ...lines].join('\n');
}

function tagsOf(credential: Credential): string[] {
  const tags = [
    credential.kind,
    credential.creditBearing ? 'credit-bearing' : 'non-credit',
    credential.level,
    credential.category,
    credential.delivery,
    credential.form,
    credential.qfEheaCycle,
  ].filter((tag): tag is string => tag !== undefined);
  return [...new Set(tags)];
}
