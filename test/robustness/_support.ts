// Shared by the robustness tests (and meant for the checkAward property tests too): a corpus
// of valid proposals, arbitraries that damage them, and the invariants every result must keep.
import { join } from 'node:path';
import fc from 'fast-check';
import type { Pack, PathSegment } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { listFiles, POLICIES, readData, ROOT } from '../_helpers/files';
import { sampleCases } from '../_helpers/samples';

/** Fixed seed: a failure reproduces on every machine; fast-check prints the counterexample. */
export const SEED = 20_260_601;

/** The date property tests judge at. */
export const AS_OF = '2026-06-01';

/** One valid proposal of the corpus, with where it came from. */
export interface CorpusEntry {
  readonly source: string;
  readonly proposal: unknown;
}

/**
 * Every proposal the repository holds for the built-in packs: rule samples, scenario
 * proposals and the examples in docs/examples. New packs join automatically.
 */
export function proposalCorpus(packs: readonly Pack[] = builtinPacks): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const pack of packs) {
    for (const { file } of sampleCases(pack, join(POLICIES, pack.id))) {
      entries.push({ source: `${pack.id}/${file}`, proposal: readData(join(POLICIES, pack.id, file)) });
    }
    const scenarios = join(POLICIES, pack.id, 'scenarios');
    for (const file of listFiles(scenarios, /\.(ya?ml|json)$/)) {
      const scenario = readData(join(scenarios, file)) as { proposal: unknown };
      entries.push({ source: `${pack.id}/scenarios/${file}`, proposal: scenario.proposal });
    }
  }
  const examples = join(ROOT, 'docs', 'examples');
  for (const file of listFiles(examples, /\.(ya?ml|json)$/)) entries.push({ source: `docs/examples/${file}`, proposal: readData(join(examples, file)) });
  return entries;
}

/** Keys that attack prototypes or shadow Object.prototype's methods. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then', 'length'] as const;

/** Strings that are near misses of what the schema and the rules look for, or hostile to output. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  '::error file=x::injected\n::warning::two',
  '<testcase name="x"/>&amp;]]>',
  '\ud800',
  '2026-02-30',
  '2026-06-01',
  '9999-12-31',
  'micro-credential',
  'digital-badge',
  'us-credit-hour',
  'approved',
  'suny',
  '{var}',
  '%0A',
  'x'.repeat(20_001),
];

/** Any JSON value, with hostile strings and keys mixed in. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...TRICKY_STRINGS, 0, -1, 1.5, 1e308, true, false, null, [], {}) },
  { weight: 1, arbitrary: fc.array(fc.constant({}), { minLength: 201, maxLength: 202 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => withOwnKey({}, key, value)),
  },
);

/** Adds an own property the way JSON.parse does, even for `__proto__`. */
export function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** One change to a proposal: applied at the `at`-th node (modulo the number of nodes). */
export type Mutation =
  | { readonly op: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'insert'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'tweak'; readonly at: number; readonly text: string; readonly number: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof<fc.Arbitrary<Mutation>[]>(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: anyJson }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
    value: anyJson,
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  // Same-type changes keep many proposals valid, so the rules (not only the schema) get
  // exercised; listed three times to weigh them up.
  ...Array.from({ length: 3 }, () =>
    fc.record({
      op: fc.constant('tweak' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...TRICKY_STRINGS), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })),
      number: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double({ noNaN: true })),
    }),
  ),
);

/** Every path to a value inside `value` (the root is `[]`). */
export function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function get(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) current = (current as Record<PathSegment, unknown>)[segment];
  return current;
}

/** A copy of `proposal` with the mutations applied; the original is left alone. */
export function mutate(proposal: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(proposal);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.op === 'replace') root = structuredClone(m.value);
      else if (m.op === 'insert' && root !== null && typeof root === 'object' && !Array.isArray(root)) withOwnKey(root, m.key, structuredClone(m.value));
      continue;
    }
    const parent = get(root, path.slice(0, -1)) as Record<PathSegment, unknown> | unknown[];
    const last = path[path.length - 1]!;
    const current = (parent as Record<PathSegment, unknown>)[last];
    switch (m.op) {
      case 'replace':
        withOwnKey(parent, String(last), structuredClone(m.value));
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete (parent as Record<PathSegment, unknown>)[last];
        break;
      case 'insert':
        if (Array.isArray(current)) current.push(structuredClone(m.value));
        else if (current !== null && typeof current === 'object') withOwnKey(current, m.key, structuredClone(m.value));
        else withOwnKey(parent, String(last), structuredClone(m.value));
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(Number(last), 0, structuredClone(current));
        else withOwnKey(parent, `${String(last)}Copy`, structuredClone(current));
        break;
      case 'tweak': {
        const value = typeof current === 'string' ? m.text : typeof current === 'number' ? m.number : typeof current === 'boolean' ? !current : undefined;
        if (value !== undefined) withOwnKey(parent, String(last), value);
        break;
      }
    }
  }
  return root;
}

/** A valid proposal from the corpus, damaged by one to three mutations. */
export function mutatedProposal(corpus: readonly CorpusEntry[]): fc.Arbitrary<{ source: string; proposal: unknown }> {
  return fc
    .tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([entry, mutations]) => ({ source: entry.source, proposal: mutate(entry.proposal, mutations) }));
}

/**
 * Whether a violation's path makes sense for the input: it resolves, or it stops resolving
 * at a key missing from an object (the rest of the path names missing keys too, never list
 * indexes). A path through a string, a number or past the end of a list is a bug.
 */
export function pathFitsInput(input: unknown, path: readonly PathSegment[]): boolean {
  let current = input;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isContainer = current !== null && typeof current === 'object';
    if (isContainer && Object.hasOwn(current as object, segment)) {
      current = (current as Record<PathSegment, unknown>)[segment];
      continue;
    }
    const missingKey = current === undefined || (isContainer && !Array.isArray(current));
    return missingKey && path.slice(i).every((s) => typeof s === 'string');
  }
  return true;
}

/** Freezes a value and everything in it, so any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * A canonical text of a value, own `__proto__` keys included, to compare before and after.
 * (JSON.stringify also writes an own "__proto__" property as a plain key.)
 */
export function snapshot(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** Property-run settings: fixed seed, a run count that keeps each file to a few seconds. */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns };
}

/** A citation for test packs. */
export const CITATION = { source: 'test-policy.md', passage: 'Proposals must be safe to judge.' };

/** The smallest valid proposal: a non-credit digital badge. */
export const MINIMAL_PROPOSAL = {
  schemaVersion: 1,
  credential: { id: 'badge', title: 'Teamwork', kind: 'digital-badge', creditBearing: false },
} as const;

/** A declarative (third-party) pack object, as read from a YAML or JSON pack file. */
export function declarativePack(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'acme', name: 'ACME test pack', version: '1.0.0', sources: [{ title: 'ACME policy' }], effective: [{ revision: 'r1' }], ...fields };
}

/** A declarative rule with one message, `{value}` filled from `data.value` when given. */
export function declarativeRule(name: string, check: Record<string, unknown>, fields: Record<string, unknown> = {}): Record<string, unknown> {
  // The pack linter refuses a placeholder the check's data does not fill.
  const filled = check.data !== null && typeof check.data === 'object' && Object.hasOwn(check.data, 'value');
  return { id: `acme/${name}`, title: name, severity: 'error', citation: CITATION, messages: { found: filled ? 'Found {value}.' : 'Found.' }, check, ...fields };
}
