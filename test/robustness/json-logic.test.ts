// JsonLogic from a third-party pack is untrusted: it may read only the data it is given, call
// only microcred's operators, and meets documented limits (size and depth when the pack is
// loaded, work while it runs) with a clear error, never a stack overflow or a crash.
import { describe, expect, test } from 'vitest';
import { evaluate, LOGIC_LIMITS, loadPack, PackError, type Pack } from '../../src/index';
import { AS_OF, CITATION, declarativePack, declarativeRule, MINIMAL_PROPOSAL } from './_support';

function problemsOf(pack: Record<string, unknown>): { code: string; path: string }[] {
  try {
    loadPack(pack);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems.map((p) => ({ code: p.code, path: p.path.join('.') }));
  }
  throw new Error('the pack was accepted');
}

function packOf(...rules: Record<string, unknown>[]): Pack {
  return loadPack(declarativePack({ rules }));
}

function nested(levels: number): unknown {
  let logic: unknown = true;
  for (let i = 0; i < levels; i++) logic = { '!!': logic };
  return logic;
}

const withExtensions = (extensions: Record<string, unknown>) => ({ ...MINIMAL_PROPOSAL, extensions });

describe('only microcred operators', () => {
  test.each(['method', 'log', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'eval', 'Function', 'require', 'import'])('"%s" is refused when the pack is loaded', (op) => {
    const rule = declarativeRule('op', { assert: JSON.parse(`{${JSON.stringify(op)}: ["x", "y"]}`) });
    expect(problemsOf(declarativePack({ rules: [rule] }))).toEqual([{ code: 'unknown-operator', path: `rules.0.check.assert.${op}` }]);
  });

  test('every unknown operator in a pack is listed, in rules, message data and route conditions', () => {
    const pack = declarativePack({
      rules: [declarativeRule('a', { assert: { method: [{ var: 'x' }, 'push'] }, data: { value: { log: 1 } } })],
      route: { steps: [{ id: 'office', body: 'Office', reason: 'Reviews', citation: CITATION, when: { exec: ['rm'] } }] },
    });
    expect(problemsOf(pack).map((p) => p.path)).toEqual(['rules.0.check.assert.method', 'rules.0.check.data.value.log', 'route.steps.0.when.exec']);
  });
});

describe('reads only the data it is given', () => {
  test('"var" reaches data, never methods or prototypes', () => {
    const pack = packOf(
      declarativeRule('reads', {
        assert: false,
        data: {
          value: {
            cat: [
              { var: 'credential.title.length' },
              '|',
              // Computed, since the pack linter refuses these paths when they are written out.
              { var: { cat: ['credential.title.', 'toUpperCase'] } },
              '|',
              { var: { cat: ['credential.courses.', 'map'] } },
              '|',
              { var: { cat: ['constr', 'uctor'] } },
              '|',
              { var: [{ cat: ['__pro', 'to__'] }, 'fallback'] },
              '|',
              { var: 'credential.units.length' },
            ],
          },
        },
      }),
    );
    const [violation] = evaluate(MINIMAL_PROPOSAL, pack, { asOf: AS_OF }).violations.filter((v) => v.ruleId === 'acme/reads');
    expect(violation!.data).toEqual({ value: '8||||fallback|0' });
  });

  test('"each" and static paths through __proto__, constructor or prototype are refused', () => {
    const pack = declarativePack({
      rules: [
        declarativeRule('a', { assert: { var: '__proto__.polluted' } }),
        declarativeRule('b', { assert: { var: 'constructor' } }),
        declarativeRule('c', { assert: { missing: ['credential.prototype'] } }),
        declarativeRule('d', { assert: { missing_some: [1, ['a', 'constructor.name']] } }),
        declarativeRule('e', { assert: true, each: 'credential.__proto__' }),
      ],
    });
    expect(problemsOf(pack).map((p) => p.code)).toEqual(['forbidden-path', 'forbidden-path', 'forbidden-path', 'forbidden-path', 'forbidden-path']);
  });
});

describe('limits on size, checked when the pack is loaded', () => {
  test(`nesting: ${LOGIC_LIMITS.maxDepth} levels load, one more is refused`, () => {
    expect(() => packOf(declarativeRule('deep', { assert: nested(LOGIC_LIMITS.maxDepth) }))).not.toThrow();
    expect(problemsOf(declarativePack({ rules: [declarativeRule('deep', { assert: nested(LOGIC_LIMITS.maxDepth + 1) })] })).map((p) => p.code)).toEqual(['too-deep']);
  });

  test('nesting a hundred thousand levels deep is refused with a clear problem, not a stack overflow', () => {
    expect(problemsOf(declarativePack({ rules: [declarativeRule('deep', { assert: nested(100_000) })] })).map((p) => p.code)).toEqual(['too-deep']);
  });

  test(`size: more than ${LOGIC_LIMITS.maxNodes} nodes is refused, huge array literals included`, () => {
    const big = { in: ['x', Array.from({ length: 100_000 }, (_, i) => `v${i}`)] };
    expect(problemsOf(declarativePack({ rules: [declarativeRule('big', { assert: big })] })).map((p) => p.code)).toEqual(['too-large']);
    const fits = { in: ['x', Array.from({ length: LOGIC_LIMITS.maxNodes - 10 }, (_, i) => `v${i}`)] };
    expect(() => packOf(declarativeRule('fits', { assert: fits }))).not.toThrow();
  });
});

describe('limits on work, checked while it runs', () => {
  test('a reduce that doubles a list stops at maxSteps with a clear error instead of exhausting memory', () => {
    const doubling = { reduce: [{ var: 'extensions.items' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    const pack = packOf(declarativeRule('doubles', { assert: { '>': [{ count: [doubling] }, 0] } }));
    const started = performance.now();
    const report = evaluate(withExtensions({ items: Array.from({ length: 64 }, (_, i) => i) }), pack, { asOf: AS_OF });
    const failed = report.violations.find((v) => v.ruleId === 'acme/doubles');
    expect(failed?.messageId).toBe('rule-failed');
    expect(String(failed?.data?.error)).toMatch(/maxSteps/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('a reduce that doubles a string stops at maxSteps: every character built counts', () => {
    const doubling = { reduce: [{ var: 'extensions.items' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] };
    const pack = packOf(declarativeRule('doubles', { assert: { hasText: [doubling] } }));
    const report = evaluate(withExtensions({ items: Array.from({ length: 64 }, (_, i) => i) }), pack, { asOf: AS_OF });
    expect(String(report.violations.find((v) => v.ruleId === 'acme/doubles')?.data?.error)).toMatch(/maxSteps/);
  });

  test('one cat longer than maxStringLength stops before the string is built', () => {
    const long = 'x'.repeat(LOGIC_LIMITS.maxStringLength / 2 + 1);
    const pack = packOf(declarativeRule('long', { assert: { hasText: [{ cat: [{ var: 'extensions.text' }, { var: 'extensions.text' }] }] } }));
    const report = evaluate(withExtensions({ text: long }), pack, { asOf: AS_OF });
    expect(String(report.violations.find((v) => v.ruleId === 'acme/long')?.data?.error)).toMatch(/maxStringLength/);
  });

  test('iterating a huge list inside a huge list stops at maxSteps', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => i);
    // The accumulator carries the whole list into every step, so each step scans it again.
    const scanEachTime = { if: [{ some: [{ var: 'accumulator' }, { '===': [{ var: '' }, -1] }] }, [], { var: 'accumulator' }] };
    const nestedLoops = { reduce: [{ var: 'extensions.items' }, scanEachTime, { var: 'extensions.items' }] };
    const pack = packOf(declarativeRule('loops', { assert: { '>': [{ count: [nestedLoops] }, 0] } }));
    const started = performance.now();
    const report = evaluate(withExtensions({ items }), pack, { asOf: AS_OF });
    expect(report.violations.find((v) => v.ruleId === 'acme/loops')?.messageId).toBe('rule-failed');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('a huge list read once is fine: the budget counts work, not data size', () => {
    const pack = packOf(declarativeRule('counts', { assert: { '<': [{ count: [{ var: 'extensions.items' }] }, 10] } }));
    const report = evaluate(withExtensions({ items: Array.from({ length: 500_000 }, (_, i) => i) }), pack, { asOf: AS_OF });
    expect(report.violations.find((v) => v.ruleId === 'acme/counts')?.messageId).toBe('found');
  });
});
