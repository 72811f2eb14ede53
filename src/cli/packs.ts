import { existsSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { combinationProblems } from '../engine/compose';
import { MicrocredError } from '../engine/errors';
import { isPack } from '../engine/_lib/internal';
import { createRegistry, type Registry } from '../engine/registry';
import type { Pack, PackDefinition } from '../engine/types';
import { builtinPackLoaders, isBuiltinPackId } from '../../policies/lazy';
import { importModule } from './import-module';
import { printable } from '../engine/format/_printable';
import { UsageError } from './usage-error';

const PACK_FILE = /\.(ya?ml|json|m?js|cjs|[mc]?ts)$/i;

/**
 * The packs the CLI knows: built-in packs, defined only when a file needs them (start-up
 * stays fast), plus packs given with --extra-pack.
 */
export class CliPacks {
  private current: Registry = createRegistry();
  /** Pack files named on the command line: `extends` may name them by path from anywhere. */
  private readonly files: string[] = [];

  /** The packs loaded so far. */
  get registry(): Registry {
    return this.current;
  }

  /** Ids of every pack the CLI can load. */
  knownIds(): string[] {
    return [...new Set([...Object.keys(builtinPackLoaders), ...this.current.list().map((p) => p.id)])].sort();
  }

  /** Whether `id` is a built-in pack's. */
  isBuiltin(id: string): boolean {
    return Object.hasOwn(builtinPackLoaders, id);
  }

  /** Loads a built-in pack by id if it is not loaded yet; `undefined` for an id no pack has. */
  async ensure(id: string): Promise<Pack | undefined> {
    const loaded = this.current.get(id);
    if (loaded) return loaded;
    const loader = isBuiltinPackId(id) ? builtinPackLoaders[id] : undefined;
    if (!loader) return undefined;
    const pack = await loader();
    this.add(pack);
    return pack;
  }

  /** Loads every built-in pack (for commands that list or search them). */
  async all(): Promise<Registry> {
    for (const id of Object.keys(builtinPackLoaders)) await this.ensure(id);
    return this.current;
  }

  add(pack: Pack): void {
    this.current = this.current.with(pack);
  }

  /**
   * Resolves a `--pack` value: a built-in or loaded pack id, a pack file (YAML, JSON or
   * JavaScript), or an npm package whose export is a pack.
   */
  async resolve(spec: string): Promise<Pack> {
    const known = await this.ensure(spec);
    if (known) return known;
    if (PACK_FILE.test(spec) || existsSync(spec)) {
      if (!existsSync(spec)) throw new UsageError(`Pack file ${spec} does not exist; check the path given to --pack.`);
      // A pack file may extend a built-in pack by id.
      const registry = await this.all();
      this.files.push(resolvePath(spec));
      // Imported here: a run on built-in packs alone never builds the pack definition schemas.
      const { loadPackFile } = await import('../node/load-pack-file');
      try {
        return await loadPackFile(spec, { registry, importModule, trustedPackFiles: this.files });
      } catch (error) {
        if (error instanceof MicrocredError) throw new UsageError(error.message);
        throw error;
      }
    }
    const unknown = () =>
      new UsageError(`Unknown pack "${printable(spec)}": not a built-in pack (${this.knownIds().join(', ')}), not a file, and not an installed npm package. Check the id, or install the package.`);
    // A Node built-in module (`fs`) is never a pack.
    if (isBuiltin(spec)) throw unknown();
    let resolved: string;
    try {
      resolved = createRequire(join(process.cwd(), 'package.json')).resolve(spec);
    } catch {
      throw unknown();
    }
    let module: Record<string, unknown>;
    try {
      module = (await importModule(pathToFileURL(resolved).href)) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`The package "${printable(spec)}" could not be loaded as a pack (${printable(error instanceof Error ? error.message.split('\n')[0]! : String(error))}).`);
    }
    const exported = [module.default, module.pack, ...(Array.isArray(module.packs) ? module.packs : [])].filter((value) => value !== null && typeof value === 'object');
    // A pack made with definePack, or (as in a pack file) a pack definition to define here.
    const pack = exported.find(isPack) ?? exported[0];
    if (isPack(pack)) return pack;
    const [{ packFromModule }, { definePack }] = await Promise.all([import('../node/pack-module'), import('../engine/define-pack')]);
    try {
      // Otherwise its only named export, as for a pack file.
      return pack === undefined ? packFromModule(module, `The package "${spec}"`) : definePack(pack as PackDefinition);
    } catch (error) {
      if (error instanceof MicrocredError) throw new UsageError(`The package "${spec}": ${error.message}`);
      throw error;
    }
  }
}

/**
 * The packs named by `--pack` (or the config's `pack`), resolved, to judge every file by
 * together; `undefined` when none is named. Packs that cannot judge together (one includes
 * another, or a pack after the first has a route) are a usage error, before any file is read.
 */
export async function resolvePackList(packs: CliPacks, specs: readonly string[] | undefined): Promise<readonly Pack[] | undefined> {
  if (specs === undefined || specs.length === 0) return undefined;
  const resolved: Pack[] = [];
  for (const spec of specs) resolved.push(await packs.resolve(spec));
  const problems = combinationProblems(resolved);
  if (problems.length > 0) throw new UsageError(`--pack ${specs.map(printable).join(' --pack ')}: ${problems.map((p) => p.message).join(' ')}`);
  return resolved;
}

/**
 * The CLI's packs, with any given by --extra-pack loaded and registered. An extra pack cannot
 * take the id of a built-in pack or of another extra pack: files naming that id would be
 * judged by a pack they did not ask for, without a word. (`--pack` names an override.)
 */
export async function cliPacks(extra: readonly string[] = []): Promise<CliPacks> {
  const packs = new CliPacks();
  const given = new Map<string, string>();
  for (const spec of extra) {
    if (Object.hasOwn(builtinPackLoaders, spec)) continue;
    const pack = await packs.resolve(spec);
    if (Object.hasOwn(builtinPackLoaders, pack.id)) {
      throw new UsageError(
        `The extra pack ${printable(spec)} has the id "${printable(pack.id)}", which is a built-in pack's; give it another id, or judge files by it with --pack ${printable(spec)}.`,
      );
    }
    const earlier = given.get(pack.id);
    if (earlier !== undefined) throw new UsageError(`The extra packs ${printable(earlier)} and ${printable(spec)} both have the id "${printable(pack.id)}"; give one another id.`);
    given.set(pack.id, spec);
    packs.add(pack);
  }
  return packs;
}
