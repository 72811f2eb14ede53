// A pack is validated when it is defined; every problem is listed at once.
import { describe, expect, test } from 'vitest';
import { definePack, loadPack, loadPacks, PackError, renderPackReadme, type PackDefinition, type RuleDefinition } from '../../src/index';
import { cite } from '../_helpers/proposals';

const base = (extra: Partial<PackDefinition> = {}): PackDefinition => ({
  id: 'acme',
  name: 'ACME',
  version: '1.0.0',
  sources: [{ title: 'ACME policy' }],
  effective: [{ revision: 'r1', from: '2025-01-01' }],
  ...extra,
});

const rule = (id: string, check: RuleDefinition['check'], extra: Partial<RuleDefinition> = {}): RuleDefinition => ({
  id,
  title: id,
  severity: 'error',
  citation: cite(),
  messages: { m: 'message' },
  check,
  ...extra,
});

function problems(define: () => unknown): { code: string; path: string }[] {
  try {
    define();
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems.map((p) => ({ code: p.code, path: p.path.join('.') }));
  }
  throw new Error('expected the pack to be refused');
}

describe('definePack', () => {
  test('accepts a valid pack and compiles its rules to the same shape', () => {
    const pack = definePack(
      base({
        rules: [rule('acme/logic', { assert: true }), rule('acme/code', () => undefined)],
      }),
    );
    expect(pack.rules.map((r) => [r.id, r.language, typeof r.check])).toEqual([
      ['acme/logic', 'json-logic', 'function'],
      ['acme/code', 'typescript', 'function'],
    ]);
  });

  test('lists every problem at once: namespace, duplicates, operators, paths, messages, route references, cycles', () => {
    const found = problems(() =>
      definePack(
        base({
          rules: [
            rule('other/wrong-namespace', { assert: true }),
            rule('acme/dup', { assert: true }),
            rule('acme/dup', { assert: true }),
            rule('acme/bad-op', { assert: { 'Math.max': [1, 2] } }),
            rule('acme/log', { assert: { log: 1 } }),
            rule('acme/proto', { assert: { var: '__proto__.polluted' } }),
            rule('acme/ctor', { assert: { missing: ['constructor'] } }),
            rule('acme/which-message', { assert: true }, { messages: { a: 'a', b: 'b' } }),
            rule('acme/unknown-message', { assert: true, messageId: 'nope' }),
          ],
          waivable: ['acme/not-a-rule'],
          route: {
            steps: [
              { id: 'a', body: 'A', reason: 'r', citation: cite(), after: ['ghost'] },
              { id: 'b', body: 'B', reason: 'r', citation: cite(), after: ['c'], revise: { returnsTo: 'nowhere' } },
              { id: 'c', body: 'C', reason: 'r', citation: cite(), after: ['b'] },
            ],
          },
        }),
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'rule-id-namespace', path: 'rules.0.id' },
        { code: 'duplicate-rule-id', path: 'rules.2.id' },
        { code: 'unknown-operator', path: 'rules.3.check.assert.Math.max' },
        { code: 'unknown-operator', path: 'rules.4.check.assert.log' },
        { code: 'forbidden-path', path: 'rules.5.check.assert.var' },
        { code: 'forbidden-path', path: 'rules.6.check.assert.missing' },
        { code: 'message-id-required', path: 'rules.7.check.messageId' },
        { code: 'unknown-message-id', path: 'rules.8.check.messageId' },
        { code: 'unknown-rule', path: 'waivable.0' },
        { code: 'unknown-step', path: 'route.steps.0.after.0' },
        { code: 'unknown-step', path: 'route.steps.1.revise.returnsTo' },
        { code: 'route-cycle', path: 'route' },
      ]),
    );
  });

  test('refuses JsonLogic nested beyond the depth limit, before it runs', () => {
    let deep: unknown = { var: 'x' };
    for (let i = 0; i < 100; i++) deep = { '!': [deep] };
    expect(problems(() => definePack(base({ rules: [rule('acme/deep', { assert: deep })] })))).toContainEqual(
      expect.objectContaining({ code: 'too-deep' }),
    );
  });

  test('refuses a revision step that returns forward, and overlapping effective periods', () => {
    const found = problems(() =>
      definePack(
        base({
          effective: [
            { revision: 'r1', from: '2025-01-01', to: '2025-12-31' },
            { revision: 'r2', from: '2025-06-01' },
            { revision: 'r3' },
          ],
          route: {
            steps: [
              { id: 'a', body: 'A', reason: 'r', citation: cite(), revise: { returnsTo: 'b' } },
              { id: 'b', body: 'B', reason: 'r', citation: cite(), after: ['a'] },
            ],
          },
        }),
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'periods-overlap', path: 'effective.1' },
        { code: 'period-without-start', path: 'effective.2' },
        { code: 'returns-forward', path: 'route.steps.0.revise.returnsTo' },
      ]),
    );
  });

  test('reports schema problems with their path', () => {
    expect(problems(() => definePack({ ...base(), version: 'one', sources: [] } as PackDefinition))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_format', path: 'version' },
        { code: 'too_small', path: 'sources' },
      ]),
    );
  });
});

describe('loadPack and loadPacks (declarative packs)', () => {
  const declarative = (id: string, parent?: string) => ({
    id,
    name: id,
    version: '1.0.0',
    sources: [{ title: 't' }],
    effective: [{ revision: 'r' }],
    ...(parent && { extends: parent }),
  });

  test('refuses a TypeScript function where data is expected', () => {
    expect(problems(() => loadPack({ ...declarative('x'), rules: [rule('x/a', () => undefined)] }))).toContainEqual(
      expect.objectContaining({ path: 'rules.0.check' }),
    );
  });

  test('refuses extends naming a pack that is not loaded', () => {
    expect(problems(() => loadPack(declarative('child', 'missing')))).toEqual([{ code: 'unknown-pack', path: 'extends' }]);
  });

  test('loads packs that extend each other in dependency order', () => {
    const [child, parent] = loadPacks([declarative('child', 'parent'), declarative('parent')]);
    expect(child!.parent).toBe(parent);
  });

  test('reports a cycle in extends', () => {
    expect(problems(() => loadPacks([declarative('a', 'b'), declarative('b', 'a')]))).toEqual([{ code: 'extends-cycle', path: 'extends' }]);
  });
});

describe('notEnforced', () => {
  test('a pack lists passages it does not enforce, its own first, then its parents', () => {
    const define = definePack;
    const render = renderPackReadme;
    const base = { name: 'N', version: '1.0.0', sources: [{ title: 't' }], effective: [{ revision: 'r' }] };
    const citation = { source: 'p.md', passage: 'may stack' };
    const parent = define({ ...base, id: 'parent', notEnforced: [{ citation, reason: 'permission only' }] });
    const child = define({ ...base, id: 'child', extends: parent, notEnforced: [{ citation: { source: 'c.md', passage: 'can be awarded' }, reason: 'a description' }] });
    expect(child.notEnforced.map((n) => n.by)).toEqual(['child', 'parent']);
    expect(render(child)).toContain('## Passages not enforced');
    expect(render(child)).toContain('can be awarded');
    expect(render(child)).not.toContain('permission only');
    expect(() => define({ ...base, id: 'bad', notEnforced: [{ citation, reason: '' }] })).toThrow();
  });
});
