// Issue 16, item 1: a declarative pack cannot make evaluation use unbounded memory or CPU. What
// a rule builds (characters, list items) counts against LOGIC_LIMITS.maxSteps, loops count the
// expression they run per item, and all the rules of a pack share LOGIC_LIMITS.maxEvaluationSteps
// on one proposal. Over a limit the rule reports engine/rule-failed and the rest run on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluate, LOGIC_LIMITS, loadPack, type Report } from '../../src/index';
import { readDataFile } from '../../src/node/index';
import { CLI, requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { AS_OF, declarativePack, declarativeRule, MINIMAL_PROPOSAL, runs } from './_support';

const BOMB = join(ROOT, 'test', 'fixtures', 'hostile', 'packs', 'memory-bomb.yaml');
const HEAP_MB = 256;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const outcome = (report: Report, ruleId: string) => report.violations.filter((v) => v.ruleId === ruleId).map((v) => v.messageId);
const withExtensions = (extensions: Record<string, unknown>) => ({ ...MINIMAL_PROPOSAL, extensions });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'microcred-memory-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(MINIMAL_PROPOSAL));
  writeFileSync(join(dir, 'b.json'), JSON.stringify(MINIMAL_PROPOSAL));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function node(args: readonly string[]) {
  requireBuild();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, ...args], { encoding: 'utf8', timeout: 60_000, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

describe('the 2 KB pack of issue 16', () => {
  test('evaluate: the rule fails at the step budget, quickly, and the next rule still runs', async () => {
    const parsed = await readDataFile(BOMB);
    const started = performance.now();
    const report = evaluate(MINIMAL_PROPOSAL, loadPack(parsed.data), { asOf: AS_OF });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(outcome(report, 'bomb/strings')).toEqual(['rule-failed']);
    expect(String(report.violations.find((v) => v.ruleId === 'bomb/strings')?.data?.error)).toMatch(/maxSteps/);
    expect(outcome(report, 'bomb/after')).toEqual(['found']);
  });

  test(`check --pack under a ${HEAP_MB} MB heap: exit 1 with a rule-failed finding, not a crash`, () => {
    const run = node([CLI, 'check', '--pack', BOMB, join(dir, 'a.json'), '--format', 'json', '--as-of', AS_OF]);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const [result] = (JSON.parse(run.stdout) as { results: { violations: { ruleId: string; messageId: string }[] }[] }).results;
    // Both point at the proposal's root, so they come in rule id order.
    expect(result!.violations.map((v) => [v.ruleId, v.messageId])).toEqual([
      ['bomb/after', 'found'],
      ['bomb/strings', 'rule-failed'],
    ]);
  });

  test(`check --pack on worker threads with -o under a ${HEAP_MB} MB heap: the report file is written`, () => {
    const out = join(dir, 'out.json');
    const run = node([CLI, 'check', '--pack', BOMB, join(dir, 'a.json'), join(dir, 'b.json'), '--concurrency', '2', '-o', out, '--format', 'json', '--as-of', AS_OF]);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const { results } = JSON.parse(readFileSync(out, 'utf8')) as { results: { violations: { messageId: string }[] }[] };
    expect(results.map((r) => r.violations.map((v) => v.messageId))).toEqual([
      ['found', 'rule-failed'],
      ['found', 'rule-failed'],
    ]);
  });
});

describe('what rules build and walk is counted', () => {
  const packOf = (...checks: Record<string, unknown>[]) => loadPack(declarativePack({ rules: checks.map((check, i) => declarativeRule(`r${i}`, check)) }));

  test('lists built by map inside map count as they are kept', () => {
    // 1,000 x 1,000 list items, each a new list of three: 3 million items alive at once.
    const check = { assert: { count: [{ map: [range(1_000), { map: [range(1_000), [1, 2, 3]] }] }] } };
    expect(outcome(evaluate(MINIMAL_PROPOSAL, packOf(check), { asOf: AS_OF }), 'acme/r0')).toEqual(['rule-failed']);
  });

  test('a loop is charged the expression it runs for each item', () => {
    // 100,000 items is a tenth of maxSteps, but each runs an expression of 20 nodes.
    const body = { and: range(18).map(() => true) };
    const check = { assert: { all: [{ var: 'extensions.items' }, body] } };
    const report = evaluate(withExtensions({ items: range(100_000) }), packOf(check), { asOf: AS_OF });
    expect(outcome(report, 'acme/r0')).toEqual(['rule-failed']);
    expect(outcome(evaluate(withExtensions({ items: range(1_000) }), packOf(check), { asOf: AS_OF }), 'acme/r0')).toEqual([]);
  });

  test.each([
    ['sum', { sum: [{ var: 'accumulator' }] }],
    ['unique', { unique: [{ var: 'accumulator' }] }],
    ['in', { in: [-1, { var: 'accumulator' }] }],
    ['totalCredits', { totalCredits: [{ var: 'accumulator' }] }],
    ['cat', { cat: [{ var: 'accumulator' }] }],
    ['substr', { substr: [{ var: 'accumulator' }, 1] }],
  ])('%s over a large list carried through a loop counts each item it reads', (_name, readsAll) => {
    // 2,000 turns, each reading a list of 2,000: 4 million items read with 2,000 steps of loop.
    const loop = { reduce: [{ var: 'extensions.items' }, { if: [readsAll, { var: 'accumulator' }, { var: 'accumulator' }] }, { var: 'extensions.items' }] };
    const report = evaluate(withExtensions({ items: range(2_000) }), packOf({ assert: { '!!': [loop] } }), { asOf: AS_OF });
    expect(outcome(report, 'acme/r0')).toEqual(['rule-failed']);
  });

  test('"in" over a long text carried through a loop counts the text it searches', () => {
    const loop = { reduce: [{ var: 'extensions.items' }, { if: [{ in: ['z', { var: 'accumulator' }] }, '', { var: 'accumulator' }] }, { var: 'extensions.text' }] };
    const report = evaluate(withExtensions({ items: range(2_000), text: 'x'.repeat(200_000) }), packOf({ assert: { '!!': [loop] } }), { asOf: AS_OF });
    expect(outcome(report, 'acme/r0')).toEqual(['rule-failed']);
  });

  test('all the rules of a pack share one budget per proposal; the next proposal gets a fresh one', () => {
    // Each rule takes 0.6 of maxSteps; together they pass maxEvaluationSteps.
    const items = range(Math.floor((LOGIC_LIMITS.maxSteps * 0.6) / 2));
    const rules = Math.ceil(LOGIC_LIMITS.maxEvaluationSteps / (LOGIC_LIMITS.maxSteps * 0.6)) + 2;
    const pack = packOf(...range(rules).map(() => ({ assert: { some: [{ var: 'extensions.items' }, false] } })));
    const proposal = withExtensions({ items });
    for (let round = 0; round < 2; round++) {
      const report = evaluate(proposal, pack, { asOf: AS_OF });
      const results = range(rules).map((i) => outcome(report, `acme/r${i}`)[0] ?? 'passed');
      const firstFailed = results.indexOf('rule-failed');
      expect(firstFailed).toBeGreaterThan(1);
      expect(results.slice(0, firstFailed).every((r) => r === 'found')).toBe(true);
      expect(results.slice(firstFailed).every((r) => r === 'rule-failed')).toBe(true);
      const error = String(report.violations.find((v) => v.ruleId === `acme/r${firstFailed}`)?.data?.error);
      expect(error).toMatch(/maxEvaluationSteps/);
    }
  });

  test('"each" over a huge list is charged per item against the proposal budget', () => {
    const assert = { and: range(40).map(() => true) };
    const pack = packOf({ each: 'extensions.items', assert });
    const report = evaluate(withExtensions({ items: range(200_000) }), pack, { asOf: AS_OF });
    expect(outcome(report, 'acme/r0')).toEqual(['rule-failed']);
  });
});

// Random packs of the operators that grow data, nested and fed with their own output.
const growing: fc.Arbitrary<unknown> = fc.letrec<{ expr: unknown }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.constantFrom<unknown>('a', 'abc'.repeat(50), { var: 'accumulator' }, { var: 'current' }, { var: '' }, { var: 'extensions.text' }, { var: 'extensions.items' }),
    fc.integer({ min: 0, max: 400 }).map(range),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => ({ cat: [a, b] })),
    tie('expr').map((a) => ({ cat: [{ var: 'accumulator' }, { var: 'accumulator' }, a] })),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => ({ merge: [a, b, { var: 'accumulator' }] })),
    fc.tuple(fc.integer({ min: 1, max: 400 }), tie('expr')).map(([n, body]) => ({ map: [range(n), body] })),
    fc.tuple(tie('expr'), tie('expr')).map(([list, body]) => ({ filter: [list, { '!!': [body] }] })),
    fc.tuple(fc.integer({ min: 1, max: 40 }), tie('expr'), tie('expr')).map(([n, body, initial]) => ({ reduce: [range(n), body, initial] })),
    // What doubles: an accumulator joined or merged with itself, the growth the budget must stop.
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('cat', 'merge'), tie('expr')).map(([n, op, initial]) => ({
      reduce: [range(n), { [op]: [{ var: 'accumulator' }, { var: 'accumulator' }] }, initial],
    })),
    tie('expr').map((a) => ({ substr: [a, 1] })),
    tie('expr').map((a) => ({ sum: [a] })),
    tie('expr').map((a) => ({ unique: [a] })),
  ),
})).expr;

test(`random JsonLogic packs stay within a ${HEAP_MB} MB heap`, () => {
  const packs = fc.sample(fc.array(growing, { minLength: 1, maxLength: 4 }), runs(120)).map((checks) =>
    declarativePack({ rules: checks.map((body, i) => {
      // Run inside a reduce over the proposal's large values, so `current` and `accumulator` are
      // what the expression reads (the pack linter refuses them at the top level).
      const assert = { reduce: [[{ var: 'extensions.text' }, { var: 'extensions.items' }], body, { var: 'extensions.text' }] };
      return declarativeRule(`r${i}`, { assert: { '!!': [assert] }, data: { value: { count: [assert] } } });
    }) }),
  );
  const input = join(dir, 'packs.json');
  const proposal = withExtensions({ text: 'x'.repeat(20_000), items: range(200) });
  writeFileSync(input, JSON.stringify({ packs, proposal, asOf: AS_OF }));
  const run = node([join(ROOT, 'test', 'robustness', '_heap-probe.cjs'), input]);
  expect(run.signal).toBeNull();
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const seen = JSON.parse(run.stdout) as { judged: number; failed: number; peakHeap: number };
  expect(seen.judged).toBe(packs.length);
  expect(seen.failed).toBeGreaterThan(0);
  expect(seen.peakHeap).toBeLessThan(HEAP_MB * 1024 * 1024 * 0.75);
}, 120_000);
