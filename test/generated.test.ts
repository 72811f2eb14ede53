// Generated files are committed so they can be read on GitHub and shipped in the package;
// these tests fail when one is stale. `npm run generate` rewrites them.
import { describe, expect, test } from 'vitest';
import { proposalJsonSchema, renderPackReadme } from '../src/index';
import { builtinPacks } from '../policies/index';
import { join } from 'node:path';
import { POLICIES } from './_helpers/files';
import { sampleCases } from './_helpers/samples';
import type { Pack, SampleIndex } from '../src/index';

function sampleIndex(pack: Pack): SampleIndex {
  const index: Record<string, { pass: string[]; fail: string[] }> = {};
  for (const rule of pack.rules) if (rule.packId === pack.id) index[rule.id] = { pass: [], fail: [] };
  for (const c of sampleCases(pack, join(POLICIES, pack.id))) index[c.ruleId]![c.expected].push(c.file);
  return index;
}

describe('generated files are current', () => {
  test.each(builtinPacks.map((pack) => [pack.id, pack] as const))('policies/%s/README.md', async (packId, pack) => {
    const readme = renderPackReadme(pack, { samples: sampleIndex(pack), regenerate: 'npm run generate' });
    await expect(readme).toMatchFileSnapshot(`../policies/${packId}/README.md`);
  });

  test('docs/schema/proposal.schema.json', async () => {
    await expect(JSON.stringify(proposalJsonSchema(), null, 2) + '\n').toMatchFileSnapshot('../docs/schema/proposal.schema.json');
  });
});
