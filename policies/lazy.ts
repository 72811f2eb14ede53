import type { Pack } from '../src/engine/types';
import type { BuiltinPackId } from '../src/model/builtin-ids';

/**
 * Loaders for the built-in packs, by id: each defines its pack (and the packs it extends) only
 * when called. Apps that want a smaller first load, and the CLI, use these instead of
 * importing every pack.
 *
 * @example
 * ```ts
 * import { builtinPackLoaders } from 'microcred/packs';
 * const pack = await builtinPackLoaders.binghamton();
 * ```
 */
export const builtinPackLoaders: { readonly [Id in BuiltinPackId]: () => Promise<Pack> } = {
  suny: () => import('./suny/pack').then((module) => module.suny),
  binghamton: () => import('./binghamton/pack').then((module) => module.binghamton),
  fiu: () => import('./fiu/pack').then((module) => module.fiu),
  ub: () => import('./ub/pack').then((module) => module.ub),
  eu: () => import('./eu/pack').then((module) => module.eu),
};

/**
 * Whether an id names a built-in pack; narrows it to {@link BuiltinPackId}.
 *
 * @example
 * ```ts
 * import { builtinPackLoaders, isBuiltinPackId } from 'microcred/packs';
 * const id: string = proposal.policy ?? 'suny';
 * const pack = isBuiltinPackId(id) ? await builtinPackLoaders[id]() : undefined;
 * ```
 */
export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return Object.hasOwn(builtinPackLoaders, id);
}
