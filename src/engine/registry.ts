import { UnknownPackError } from './errors';
import type { Pack } from './types';

/** Packs by id, for apps and the CLI. Holds no global state: make as many as you need. */
export interface Registry {
  /** The pack with this id, or `undefined`. */
  get(id: string): Pack | undefined;
  /** The pack with this id. @throws {@link UnknownPackError} naming the known ids. */
  require(id: string): Pack;
  /** Whether a pack with this id is registered. */
  has(id: string): boolean;
  /** Every pack, in the order given. */
  list(): readonly Pack[];
  /** A new registry with these packs added (same id: the new one wins). */
  with(...packs: readonly Pack[]): Registry;
}

/**
 * Creates a registry of packs, so packs can be looked up by id (the `policy:` field of a
 * proposal, the CLI's `--pack`), including third-party packs.
 *
 * @example
 * ```ts
 * import { builtinPacks } from 'microcred/packs';
 * const registry = createRegistry([...builtinPacks, myCampusPack]);
 * const pack = registry.require(proposal.policy ?? 'suny');
 * ```
 */
export function createRegistry(packs: readonly Pack[] = []): Registry {
  const byId = new Map<string, Pack>();
  for (const pack of packs) byId.set(pack.id, pack);
  const list = [...byId.values()];
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    require: (id) => {
      const pack = byId.get(id);
      if (!pack) throw new UnknownPackError(id, [...byId.keys()]);
      return pack;
    },
    list: () => list,
    with: (...more) => createRegistry([...list, ...more]),
  };
}
