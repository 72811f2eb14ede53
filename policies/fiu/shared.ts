import type { Consultation, Credential } from '../../src/index';

/** The policy text every rule of the pack cites. */
export const SOURCE = 'fiu-policy-380.104.md';

// Proposals name the division in full, by its "&" spelling, or by the abbreviation the policy
// itself introduces ("Academic and Student Affairs (ASA)"); the abbreviation is matched in
// capitals only, so that a word such as "Asa" does not count.
const ACADEMIC_AND_STUDENT_AFFAIRS = /\bacademic\s*(?:and|&)\s*student\s+affairs\b/i;
const ASA = /\bASA\b/;

/**
 * Whether a consultation was held with FIU's Division of Academic and Student Affairs.
 *
 * @example
 * ```ts
 * isWithAsa({ with: 'Academic & Student Affairs, Academic Programs and Partnerships', topics: [] }); // true
 * ```
 */
export function isWithAsa(consultation: Pick<Consultation, 'with'>): boolean {
  return ACADEMIC_AND_STUDENT_AFFAIRS.test(consultation.with) || ASA.test(consultation.with);
}

/**
 * Indexes of the consultations with Academic and Student Affairs on a topic that had taken
 * place by `asOf`: an undated consultation counts, one dated after `asOf` has not happened yet.
 */
export function asaConsultationsOn(
  consultations: readonly Consultation[],
  topic: Consultation['topics'][number],
  asOf: string,
): { held: number[]; planned: number[] } {
  const held: number[] = [];
  const planned: number[] = [];
  consultations.forEach((consultation, index) => {
    if (!isWithAsa(consultation) || !consultation.topics.includes(topic)) return;
    if (consultation.date !== undefined && consultation.date > asOf) planned.push(index);
    else held.push(index);
  });
  return { held, planned };
}

/**
 * The form FIU awards a credential in: a digital badge or a micro-certificate. The kind
 * decides for digital badges and micro-certificates; a plain micro-credential is awarded in
 * the form it states, and `undefined` means the proposal does not say (or names a form FIU
 * does not award; `fiu/awarded-form` reports both).
 *
 * @example
 * ```ts
 * awardedAs({ kind: 'micro-credential', form: 'badge' }); // 'badge'
 * ```
 */
export function awardedAs(credential: Pick<Credential, 'kind' | 'form'>): 'badge' | 'micro-certificate' | undefined {
  if (credential.kind === 'digital-badge') return 'badge';
  if (credential.kind === 'micro-certificate') return 'micro-certificate';
  return credential.form === 'badge' || credential.form === 'micro-certificate' ? credential.form : undefined;
}
