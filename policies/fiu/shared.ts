import type { AppliesTo, Consultation } from '../../src/index';

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
 * The credentials FIU awards as a digital badge: kind digital-badge, or a micro-credential
 * whose form is badge (the kind decides for badges and micro-certificates; a plain
 * micro-credential is awarded in the form it states). As an `appliesTo`, so pack READMEs show it.
 */
export const AWARDED_AS_BADGE: AppliesTo = { anyOf: [{ kind: 'digital-badge' }, { kind: 'micro-credential', form: 'badge' }] };

/** The credentials FIU awards as a micro-certificate, in the same way. */
export const AWARDED_AS_MICRO_CERTIFICATE: AppliesTo = {
  anyOf: [{ kind: 'micro-certificate' }, { kind: 'micro-credential', form: 'micro-certificate' }],
};
