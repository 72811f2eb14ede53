import { definePack } from '../engine/define-pack';
import { PackError } from '../engine/errors';
import { isPack } from '../engine/_lib/internal';
import type { Pack, PackDefinition } from '../engine/types';

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * The pack a JavaScript module exports: its default export, else a `pack` export, else its
 * only named export that is an object. Either a pack made by `definePack` or a pack
 * definition, which is defined here. `where` names the module in errors.
 */
export function packFromModule(module: unknown, where: string): Pack {
  const exports = isObject(module) ? (module as Record<string, unknown>) : {};
  let chosen: unknown = exports.default ?? exports.pack;
  if (chosen === undefined) {
    const named = Object.entries(exports).filter(([name, value]) => name !== 'default' && isObject(value));
    const packs = named.filter(([, value]) => isPack(value));
    const candidates = packs.length > 0 ? packs : named;
    if (candidates.length > 1) {
      throw new PackError(undefined, [
        {
          path: [],
          code: 'several-pack-exports',
          message: `${where} exports several packs (${candidates.map(([name]) => name).join(', ')}); export the one to use as the default export.`,
        },
      ]);
    }
    chosen = candidates[0]?.[1];
  }
  // A CommonJS module compiled from `export default` (TypeScript, Babel) holds the pack under
  // `default` of its exports object.
  if (isObject(chosen) && !isPack(chosen) && (chosen as { __esModule?: unknown }).__esModule === true) {
    chosen = (chosen as { default?: unknown }).default;
  }
  if (isPack(chosen)) return chosen;
  if (isObject(chosen)) return definePack(chosen as PackDefinition);
  throw new PackError(undefined, [
    { path: [], code: 'no-pack-export', message: `${where} exports no pack: give it a default export (or a single named export) made with definePack.` },
  ]);
}

/** What to do with a TypeScript pack, which Node cannot import by itself. */
export function typeScriptPackError(file: string): PackError {
  return new PackError(undefined, [
    {
      path: [],
      code: 'typescript-pack',
      message:
        `${file} is TypeScript, which Node.js does not run by itself. Compile it first (e.g. "npx tsc", then give the .js file), ` +
        `or run the CLI under a TypeScript loader (e.g. "node --import tsx node_modules/microcred/dist/cli.cjs ...").`,
    },
  ]);
}
