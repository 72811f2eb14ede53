/**
 * The policy packs that ship with microcred: `suny` (the SUNY-wide baseline),
 * `binghamton` (extends `suny`), `fiu` and `ub`, and the standards pack `eu` (the European
 * standard elements of a micro-credential, to use beside a campus pack).
 *
 * @packageDocumentation
 */
import { createRegistry, type Pack, type Registry } from '../src/index';
import { binghamton } from './binghamton/pack';
import { eu } from './eu/pack';
import { fiu } from './fiu/pack';
import { suny } from './suny/pack';
import { ub } from './ub/pack';

export { binghamton, eu, fiu, suny, ub };
export { builtinPackLoaders, isBuiltinPackId } from './lazy';
export type { BuiltinPackId, BuiltinRuleId } from '../src/model/builtin-ids';

/**
 * Every built-in pack.
 *
 * @example
 * ```ts
 * import { builtinPacks } from 'microcred/packs';
 * builtinPacks.map((p) => p.id); // ['suny', 'binghamton', 'fiu', 'ub', 'eu']
 * ```
 */
export const builtinPacks: readonly Pack[] = [suny, binghamton, fiu, ub, eu];

/**
 * A registry of the built-in packs, for looking packs up by a proposal's `policy:`.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from 'microcred/packs';
 * const pack = builtinRegistry.require(proposal.policy);
 * ```
 */
// Marked pure so a bundler drops it, and with it the packs no one imported, from an app that
// imports one pack by name (the package declares `"sideEffects": false`).
export const builtinRegistry: Registry = /* @__PURE__ */ createRegistry(builtinPacks);
