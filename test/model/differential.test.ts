// Today's parse against the parse main shipped before issue 17 (test/model/_reference): on real
// proposals damaged at random — wrong types, missing and extra keys, odd numbers, padded and
// empty strings, nested garbage, values no file can hold — both give deep-equal results: the
// same success, the same typed value, the same issues with the same rule ids, paths, messages
// and data. The library parses on zod's compiled parser once it is hot, so every check below
// runs after the warm-up that compiles it.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCredential, parseLearnerRecord, parseProposal, type PathSegment } from '../../src/index';
import { COMPILE_AFTER } from '../../src/model/_lib/tiered-parser';
import { readData, ROOT } from '../_helpers/files';
import { HOSTILE_KEYS, pathsOf, proposalCorpus, runs, withOwnKey } from '../robustness/_support';
import { countGeneratedParsers } from './_generated-code';
import { referenceParseCredential, referenceParseLearnerRecord, referenceParseProposal } from './_reference/parse-main';

const proposals = proposalCorpus().map((entry) => entry.proposal);
const credentials = proposals.map((p) => (p as { credential: unknown }).credential);
const records = ['eligible.yaml', 'ineligible.yaml', 'data-analytics.yaml'].map((file) => readData(`${ROOT}/test/fixtures/award/${file}`));

/** Values that tell a careful parser from a careless one. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -0,
  0.5,
  2.5,
  200,
  200.5,
  201,
  1e21,
  -1,
  10_000,
  10_001,
  '',
  ' ',
  '  padded  ',
  '\t',
  'x'.repeat(51),
  'x'.repeat(501),
  'x'.repeat(2_001),
  '2026-02-30',
  '2026-13-01',
  '2026-9-1',
  'http://example.edu/x',
  'ftp://example.edu/x',
  'not a url',
  'EXISTING',
  'existing',
  'ects',
  true,
  false,
  [],
  [null],
  {},
  { value: 3, unit: 'ects' },
  { code: 'X 1', title: 'X', credits: { value: 1, unit: 'ects' } },
];

/** Values no YAML or JSON file holds, that a JavaScript caller can still pass. */
function exoticValue(kind: number): unknown {
  switch (kind % 9) {
    case 0:
      return Object.create({ inherited: 'x', code: 'X 1' });
    case 1:
      return Object.assign(Object.create(null), { name: 'Null-prototype unit' });
    case 2:
      return new Date(0);
    case 3:
      return new String('boxed');
    case 4:
      return new Number(3);
    case 5:
      return Object.assign(['a'], { extra: true });
    case 6:
      // eslint-disable-next-line no-sparse-arrays
      return [, 'hole'];
    case 7:
      return new Map([['a', 1]]);
    default:
      return 12n;
  }
}

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.nat().map(exoticValue) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => ` ${s} `) },
);

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'undefine'; at: number }
  | { op: 'insert'; at: number; key: string; value: unknown }
  | { op: 'pad'; at: number }
  | { op: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof<fc.Arbitrary<Mutation>[]>(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('undefine' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'extensions', 'required', 'status', 'credits', 'id'), fc.string({ maxLength: 8 })),
    value,
  }),
  // Keeps most proposals valid, so the compiled parser's successes are compared too.
  fc.record({ op: fc.constant('pad' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

function parentOf(root: unknown, path: readonly PathSegment[]): Record<PathSegment, unknown> {
  let current = root;
  for (const segment of path.slice(0, -1)) current = (current as Record<PathSegment, unknown>)[segment];
  return current as Record<PathSegment, unknown>;
}

/** A copy of `input` with the mutations applied (odd values are placed, not copied). */
function mutate(input: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: structuredClone(input) } as Record<PathSegment, unknown>;
  for (const m of mutations) {
    try {
      apply(root, m);
    } catch {
      // A path into an odd value placed earlier (a boxed string's characters): leave it be.
    }
  }
  return root.value;
}

function apply(root: Record<PathSegment, unknown>, m: Mutation): void {
  {
    const paths = pathsOf(root.value).map((path) => ['value', ...path]);
    const path = paths[m.at % paths.length]!;
    const parent = parentOf(root, path);
    const last = path[path.length - 1]!;
    const current = parent[last];
    if (m.op === 'replace') withOwnKey(parent, String(last), m.value);
    else if (m.op === 'delete' && path.length > 1) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.op === 'undefine') withOwnKey(parent, String(last), undefined);
    else if (m.op === 'insert') {
      if (Array.isArray(current)) current.push(m.value);
      else if (current !== null && typeof current === 'object') withOwnKey(current, m.key, m.value);
    } else if (m.op === 'pad' && typeof current === 'string') withOwnKey(parent, String(last), ` ${current}\n`);
    else if (m.op === 'duplicate' && Array.isArray(parent)) parent.splice(Number(last), 0, structuredClone(current));
  }
}

/**
 * Deep equality is not all: the order of keys (the engine reports in the proposal's key order)
 * and which parts of the result are the caller's own objects must match too.
 */
function expectSameResult(actual: unknown, expected: unknown, input: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual, jsonSafe)).toBe(JSON.stringify(expected, jsonSafe));
  expect(sharedWithInput(actual, input)).toEqual(sharedWithInput(expected, input));
}

function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}

/** Paths of the objects in a result that are objects of the input itself. */
function sharedWithInput(result: unknown, input: unknown): string[] {
  const own = new Set<unknown>();
  const collect = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || own.has(value) || depth > 20) return;
    own.add(value);
    for (const key of Object.keys(value)) collect((value as Record<string, unknown>)[key], depth + 1);
  };
  collect(input, 0);
  const shared: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (value === null || typeof value !== 'object' || depth > 20) return;
    if (own.has(value)) return void shared.push(path);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}/${key}`, depth + 1);
  };
  walk(result, '', 0);
  return shared;
}

const damaged = (corpus: readonly unknown[]) =>
  fc.tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 0, maxLength: 4 })).map(([input, mutations]) => mutate(input, mutations));

beforeAll(() => {
  // Warm the parsers up, as a many-file run does, and make sure they did compile.
  const warm = countGeneratedParsers(() => {
    for (let i = 0; i <= COMPILE_AFTER; i++) {
      parseProposal(proposals[i % proposals.length]);
      parseCredential(credentials[i % credentials.length]);
      parseLearnerRecord(records[i % records.length]);
    }
  });
  expect(warm.generated, 'the compiled parsers are what this test compares').toBeGreaterThanOrEqual(3);
});

describe('the parse against the parse main shipped', () => {
  test('the corpus itself', () => {
    for (const input of proposals) expectSameResult(parseProposal(input), referenceParseProposal(input), input);
    for (const input of credentials) expectSameResult(parseCredential(input), referenceParseCredential(input), input);
    for (const input of records) expectSameResult(parseLearnerRecord(input), referenceParseLearnerRecord(input), input);
  });

  test('damaged proposals', () => {
    let valid = 0;
    fc.assert(
      fc.property(damaged(proposals), (input) => {
        const result = parseProposal(input);
        if (result.success) valid++;
        expectSameResult(result, referenceParseProposal(input), input);
      }),
      runs(1_500),
    );
    // Both outcomes are compared, not only failures.
    expect(valid).toBeGreaterThan(100);
  });

  test('damaged credentials', () => {
    fc.assert(
      fc.property(damaged(credentials), (input) => {
        expectSameResult(parseCredential(input), referenceParseCredential(input), input);
      }),
      runs(800),
    );
  });

  test('damaged learner records', () => {
    fc.assert(
      fc.property(damaged(records), (input) => {
        expectSameResult(parseLearnerRecord(input), referenceParseLearnerRecord(input), input);
      }),
      runs(800),
    );
  });

  test('arbitrary values in place of a whole proposal', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withBoxedValues: true })), (input) => {
        expectSameResult(parseProposal(input), referenceParseProposal(input), input);
      }),
      runs(300),
    );
  });
});
