// microcred compiles JsonLogic into closures; json-logic-js is the reference semantics.
// 1. The JsonLogic project's 280 shared test vectors.
// 2. A differential test: every declarative rule of every built-in pack on every sample and
//    scenario, and fast-check-generated rules and data, through both; results must be equal.
// 3. The library's own operators.
import { join } from 'node:path';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, test } from 'vitest';
import {
  compileLogic,
  createLibraryOperators,
  defaultFrameworks,
  definePack,
  parseProposal,
  truthy,
  validateLogic,
  type DeclarativeCheck,
  type Pack,
  type Proposal,
  type RuleContext,
} from '../../src/index';
import { builtinPacks } from '../../policies/index';
import type { Problem } from '../../src/engine/errors';
import { compileRule } from '../../src/engine/_lib/compile-rule';
import { operatorNames } from '../../src/engine/json-logic/compile';
import vectors from '../fixtures/jsonlogic/tests.json';
import { listFiles, POLICIES, readData, ROOT } from '../_helpers/files';

const operators = createLibraryOperators(defaultFrameworks);
// The reference gets microcred's operators too, registered the json-logic-js way (data as `this`).
for (const [name, operator] of Object.entries(operators)) {
  jsonLogic.add_operation(name, function (this: unknown, ...args: unknown[]) {
    return operator(args, this);
  });
}

type Outcome = { value: unknown } | { threw: true };
const run = (f: () => unknown): Outcome => {
  try {
    return { value: f() };
  } catch {
    return { threw: true };
  }
};

describe('JsonLogic shared test vectors', () => {
  const cases = (vectors as unknown[]).filter((c): c is [unknown, unknown, unknown] => Array.isArray(c));

  test('there are 280', () => expect(cases).toHaveLength(280));

  test.each(cases.map((c, i) => [i, JSON.stringify(c[0]).slice(0, 80), c] as const))('#%i %s', (_i, _label, [rule, data, expected]) => {
    expect(compileLogic(rule)(data)).toEqual(expected);
  });
});

function packProposals(pack: Pack): unknown[] {
  const dir = join(POLICIES, pack.id);
  const samples = listFiles(join(dir, 'samples'), /^[^.]/).flatMap((rule) =>
    listFiles(join(dir, 'samples', rule), /\.(ya?ml|json)$/).map((f) => readData(join(dir, 'samples', rule, f))),
  );
  const scenarios = listFiles(join(dir, 'scenarios'), /\.(ya?ml|json)$/).map((f) => (readData(join(dir, 'scenarios', f)) as { proposal: unknown }).proposal);
  const examples = listFiles(join(ROOT, 'docs', 'examples'), /\.(ya?ml|json)$/).map((f) => readData(join(ROOT, 'docs', 'examples', f)));
  return [...samples, ...scenarios, ...examples].flatMap((input) => {
    const parsed = parseProposal(input);
    return parsed.success ? [parsed.proposal] : [];
  });
}

function scopes(check: DeclarativeCheck, proposal: unknown): unknown[] {
  if (!check.each) return [proposal];
  const list = check.each.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], proposal);
  return Array.isArray(list) ? list.map((item, index) => ({ item, index, proposal })) : [];
}

describe('differential: compiled rules agree with json-logic-js', () => {
  test.each(builtinPacks.map((p) => [p.id, p] as const))('every declarative rule of pack %s on its samples, scenarios and the examples', (_id, pack) => {
    const packOperators = createLibraryOperators(pack.frameworks);
    const proposals = packProposals(pack);
    let compared = 0;
    for (const rule of pack.rules.filter((r) => r.logic)) {
      const check = rule.logic!;
      const expressions = [check.assert, ...Object.values(check.data ?? {})];
      for (const expression of expressions) {
        const compiled = compileLogic(expression, packOperators);
        for (const proposal of proposals) {
          for (const scope of scopes(check, proposal)) {
            expect(run(() => compiled(scope)), `${rule.id} ${JSON.stringify(expression)}`).toEqual(run(() => jsonLogic.apply(expression as jsonLogic.RulesLogic, scope)));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  // Keys that exist on Object.prototype are left out on purpose: there microcred reads own
  // properties only, and json-logic-js would return the inherited function.
  const keys = ['a', 'b', 'n', 's', 'list', 'items', 'x', 'y', 'd', 'current', 'accumulator', 'a.b', 'items.0', 'nope'];
  const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: false, min: -5, max: 5 }), fc.constantFrom('', '0', '1', 'a', 'abc', '2026-01-31', '2025-12-01', 'x y'), fc.boolean(), fc.constant(null));
  const item = fc.oneof(scalar, fc.record({ x: scalar, y: scalar }, { requiredKeys: [] }));
  const data = fc.record(
    {
      a: fc.oneof(scalar, fc.record({ b: scalar })),
      b: scalar,
      n: fc.integer({ min: -10, max: 10 }),
      s: fc.string({ maxLength: 5 }),
      list: fc.array(scalar, { maxLength: 5 }),
      items: fc.array(item, { maxLength: 4 }),
      d: fc.constantFrom('2026-01-31', '2024-02-29', 'not a date'),
    },
    { requiredKeys: [] },
  );
  const eager = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', '%', 'in', 'cat', 'substr', '+', '-', '*', '/', 'min', 'max', 'merge', 'missing', 'missing_some', 'and', 'or', 'if', '?:', ...Object.keys(operators)];
  const { expr } = fc.letrec<{ expr: unknown; leaf: unknown; op: unknown; scoped: unknown }>((tie) => ({
    expr: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('op'), tie('scoped')),
    leaf: fc.oneof(scalar, fc.constantFrom(...keys).map((k) => ({ var: k })), fc.tuple(fc.constantFrom(...keys), scalar).map(([k, d]) => ({ var: [k, d] }))),
    op: fc.tuple(fc.constantFrom(...eager), fc.array(tie('expr'), { maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
    scoped: fc
      .tuple(fc.constantFrom('map', 'filter', 'all', 'some', 'none', 'reduce'), fc.constantFrom('list', 'items', 'a', 'nope'), tie('expr'), tie('expr'))
      .map(([op, list, body, initial]) => ({ [op]: op === 'reduce' ? [{ var: list }, body, initial] : [{ var: list }, body] })),
  }));

  test('generated rules and data', () => {
    fc.assert(
      fc.property(expr, data, (logic, input) => {
        expect(run(() => compileLogic(logic, operators)(input))).toEqual(run(() => jsonLogic.apply(logic as jsonLogic.RulesLogic, input)));
      }),
      { numRuns: 3_000, seed: 42 },
    );
  });

  // The shapes the compiler fuses into one closure, which random trees reach only now and then.
  const pathKeys = [...keys, 'items.0.x', 'a.b.c', 's.0', 'list.1'];
  const path = fc.oneof(
    fc.constantFrom(...pathKeys).map((k) => ({ var: k })),
    fc.tuple(fc.constantFrom(...pathKeys), scalar).map(([k, d]) => ({ var: [k, d] })),
  );
  const fusedShape = fc.oneof(
    fc.tuple(fc.constantFrom('!', '!!', ...Object.keys(operators)), path).map(([op, p]) => ({ [op]: [p] })),
    fc.tuple(fc.constantFrom('==', '===', '!=', '!==', '>', '>=', '<', '<='), fc.oneof(path, path.map((p) => ({ count: [p] }))), scalar).map(([op, left, k]) => ({ [op]: [left, k] })),
  );

  test('fused shapes: a path or its count against a literal, and one-argument operators on a path', () => {
    fc.assert(
      fc.property(fusedShape, fc.oneof(data, scalar), (logic, input) => {
        expect(run(() => compileLogic(logic, operators)(input))).toEqual(run(() => jsonLogic.apply(logic as jsonLogic.RulesLogic, input)));
      }),
      { numRuns: 3_000, seed: 7 },
    );
  });

  // Whole pack rules, `each` included, must judge as json-logic-js does. Many expressions go
  // into one pack, defined once. Trees of comparisons, negations, and/or/if and the library
  // operators, the shapes pack rules are mostly made of.
  const coveredOver = (names: readonly string[]) =>
    fc.letrec<{ covered: unknown; coveredLeaf: unknown; coveredOp: unknown }>((tie) => ({
      covered: fc.oneof({ depthSize: 'small' }, tie('coveredLeaf'), tie('coveredOp')),
      coveredLeaf: fc.oneof(scalar, fc.constantFrom(...names).map((k) => ({ var: k })), fc.constantFrom(...names).map((k) => ({ var: [k, null] }))),
      coveredOp: fc.oneof(
        fc.tuple(fc.constantFrom('==', '===', '!=', '!==', '>', '>=', '<', '<=', ...Object.keys(operators)), tie('covered'), tie('covered')).map(([op, a, b]) => ({ [op]: [a, b] })),
        fc.tuple(fc.constantFrom('!', '!!', ...Object.keys(operators)), tie('covered')).map(([op, a]) => ({ [op]: [a] })),
        fc.tuple(fc.constantFrom('and', 'or', 'if', '?:'), fc.array(tie('covered'), { minLength: 1, maxLength: 5 })).map(([op, args]) => ({ [op]: args })),
      ),
    })).covered;
  const covered = coveredOver(pathKeys);
  // Under `each` the data is { item, index, proposal }.
  const coveredEach = coveredOver(['item', 'item.x', 'item.y', 'item.0', 'index', 'proposal', 'proposal.n', 'proposal.a.b', 'proposal.items.0.x', 'nope', 'a']);

  test('pack rules, with and without each: random and fused expressions pass and fail as json-logic-js says', () => {
    const expressions = [
      ...fc.sample(expr, { numRuns: 1_000, seed: 11 }),
      ...fc.sample(fusedShape, { numRuns: 500, seed: 12 }),
      ...fc.sample(covered, { numRuns: 1_500, seed: 14 }),
    ];
    const inputs = fc.sample(fc.oneof(data, scalar), { numRuns: 25, seed: 13 });
    const allowed = new Set([...eager, 'var', 'map', 'filter', 'all', 'some', 'none', 'reduce']);
    const eachExpressions = fc.sample(coveredEach, { numRuns: 1_000, seed: 15 });
    const checks = [
      ...expressions.map((assert) => ({ assert })),
      ...eachExpressions.map((assert, i) => ({ assert, each: ['items', 'list', 'a', 'nope'][i % 4]! })),
    ];
    const rules = checks.flatMap((check, i) =>
      validateLogic(check.assert, allowed).length === 0
        ? [{ id: `t/r${i}`, title: 'Generated', severity: 'error' as const, citation: { source: 's', passage: 'p' }, messages: { m: 'm' }, check }]
        : [],
    );
    // The rules run on generated data, not proposals, so they are compiled without the
    // pack linter (which would refuse paths the proposal model does not have).
    const operators = createLibraryOperators(defaultFrameworks);
    const toolkit = { operators, allowed: operatorNames(operators) };
    const problems: Problem[] = [];
    const pack = { rules: rules.flatMap((rule, i) => compileRule(rule, 't', false, toolkit, ['rules', i], problems, { lint: false }) ?? []) };
    expect(problems).toEqual([]);
    // A finding as the compiled rule makes it: message id and the path to the item under `each`.
    const fail = (each: string | undefined, index?: number) => ({ messageId: 'm', path: index === undefined ? [] : [each!, index] });
    // What json-logic-js says, in the shape a check returns.
    const reference = (check: DeclarativeCheck, input: unknown) => {
      if (!check.each) return truthy(jsonLogic.apply(check.assert as jsonLogic.RulesLogic, input)) ? undefined : fail(undefined);
      const list = (input as Record<string, unknown> | null)?.[check.each];
      if (!Array.isArray(list)) return undefined;
      const found = list.flatMap((item, index) => {
        const scope = { item, index, proposal: input };
        return truthy(jsonLogic.apply(check.assert as jsonLogic.RulesLogic, scope)) ? [] : [fail(check.each, index)];
      });
      return found.length > 0 ? found : undefined;
    };
    let compared = 0;
    for (const rule of pack.rules) {
      const check = rule.check;
      for (const input of inputs) {
        const expected = run(() => reference(rule.logic!, input));
        expect(run(() => check(input as Proposal, {} as RuleContext)), `${JSON.stringify(rule.logic)} on ${JSON.stringify(input)}`).toEqual(expected);
        compared++;
      }
    }
    // Most generated expressions are valid rules; the comparison is not vacuous.
    expect(compared).toBeGreaterThan(2_500 * inputs.length);
  });
});

describe('library operators', () => {
  const evalWith = (logic: unknown, input: unknown = {}) => compileLogic(logic, operators)(input);

  test('count, sum and totalCredits read lists without throwing on odd data', () => {
    expect(evalWith({ count: [{ var: 'l' }] }, { l: [1, 2, 3] })).toBe(3);
    expect(evalWith({ count: [{ var: 'l' }] }, { l: 'abc' })).toBe(0);
    expect(evalWith({ sum: [{ var: 'l' }, 'credits.value'] }, { l: [{ credits: { value: 3 } }, { credits: { value: '4' } }, null] })).toBe(3);
    expect(
      evalWith({ totalCredits: [{ var: 'c' }] }, { c: [{ credits: { value: 3, unit: 'us-credit-hour' } }, { credits: { value: 6, unit: 'ects' } }, { credits: 'x' }] }),
    ).toBe(6);
    expect(evalWith({ totalCredits: [{ var: 'c' }, 'ects'] }, { c: [{ credits: { value: 3, unit: 'us-credit-hour' } }] })).toBe(6);
  });

  test('mostCredits counts k options per elective group and every ungrouped option, never throwing on odd data', () => {
    const course = (code: string, value: number, required = true) => ({ code, credits: { value, unit: 'us-credit-hour' }, required });
    const credential = {
      courses: [course('R 1', 6), course('E 1', 3, false), course('E 2', 4, false), course('E 3', 4, false), course('X 1', 2, false)],
      electiveGroups: [{ choose: 2, options: ['E 1', 'E 2', 'E 3'] }],
    };
    expect(evalWith({ mostCredits: [{ var: 'c' }] }, { c: credential })).toBe(6 + 4 + 4 + 2);
    expect(evalWith({ mostCredits: [{ var: 'c' }, 'ects'] }, { c: credential })).toBe(32);
    expect([evalWith({ mostCredits: [{ var: 'c' }] }, { c: 'x' }), evalWith({ mostCredits: [{ var: 'c' }] }, { c: { courses: 3, electiveGroups: [null, { choose: 'a' }] } })]).toEqual([0, 0]);
  });

  test('hasText and unique', () => {
    expect([evalWith({ hasText: ['  '] }), evalWith({ hasText: ['x'] }), evalWith({ hasText: [3] })]).toEqual([false, true, false]);
    expect([evalWith({ unique: [{ var: 'l' }] }, { l: [1, 2, 1] }), evalWith({ unique: [{ var: 'l' }] }, { l: [{ a: 1 }, { a: 2 }] })]).toEqual([false, true]);
  });

  test('date operators use calendar dates and answer false or null for non-dates', () => {
    expect(evalWith({ dateBefore: ['2026-01-31', '2026-02-01'] })).toBe(true);
    expect(evalWith({ dateOnOrAfter: ['2026-02-01', '2026-02-01'] })).toBe(true);
    expect(evalWith({ dateAfter: ['2026-02-30', '2026-01-01'] })).toBe(false);
    expect(evalWith({ daysBetween: ['2024-02-28', '2024-03-01'] })).toBe(2);
    expect(evalWith({ addWeeks: ['2026-03-02', 4] })).toBe('2026-03-30');
    expect(evalWith({ addDays: ['nope', 4] })).toBeNull();
  });

  test('inFramework checks a competency against versioned framework data', () => {
    const ref = (code: string, version?: string | number) => ({ framework: 'nace', code, ...(version !== undefined && { version }) });
    expect(evalWith({ inFramework: [ref('career-management'), 'nace'] })).toBe(true);
    expect(evalWith({ inFramework: [ref('career-management', '2021'), 'nace'] })).toBe(false);
    expect(evalWith({ inFramework: [ref('technology', 2021), 'nace'] })).toBe(true);
    expect(evalWith({ inFramework: [ref('teamwork'), 'esco'] })).toBe(false);
    expect(evalWith({ inFramework: ['teamwork', 'nace'] })).toBe(false);
  });

  test('data is never evaluated as logic (json-logic-js would evaluate a "missing" key that is an object)', () => {
    expect(() => evalWith({ missing: [{ var: 'k' }] }, { k: { var: 'secret' }, secret: null })).toThrow(TypeError);
    expect(() => jsonLogic.apply({ missing: [{ var: 'k' }] }, { k: { var: 'secret' }, secret: null })).not.toThrow();
  });

  test('var never reaches prototypes, even with a computed path', () => {
    expect(evalWith({ var: 'constructor' }, {})).toBeNull();
    expect(evalWith({ var: [{ cat: ['__proto', '__'] }] }, {})).toBeNull();
    expect(evalWith({ var: 'a.constructor.name' }, { a: [] })).toBeNull();
    expect(evalWith({ var: 'toString' }, {})).toBeNull();
    expect(evalWith({ in: ['x', { var: 'o' }] }, { o: { indexOf: 1 } })).toBe(false);
  });
});
