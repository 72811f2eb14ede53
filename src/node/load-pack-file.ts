import { realpath } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPack } from '../engine/load-pack';
import { PackError } from '../engine/errors';
import { createRegistry, type Registry } from '../engine/registry';
import type { Pack } from '../engine/types';
import { packFromModule, typeScriptPackError } from './pack-module';
import { readDataFile } from './read-file';

const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

/** Options for {@link loadPackFile}. */
export interface LoadPackFileOptions {
  /** Packs that `extends: <id>` may name. */
  readonly registry?: Registry;
  /** How to import a JavaScript pack module (default: `import()`). */
  readonly importModule?: (url: string) => Promise<unknown>;
  /**
   * Pack files outside the pack's folder that `extends: <path>` may name, e.g. the files
   * given on a command line. Any other path must lead inside the folder of the file loaded.
   */
  readonly trustedPackFiles?: readonly string[];
}

/**
 * Loads a pack from a file: a declarative pack in YAML or JSON, or a JavaScript module whose
 * default export (or only named export) is a pack or a pack definition. A TypeScript module
 * (`.ts`, `.mts`, `.cts`) loads when Node runs with a TypeScript loader; otherwise the
 * `PackError` says to compile it first. In a declarative pack, `extends` may name
 * a pack in the registry by id, or another pack file by relative path (`./base.yaml`)
 * inside the folder of the file loaded (links followed), or one of `options.trustedPackFiles`: a pack
 * file cannot make another file of the machine be read, nor its text appear in an error.
 *
 * @throws `PackError` (from `microcred`) listing every problem, with the file named.
 * @example
 * ```ts
 * import { loadPackFile } from 'microcred/node';
 * import { builtinRegistry } from 'microcred/packs';
 * const pack = await loadPackFile('policies/acme/pack.yaml', { registry: builtinRegistry });
 * ```
 */
export async function loadPackFile(file: string, options: LoadPackFileOptions = {}): Promise<Pack> {
  const root = resolve(file);
  const scope: Scope = { folder: await real(dirname(root)), trusted: await Promise.all((options.trustedPackFiles ?? []).map((f) => real(resolve(f)))) };
  return load(root, options.registry ?? createRegistry(), [], options.importModule ?? ((url) => import(url)), scope);
}

/** Where `extends` paths may lead: inside the folder, or to a trusted file. */
interface Scope {
  readonly folder: string;
  readonly trusted: readonly string[];
}

async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

async function allowed(target: string, scope: Scope): Promise<boolean> {
  const path = await real(target);
  const inside = relative(scope.folder, path);
  if (inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) return true;
  return scope.trusted.includes(path);
}

async function load(file: string, registry: Registry, visiting: readonly string[], importModule: (url: string) => Promise<unknown>, scope: Scope): Promise<Pack> {
  if (visiting.includes(file)) {
    throw new PackError(undefined, [{ path: ['extends'], code: 'extends-cycle', message: `"extends" forms a cycle: ${[...visiting, file].join(' -> ')}.` }]);
  }
  const extension = extname(file).toLowerCase();
  if (JS_EXTENSIONS.has(extension) || TS_EXTENSIONS.has(extension)) {
    let module: unknown;
    try {
      module = await importModule(pathToFileURL(file).href);
    } catch (error) {
      // Without a TypeScript loader, Node refuses the extension; say what to do instead.
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (TS_EXTENSIONS.has(extension) && code === 'ERR_UNKNOWN_FILE_EXTENSION') throw typeScriptPackError(file);
      if (error instanceof PackError) throw error;
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new PackError(undefined, [{ path: [], code: 'import-failed', message: `${file} could not be imported: ${detail}` }]);
    }
    return packFromModule(module, file);
  }
  const parsed = await readDataFile(file);
  if (parsed.errors.length > 0) {
    throw new PackError(undefined, parsed.errors.map((e) => ({ path: [], code: e.code, message: `${file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}` })));
  }
  let data = parsed.data;
  const parent = data !== null && typeof data === 'object' ? (data as { extends?: unknown }).extends : undefined;
  if (typeof parent === 'string' && (parent.startsWith('./') || parent.startsWith('../'))) {
    // A pack file is data; letting it name a module would let data run code.
    if (!/\.(ya?ml|json)$/i.test(parent)) {
      throw new PackError(undefined, [
        { path: ['extends'], code: 'extends-not-data', message: `${file}: "extends: ${parent}" must name a YAML or JSON pack file; load JavaScript packs with --extra-pack or loadPackFile.` },
      ]);
    }
    const target = resolve(dirname(file), parent);
    if (!(await allowed(target, scope))) {
      throw new PackError(undefined, [
        {
          path: ['extends'],
          code: 'extends-outside',
          message: `${file}: "extends" leads out of the pack's folder (${scope.folder}); name a pack file inside it, or give the parent pack on the command line (--extra-pack) and extend it by id.`,
        },
      ]);
    }
    const parentPack = await load(target, registry, [...visiting, file], importModule, scope);
    registry = registry.with(parentPack);
    data = { ...(data as object), extends: parentPack.id };
  }
  try {
    return loadPack(data, { registry });
  } catch (error) {
    if (error instanceof PackError) {
      throw new PackError(error.packId, error.problems.map((p) => {
        const at = parsed.locate(p.path);
        return { ...p, message: `${file}${at ? `:${at.line}:${at.column}` : ''}: ${p.message}` };
      }));
    }
    throw error;
  }
}
