// Third-party packs: a pack that fails validation is refused with all its problems listed; a
// pack can override or turn off only rules of the packs it extends; a declarative pack file
// stays data (it cannot pull in code through "extends").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRegistry, evaluate, loadPack, PackError, type Pack } from '../../src/index';
import { loadPackFile } from '../../src/node/index';
import { suny } from '../../policies/index';
import { CLI, requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { AS_OF, CITATION, declarativePack, declarativeRule } from './_support';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const EXAMPLE = join(ROOT, 'docs', 'examples', 'suny-cortland-coaching-badge.yaml');
const registry = createRegistry([suny]);

function problemsOf(load: () => unknown): { code: string; path: string }[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems.map((p) => ({ code: p.code, path: p.path.join('.') }));
  }
  throw new Error('the pack was accepted');
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'microcred-packs-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a pack that fails validation is refused with every problem listed', () => {
  test('problems with its shape, all at once', () => {
    const problems = problemsOf(() =>
      loadPack({
        id: 'Not An Id',
        version: 'one',
        sources: [],
        effective: [{ revision: 'r1', from: '2026-02-30' }],
        rules: [{ ...declarativeRule('a', { assert: true }), severity: 'fatal' }],
        colour: 'blue',
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['', 'effective.0.from', 'id', 'name', 'rules.0.severity', 'sources', 'version']);
  });

  test('problems with its meaning, all at once', () => {
    const problems = problemsOf(() =>
      loadPack(
        declarativePack({
          extends: 'suny',
          rules: [
            declarativeRule('unsafe', { assert: { var: 'constructor.prototype' } }),
            declarativeRule('unsafe', { assert: true }),
            { ...declarativeRule('x', { assert: true }), id: 'suny/sneaked-in' },
            declarativeRule('unknown-op', { assert: { method: ['x', 'toString'] } }),
            declarativeRule('two-messages', { assert: true }, { messages: { a: 'A', b: 'B' } }),
            declarativeRule('deep', { assert: JSON.parse(`${'{"!!":'.repeat(70)}true${'}'.repeat(70)}`) }),
          ],
          overrides: { 'ub/some-rule': { severity: 'info' }, 'acme/unsafe': { off: true, reason: 'own rule' } },
          waivable: ['fiu/not-here'],
          route: { steps: [{ id: 'office', body: 'Office', reason: 'Reviews', citation: CITATION, after: ['nowhere'] }] },
          effective: [{ revision: 'r2', from: '2027-01-01' }, { revision: 'r1', from: '2026-01-01' }],
        }),
        { registry },
      ),
    );
    expect(problems.map((p) => [p.code, p.path.split('.').slice(0, 3).join('.')])).toEqual([
      ['periods-overlap', 'effective.1'],
      ['forbidden-path', 'rules.0.check'],
      ['duplicate-rule-id', 'rules.1.id'],
      ['rule-id-namespace', 'rules.2.id'],
      ['unknown-operator', 'rules.3.check'],
      ['message-id-required', 'rules.4.check'],
      ['too-deep', 'rules.5.check'],
      ['override-unknown-rule', 'overrides.ub/some-rule'],
      ['override-unknown-rule', 'overrides.acme/unsafe'],
      ['unknown-rule', 'waivable.0'],
      ['unknown-step', 'route.steps.0'],
    ]);
  });

  test('the CLI refuses a bad pack file with exit 2, listing each problem with its line and column', () => {
    requireBuild();
    const run = spawnSync(process.execPath, [CLI, 'check', EXAMPLE, '--pack', join(HOSTILE, 'prototype-pollution-pack.yaml'), '--as-of', AS_OF], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const listed = run.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(listed).toHaveLength(4);
    for (const line of listed) expect(line).toMatch(/prototype-pollution-pack\.yaml:\d+:\d+: /);
  });
});

describe('a pack can override or turn off only rules of the packs it extends', () => {
  const child = (overrides: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
    loadPack(declarativePack({ extends: 'suny', overrides, rules: [declarativeRule('own', { assert: true })], ...fields }), { registry });

  test('inherited rules: severity changed or turned off', () => {
    const pack = child({ 'suny/stackable': { severity: 'info' }, 'suny/portable': { off: true, reason: 'Not in our policy' } });
    expect(pack.rules.find((r) => r.id === 'suny/stackable')?.severity).toBe('info');
    expect(pack.rules.some((r) => r.id === 'suny/portable')).toBe(false);
    expect(pack.disabled).toEqual([{ ruleId: 'suny/portable', by: 'acme', reason: 'Not in our policy' }]);
  });

  test.each([
    ['its own rule', 'acme/own'],
    ['a rule of a pack it does not extend', 'binghamton/max-credits'],
    ['a rule that does not exist', 'suny/no-such-rule'],
  ])('not %s', (_what, ruleId) => {
    for (const override of [{ severity: 'info' }, { off: true, reason: 'x' }]) {
      expect(problemsOf(() => child({ [ruleId]: override }))).toEqual([{ code: 'override-unknown-rule', path: `overrides.${ruleId}` }]);
    }
  });

  test('not a rule a parent already turned off', () => {
    const parent = child({ 'suny/portable': { off: true, reason: 'Not in our policy' } });
    const grandchild = () => loadPack({ ...declarativePack({ id: 'acme-campus', extends: 'acme' }), overrides: { 'suny/portable': { severity: 'error' } } }, { registry: registry.with(parent) });
    expect(problemsOf(grandchild)).toEqual([{ code: 'override-disabled-rule', path: 'overrides.suny/portable' }]);
  });

  test('a pack that extends nothing can touch no rule of a built-in pack', () => {
    const standalone = () => loadPack(declarativePack({ overrides: { 'suny/disclose-costs': { off: true, reason: 'x' } } }));
    expect(problemsOf(standalone)).toEqual([{ code: 'override-unknown-rule', path: 'overrides.suny/disclose-costs' }]);
  });

  test('nor redefine or shadow one', () => {
    const pack = (id: string) => () => loadPack(declarativePack({ extends: 'suny', rules: [{ ...declarativeRule('x', { assert: true }), id }] }), { registry });
    expect(problemsOf(pack('suny/disclose-costs')).map((p) => p.code)).toContain('duplicate-rule-id');
    expect(problemsOf(pack('suny/new-rule')).map((p) => p.code)).toEqual(['rule-id-namespace']);
  });

  test("the parent's verdicts stand: a child with no overrides judges like its parent, plus its own rules", () => {
    const pack = child({});
    const proposal = { schemaVersion: 1, credential: { id: 'x', title: 'T', kind: 'digital-badge', creditBearing: false } };
    const ids = (p: Pack) => evaluate(proposal, p, { asOf: AS_OF }).violations.map((v) => v.ruleId).filter((id) => id.startsWith('suny/'));
    expect(ids(pack)).toEqual(ids(suny));
  });
});

describe('a declarative pack file stays data', () => {
  test('"extends" may not name a JavaScript module: refused, and the module never runs', async () => {
    const marker = join(scratch, 'ran.txt');
    writeFileSync(join(scratch, 'base.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`);
    writeFileSync(join(scratch, 'campus.yaml'), 'id: campus\nname: Campus\nversion: 1.0.0\nsources: [{ title: Policy }]\neffective: [{ revision: r1 }]\nextends: ./base.mjs\n');
    await expect(loadPackFile(join(scratch, 'campus.yaml'), { registry })).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'extends-not-data' })] });
    expect(existsSync(marker)).toBe(false);
  });

  test('"extends" may name another YAML or JSON pack file', async () => {
    writeFileSync(join(scratch, 'base.json'), JSON.stringify(declarativePack({ id: 'base', extends: 'suny' })));
    writeFileSync(join(scratch, 'child.yaml'), 'id: child\nname: Child\nversion: 1.0.0\nsources: [{ title: Policy }]\neffective: [{ revision: r1 }]\nextends: ./base.json\n');
    const pack = await loadPackFile(join(scratch, 'child.yaml'), { registry });
    expect(pack.parent?.id).toBe('base');
  });
});
