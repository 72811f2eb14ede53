// Generated files are committed so they can be read on GitHub and shipped in the package;
// these tests fail when one is stale. `npm run generate` rewrites them.
import { describe, expect, test } from 'vitest';
import { loadPack, proposalJsonSchema, renderPackReadme } from '../src/index';
import { builtinPacks } from '../policies/index';
import { join } from 'node:path';
import { POLICIES, readData } from './_helpers/files';
import { sampleCases } from './_helpers/samples';
import type { Pack, SampleIndex } from '../src/index';
import { readFileSync } from 'node:fs';
import { ROOT } from './_helpers/files';
import { version } from '../package.json';

function sampleIndex(pack: Pack): SampleIndex {
  const index: Record<string, { pass: string[]; fail: string[] }> = {};
  for (const rule of pack.rules) if (rule.packId === pack.id) index[rule.id] = { pass: [], fail: [] };
  for (const c of sampleCases(pack, join(POLICIES, pack.id))) index[c.ruleId]![c.expected].push(c.file);
  return index;
}

/**
 * The text of src/model/builtin-ids.ts: the built-in packs' ids and rule ids as literal types,
 * so editors complete them and a typo'd id fails to compile. Apart from the list of pack ids
 * (for the proposal schema), it is types only.
 */
function renderBuiltinIds(packs: readonly Pack[]): string {
  const packIds = packs.map((pack) => pack.id);
  const ruleIds = [...new Set(packs.flatMap((pack) => pack.rules.map((rule) => rule.id)))].sort();
  const union = (ids: readonly string[]) => ids.map((id) => `\n  | '${id}'`).join('');
  return [
    '// Generated from the built-in packs by test/generated.test.ts; do not edit. Regenerate with `npm run generate`.',
    '',
    '/**',
    ' * Ids of the packs that ship with microcred (`microcred/packs`).',
    ' *',
    ' * @example',
    ' * ```ts',
    " * const id: BuiltinPackId = 'binghamton';",
    ' * ```',
    ' */',
    `export type BuiltinPackId =${union(packIds)};`,
    '',
    '/**',
    ' * The ids of the built-in packs, in the order `builtinPacks` lists them; the proposal JSON',
    " * Schema offers them for `policy`.",
    ' *',
    ' * @example',
    ' * ```ts',
    " * BUILTIN_PACK_IDS.includes('ub'); // true",
    ' * ```',
    ' */',
    `export const BUILTIN_PACK_IDS: readonly BuiltinPackId[] = [${packIds.map((id) => `'${id}'`).join(', ')}];`,
    '',
    '/**',
    ' * Ids of the rules of the packs that ship with microcred, e.g. `binghamton/max-credits`.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * const watched: readonly BuiltinRuleId[] = ['binghamton/max-credits', 'binghamton/min-two-courses'];",
    ' * ```',
    ' */',
    `export type BuiltinRuleId =${union(ruleIds)};`,
    '',
  ].join('\n');
}

/**
 * The text of policies/eu/pack-data.ts: the `eu` pack, whose source is policies/eu/pack.yaml,
 * as a data module that the library bundles (no YAML parser, no file system at run time, so it
 * loads in a browser like any data pack).
 */
function renderPackData(yamlFile: string, exportName: string): string {
  return [
    `// Generated from ${yamlFile} by test/generated.test.ts; do not edit. Regenerate with \`npm run generate\`.`,
    '',
    `/** The pack as data, exactly as ${yamlFile} reads; \`loadPack\` turns it into a pack. */`,
    `export const ${exportName}: unknown = ${JSON.stringify(readData(join(ROOT, yamlFile)), null, 2)};`,
    '',
  ].join('\n');
}

// The built-in packs as their sources say: the eu pack from its YAML (not from the data module
// generated from it), so one `npm run generate` after editing the YAML also updates its README
// and the id types.
const sourcePacks = builtinPacks.map((pack) => (pack.id === 'eu' ? loadPack(readData(join(POLICIES, 'eu', 'pack.yaml'))) : pack));

describe('generated files are current', () => {
  test('policies/eu/pack-data.ts (bundled from policies/eu/pack.yaml)', async () => {
    await expect(renderPackData('policies/eu/pack.yaml', 'EU_PACK_DATA')).toMatchFileSnapshot('../policies/eu/pack-data.ts');
  });

  test.each(sourcePacks.map((pack) => [pack.id, pack] as const))('policies/%s/README.md', async (packId, pack) => {
    const readme = renderPackReadme(pack, { samples: sampleIndex(pack), regenerate: 'npm run generate' });
    await expect(readme).toMatchFileSnapshot(`../policies/${packId}/README.md`);
  });

  test('docs/schema/proposal.schema.json', async () => {
    await expect(JSON.stringify(proposalJsonSchema(), null, 2) + '\n').toMatchFileSnapshot('../docs/schema/proposal.schema.json');
  });

  test('src/model/builtin-ids.ts (the literal types of built-in pack and rule ids)', async () => {
    await expect(renderBuiltinIds(sourcePacks)).toMatchFileSnapshot('../src/model/builtin-ids.ts');
  });

  // The output schema is written by hand; only its id, which names the package version, is generated.
  test('docs/schema/check-output.schema.json names this version in its $id', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/schema/check-output.schema.json'), 'utf8')) as Record<string, unknown>;
    const current = { ...schema, $id: `https://unpkg.com/microcred@${version}/docs/schema/check-output.schema.json` };
    await expect(JSON.stringify(current, null, 2) + '\n').toMatchFileSnapshot('../docs/schema/check-output.schema.json');
  });
});
