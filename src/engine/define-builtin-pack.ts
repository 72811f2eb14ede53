import { buildPack } from './_lib/build-pack';
import type { Pack, PackDefinition } from './types';

/**
 * `definePack` for the packs that ship with microcred, without the check of the definition's
 * shape or the lint of its JsonLogic against the proposal model: their definitions are fixed at
 * build time and the test suite runs the full `definePack` on each
 * (test/packs/builtin-definitions.test.ts), so both would only repeat at every start what they
 * found there. Everything else (inheritance, overrides, periods, the safety check of the
 * JsonLogic, compiling it and the route) is the same.
 *
 * @internal
 */
export function defineBuiltinPack(definition: PackDefinition): Pack {
  return buildPack(definition, { lint: false });
}

