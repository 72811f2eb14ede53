// parseProposal over arbitrary JSON, arbitrary JavaScript values and damaged valid proposals:
// it never throws, never changes its input, answers the same twice, and every issue's path
// fits the input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, parseProposal } from '../../src/index';
import { suny } from '../../policies/index';
import { anyJson, AS_OF, deepFreeze, mutatedProposal, pathFitsInput, proposalCorpus, runs, snapshot } from './_support';

const corpus = proposalCorpus();

function parseSafely(input: unknown): void {
  const before = snapshot(input);
  const result = parseProposal(input);
  expect(snapshot(input), 'parseProposal must not change its input').toBe(before);
  expect(parseProposal(input)).toEqual(result);
  expect(parseProposal(deepFreeze(structuredClone(input)))).toEqual(result);
  if (result.success) {
    expect(result.proposal, 'the typed proposal is a new object').not.toBe(input);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.ruleId).toMatch(/^schema\//);
    expect(pathFitsInput(input, issue.path), `${issue.ruleId} at ${issue.pointer}`).toBe(true);
  }
}

describe('parseProposal', () => {
  test('arbitrary JSON', () => {
    fc.assert(fc.property(anyJson, parseSafely), runs(300));
  });

  test('damaged valid proposals', () => {
    fc.assert(fc.property(mutatedProposal(corpus), ({ proposal }) => parseSafely(proposal)), runs(400));
  });

  test('arbitrary JavaScript values (bigints, maps, dates, sparse arrays, null prototypes, boxed values)', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        expect(() => parseProposal(input)).not.toThrow();
        expect(() => evaluate(input, suny, { asOf: AS_OF })).not.toThrow();
      }),
      runs(300),
    );
  });

  test('values that fight back: throwing getters, revoked proxies, cycles, functions and symbols', () => {
    const throwing = Object.defineProperty({ schemaVersion: 1 }, 'credential', {
      enumerable: true,
      get() {
        throw new Error('getter ran');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.credential = cyclic;
    const valid = corpus[0]!.proposal as Record<string, unknown>;
    const cyclicExtensions = structuredClone(valid);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    cyclicExtensions.extensions = { loop };
    for (const input of [throwing, proxy, cyclic, cyclicExtensions, () => 1, Symbol('x'), { ...valid, extensions: { run: () => 1 } }]) {
      expect(() => parseProposal(input)).not.toThrow();
      expect(() => evaluate(input, suny, { asOf: AS_OF })).not.toThrow();
    }
  });
});
