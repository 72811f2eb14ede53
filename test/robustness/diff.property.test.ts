// diffProposals over every built-in pack, fed arbitrary JSON and damaged valid proposals on
// either side: it never throws, never changes its inputs, gives the same diff twice, and a
// proposal compared with itself is no change.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffProposals, type Pack } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { anyJson, AS_OF, mutatedProposal, proposalCorpus, runs, snapshot } from './_support';

const corpus = proposalCorpus();

function diffSafely(before: unknown, after: unknown, pack: Pack): void {
  const inputs = snapshot([before, after]);
  const diff = diffProposals(before, after, pack, { asOf: AS_OF });
  expect(snapshot([before, after]), 'diffProposals must not change its inputs').toBe(inputs);
  expect(diffProposals(before, after, pack, { asOf: AS_OF }), 'the same inputs give the same diff').toEqual(diff);
  expect(() => JSON.stringify(diff), 'a diff is JSON').not.toThrow();
}

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('diffProposals with pack %s', (_id, pack) => {
  test('every proposal of the corpus compared with itself is no change', () => {
    for (const entry of corpus) {
      const diff = diffProposals(entry.proposal, structuredClone(entry.proposal), pack, { asOf: AS_OF });
      expect(diff.changed, entry.source).toBe(false);
      expect(diff.fields, entry.source).toEqual([]);
    }
  });

  test('arbitrary JSON against a proposal, either way round', () => {
    fc.assert(
      fc.property(anyJson, fc.constantFrom(...corpus), (input, entry) => {
        diffSafely(input, entry.proposal, pack);
        diffSafely(entry.proposal, input, pack);
      }),
      runs(100),
    );
  });

  test('a proposal against a damaged copy of itself', () => {
    fc.assert(
      fc.property(mutatedProposal(corpus), ({ source, proposal }) => {
        const original = corpus.find((c) => c.source === source)!.proposal;
        diffSafely(original, proposal, pack);
      }),
      runs(150),
    );
  });
});
