import type { RuleDefinition } from './types';

/**
 * Types a rule definition, so a rule can live in its own module with its metadata beside its
 * check. It returns the definition unchanged; `definePack` validates it. The message ids
 * a check may return are the keys of `messages`: returning another is a type error.
 *
 * @example
 * ```ts
 * export default defineRule({
 *   id: 'acme/max-credits',
 *   title: 'At most 12 credits',
 *   severity: 'error',
 *   citation: { source: 'acme-policy.md', passage: 'not more than 12 credits' },
 *   appliesTo: { creditBearing: true },
 *   messages: { tooMany: 'The courses total {credits} credits; the maximum is 12.' },
 *   check: (proposal) => {
 *     const credits = totalCredits(proposal.credential.courses);
 *     return credits > 12 ? { path: ['credential', 'courses'], data: { credits } } : undefined;
 *   },
 * });
 * ```
 */
export function defineRule<const M extends string>(definition: RuleDefinition<M>): RuleDefinition {
  return definition as RuleDefinition;
}
