// An app that imports one pack by name bundles that pack (and the packs it extends), not the
// others: each pack is a separate module of the build, the package declares
// `"sideEffects": false`, and nothing at the top level of `microcred/packs` needs every pack.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtinPacks } from '../../policies/index';
import { requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';

let app: string;

beforeAll(() => {
  requireBuild();
  app = mkdtempSync(join(tmpdir(), 'microcred-shake-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'microcred'), 'dir');
});

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

async function bundle(source: string): Promise<string> {
  writeFileSync(join(app, 'app.js'), source);
  const result = await build({ entryPoints: [join(app, 'app.js')], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/**
 * Text of a pack's own rules: the start of each passage they cite and each message. (Not the
 * ids: the model's descriptions name a rule id or two as examples.)
 */
function ownText(packId: string): string[] {
  const pack = builtinPacks.find((p) => p.id === packId)!;
  return pack.rules
    .filter((rule) => rule.packId === packId)
    .flatMap((rule) => [rule.citation.passage.slice(0, 40), ...Object.values(rule.messages).map((m) => m.slice(0, 40))]);
}

describe('tree-shaking microcred/packs', () => {
  test.each([
    ['binghamton', ['binghamton', 'suny'], ['fiu', 'ub', 'eu']],
    ['fiu', ['fiu'], ['binghamton', 'suny', 'ub', 'eu']],
    ['ub', ['ub'], ['binghamton', 'suny', 'fiu', 'eu']],
    ['eu', ['eu'], ['binghamton', 'suny', 'fiu', 'ub']],
  ])('import { %s } keeps that pack and its parents only', async (name, kept, dropped) => {
    const text = await bundle(`import { ${name} } from 'microcred/packs';\nconsole.log(${name}.id);\n`);
    for (const id of kept) for (const snippet of ownText(id)) expect(text.includes(snippet), `kept ${id}: ${snippet}`).toBe(true);
    for (const id of dropped) for (const snippet of ownText(id)) expect(text.includes(snippet), `dropped ${id}: ${snippet}`).toBe(false);
  }, 60_000);

  test('importing every pack through the registry keeps them all (the test can fail)', async () => {
    const text = await bundle(`import { builtinRegistry } from 'microcred/packs';\nconsole.log(builtinRegistry.list().length);\n`);
    for (const id of ['suny', 'binghamton', 'fiu', 'ub', 'eu']) for (const snippet of ownText(id)) expect(text.includes(snippet), `${id}: ${snippet}`).toBe(true);
  }, 60_000);
});
