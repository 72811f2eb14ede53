import type * as z from 'zod/mini';
import { PackError, type Problem } from './errors';
import { PackDefinitionSchema } from './pack-schema';
import { describeIssue } from '../model/_lib/describe-issue';
import { buildPack, chainOf } from './_lib/build-pack';
import { compiledOf } from './_lib/internal';
import { defineRule } from './define-rule';
import type { Pack, PackDefinition } from './types';

export { defineRule };

/**
 * Defines a policy pack: validates the definition (listing every problem), resolves what it
 * inherits through `extends`, applies overrides, and compiles every JsonLogic expression and
 * route condition once. The result is reused for every evaluation.
 *
 * @throws {@link PackError} with every problem found, when the definition cannot be used.
 * @example
 * ```ts
 * export const acme = definePack({
 *   id: 'acme',
 *   name: 'ACME University micro-credential policy',
 *   version: '1.0.0',
 *   sources: [{ title: 'ACME Policy 12.3', file: 'acme-policy.md' }],
 *   effective: [{ revision: '2025', from: '2025-01-01' }],
 *   extends: suny,
 *   rules: [maxCredits],
 *   overrides: { 'suny/stackable': { severity: 'info' } },
 *   route: { steps: [{ id: 'senate', body: 'Faculty Senate', reason: 'Approves all programs', citation, after: ['office'] }] },
 * });
 * ```
 */
export function definePack(definition: PackDefinition): Pack {
  // A pack is checked once, so compiling zod's fast path for it would only slow start-up.
  const parsed = PackDefinitionSchema.safeParse(definition, { jitless: true });
  if (!parsed.success) {
    throw new PackError(guessId(definition), parsed.error.issues.map(toProblem));
  }
  return buildPack(definition);
}

export { chainOf };

export { compiledOf };

function guessId(definition: unknown): string | undefined {
  const id = definition !== null && typeof definition === 'object' ? (definition as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Converts a zod issue about a pack definition into a {@link Problem}. */
export function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  return { path, code: issue.code === 'unrecognized_keys' ? 'unknown-field' : issue.code, message: describeIssue(issue) };
}
