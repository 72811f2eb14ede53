import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRegistry, MicrocredError, type Pack, type Registry } from '../index';
import { isPack } from '../engine/_lib/internal';
import { loadPackFile } from '../node/index';
import { builtinPacks } from '../../policies/index';
import { UsageError } from './usage-error';

const PACK_FILE = /\.(ya?ml|json|m?js|cjs)$/i;

/**
 * Resolves a `--pack` value: a built-in or registered pack id, a pack file (YAML, JSON or
 * JavaScript), or an npm package whose export is a pack.
 */
export async function resolvePackSpec(spec: string, registry: Registry): Promise<Pack> {
  const known = registry.get(spec);
  if (known) return known;
  if (PACK_FILE.test(spec) || existsSync(spec)) {
    if (!existsSync(spec)) throw new UsageError(`Pack file ${spec} does not exist; check the path given to --pack.`);
    try {
      return await loadPackFile(spec, { registry });
    } catch (error) {
      if (error instanceof MicrocredError) throw new UsageError(error.message);
      throw error;
    }
  }
  let resolved: string;
  try {
    resolved = createRequire(join(process.cwd(), 'package.json')).resolve(spec);
  } catch {
    throw new UsageError(
      `Unknown pack "${spec}": not a built-in pack (${registry.list().map((p) => p.id).join(', ')}), not a file, and not an installed npm package. Check the id, or install the package.`,
    );
  }
  const module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  const candidates = [module.default, module.pack, ...(Array.isArray(module.packs) ? module.packs : [])].filter(isPack);
  if (candidates.length === 0) throw new UsageError(`The package "${spec}" exports no pack (expected a default export, "pack" or "packs").`);
  return candidates[0]!;
}

/** The registry the CLI uses: built-in packs plus any given with --extra-pack. */
export async function cliRegistry(extra: readonly string[] = []): Promise<Registry> {
  let registry = createRegistry(builtinPacks);
  for (const spec of extra) registry = registry.with(await resolvePackSpec(spec, registry));
  return registry;
}
