import type { Credential } from '../model/credential';
import type { AppliesTo } from './types';

/** A test of whether a rule or step concerns a credential. */
export type CredentialPredicate = (credential: Credential) => boolean;

/** The predicate of a rule or step that concerns every credential. */
export const always: CredentialPredicate = () => true;

function oneOf<T>(value: T | readonly T[]): ReadonlySet<T> {
  return new Set(Array.isArray(value) ? (value as readonly T[]) : [value as T]);
}

/**
 * Compiles an {@link AppliesTo} into a predicate, once per pack. A credential that leaves a
 * field out (say, no `level`) does not match a condition on that field.
 *
 * @example
 * ```ts
 * const applies = compileAppliesTo({ creditBearing: true, level: ['graduate'] });
 * applies(credential); // true for a credit-bearing graduate credential
 * ```
 */
export function compileAppliesTo(appliesTo: AppliesTo | undefined): CredentialPredicate {
  if (!appliesTo) return always;
  const tests: CredentialPredicate[] = [];
  if (appliesTo.creditBearing !== undefined) {
    const wanted = appliesTo.creditBearing;
    tests.push((c) => c.creditBearing === wanted);
  }
  const fields = ['kind', 'level', 'form', 'category'] as const;
  for (const field of fields) {
    const wanted = appliesTo[field];
    if (wanted === undefined) continue;
    const allowed = oneOf<string>(wanted);
    tests.push((c) => c[field] !== undefined && allowed.has(c[field]));
  }
  if (appliesTo.anyOf) {
    const alternatives = appliesTo.anyOf.map(compileAppliesTo);
    tests.push((c) => alternatives.some((matches) => matches(c)));
  }
  if (tests.length === 0) return always;
  if (tests.length === 1) return tests[0]!;
  return (c) => {
    for (const test of tests) if (!test(c)) return false;
    return true;
  };
}

/**
 * Describes an {@link AppliesTo} in words, for generated docs.
 *
 * @example
 * ```ts
 * describeAppliesTo({ creditBearing: true, level: 'graduate' }); // 'credit-bearing; level: graduate'
 * describeAppliesTo({ anyOf: [{ kind: 'digital-badge' }, { form: 'badge' }] }); // 'one of: (kind: digital-badge) or (form: badge)'
 * describeAppliesTo(undefined); // 'all'
 * ```
 */
export function describeAppliesTo(appliesTo: AppliesTo | undefined): string {
  if (!appliesTo) return 'all';
  const parts: string[] = [];
  if (appliesTo.creditBearing !== undefined) parts.push(appliesTo.creditBearing ? 'credit-bearing' : 'non-credit');
  for (const field of ['kind', 'level', 'form', 'category'] as const) {
    const value = appliesTo[field];
    if (value !== undefined) parts.push(`${field}: ${[...oneOf<string>(value)].join(' or ')}`);
  }
  if (appliesTo.anyOf) parts.push(`one of: ${appliesTo.anyOf.map((alternative) => `(${describeAppliesTo(alternative)})`).join(' or ')}`);
  return parts.length ? parts.join('; ') : 'all';
}
