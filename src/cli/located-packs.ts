import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Pack } from '../engine/types';
import { builtinPackLoaders } from '../../policies/lazy';
import { CliPacks } from './packs';
import { policiesDir } from './samples';
import { UsageError } from './usage-error';

/** A pack and the folder its samples, scenarios and source texts are in. */
export interface LocatedPack {
  readonly pack: Pack;
  /** The folder beside the pack; undefined when there is none (a built-in pack whose folder was not shipped). */
  readonly dir: string | undefined;
  /** What the user gave: an id, a file or a package name. */
  readonly spec: string;
  /** The pack file, when the pack came from one. */
  readonly file?: string;
}

const PACK_NAMES = ['pack.yaml', 'pack.yml', 'pack.json', 'pack.js', 'pack.mjs', 'pack.cjs', 'pack.ts', 'pack.mts', 'pack.cts'];
// Not any "/": a scoped package name (@acme/pack) has one.
const LOOKS_LIKE_PATH = /^\.{0,2}[\\/]|\.(ya?ml|json|[mc]?js|[mc]?ts)$/i;

/** The folder of the package a module file belongs to. */
function packageRoot(file: string): string | undefined {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return undefined;
}

/**
 * Resolves a pack given on the command line and where it lives: a built-in id, a pack file,
 * a folder holding `pack.yaml` (or `.json`, `.js`, ...), or an installed npm package (samples
 * beside its main module, else at the package root).
 */
export async function locatePack(packs: CliPacks, spec: string): Promise<LocatedPack> {
  if (Object.hasOwn(builtinPackLoaders, spec)) {
    const pack = (await packs.ensure(spec))!;
    const root = policiesDir();
    return { pack, spec, dir: root ? join(root, spec) : undefined };
  }
  let file: string | undefined;
  if (existsSync(spec)) {
    file = spec;
    if (statSync(spec).isDirectory()) {
      const name = PACK_NAMES.find((n) => existsSync(join(spec, n)));
      if (!name) throw new UsageError(`${spec} is a folder without a pack file (looked for ${PACK_NAMES.join(', ')}).`);
      file = join(spec, name);
    }
  } else if (LOOKS_LIKE_PATH.test(spec)) {
    throw new UsageError(`Pack file ${spec} does not exist; check the path.`);
  }
  if (file !== undefined) {
    const pack = await packs.resolve(file);
    return { pack, spec, file, dir: dirname(resolve(file)) };
  }
  const pack = await packs.resolve(spec);
  let dir: string | undefined;
  try {
    const main = createRequire(join(process.cwd(), 'package.json')).resolve(spec);
    dir = existsSync(join(dirname(main), 'samples')) ? dirname(main) : packageRoot(main);
  } catch {
    dir = undefined;
  }
  return { pack, spec, dir };
}

/** Loads packs given with --extra-pack, remembering where each lives. */
export async function locateExtraPacks(specs: readonly string[] = []): Promise<{ packs: CliPacks; located: LocatedPack[] }> {
  const packs = new CliPacks();
  const located: LocatedPack[] = [];
  for (const spec of specs) {
    const found = await locatePack(packs, spec);
    packs.add(found.pack);
    located.push(found);
  }
  return { packs, located };
}
