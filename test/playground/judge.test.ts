// The page's judging, without a browser: it must say what the CLI says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinPacks, builtinRegistry } from '../../policies/index';
import { judgeProposal, loadPastedPack, starterProposal } from '../../docs/playground/src/judge';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const AS_OF = '2026-11-01';

describe('the playground starts from microcred init', () => {
  test.each(builtinPacks.map((p) => p.id))('%s: the same starter as `microcred init --pack`', (id) => {
    const cli = microcred(['init', '--pack', id, '--as-of', AS_OF]);
    expect(cli.code).toBe(0);
    expect(starterProposal(builtinRegistry.require(id), { asOf: AS_OF, format: 'yaml' })).toBe(cli.stdout);
  });

  test('as JSON, the starter holds the same data', () => {
    const pack = builtinRegistry.require('binghamton');
    const json = starterProposal(pack, { asOf: AS_OF, format: 'json' });
    const result = judgeProposal(json, { format: 'json', asOf: AS_OF, registry: builtinRegistry });
    expect(result.pack?.id).toBe('binghamton');
    expect(result.violations.length).toBeGreaterThan(0);
  });
});

describe('a pasted pack', () => {
  const example = readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), 'utf8');

  test('loads like --pack pack.yaml', () => {
    const pasted = loadPastedPack(example, builtinRegistry);
    expect(pasted.problems).toEqual([]);
    expect(pasted.pack?.id).toBe('northfield');
  });

  test('that does not load lists its problems with line and column', () => {
    const broken = example.replace('severity: warning', 'severity: fatal');
    const pasted = loadPastedPack(broken, builtinRegistry);
    expect(pasted.pack).toBeUndefined();
    const line = broken.split('\n').findIndex((l) => l.includes('severity: fatal')) + 1;
    expect(pasted.problems).toContainEqual(expect.objectContaining({ line, column: expect.any(Number) }));
  });

  test('that is not YAML says where', () => {
    const pasted = loadPastedPack('id: x\n  rules: [\n', builtinRegistry);
    expect(pasted.problems).toEqual([expect.objectContaining({ code: 'parse-error', line: expect.any(Number) })]);
  });
});
