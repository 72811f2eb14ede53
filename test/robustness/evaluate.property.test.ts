// evaluate() over every built-in pack, fed arbitrary JSON and damaged valid proposals: it never
// throws, never changes its input, gives the same report twice, and every violation's path
// fits the input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, type Pack, type Report } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { anyJson, AS_OF, deepFreeze, mutatedProposal, pathFitsInput, proposalCorpus, runs, snapshot } from './_support';

const corpus = proposalCorpus();

function judgeSafely(input: unknown, pack: Pack): Report {
  const before = snapshot(input);
  const report = evaluate(input, pack, { asOf: AS_OF });
  expect(snapshot(input), 'evaluate must not change its input').toBe(before);
  expect(evaluate(input, pack, { asOf: AS_OF }), 'the same input gives the same report').toEqual(report);
  expect(evaluate(deepFreeze(structuredClone(input)), pack, { asOf: AS_OF }), 'a frozen copy gives the same report').toEqual(report);
  for (const violation of [...report.violations, ...report.waived]) {
    expect(pathFitsInput(input, violation.path), `${violation.ruleId} at ${violation.pointer}`).toBe(true);
  }
  expect(() => JSON.stringify(report), 'a report is JSON').not.toThrow();
  return report;
}

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('evaluate with pack %s', (_id, pack) => {
  test('the corpus is judged without schema problems', () => {
    for (const entry of corpus) {
      const report = evaluate(entry.proposal, pack, { asOf: AS_OF });
      expect(report.violations.filter((v) => v.ruleId.startsWith('schema/')), entry.source).toEqual([]);
    }
  });

  test('arbitrary JSON', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        judgeSafely(input, pack);
      }),
      runs(200),
    );
  });

  test('damaged valid proposals', () => {
    let judgedByRules = 0;
    let refusedBySchema = 0;
    fc.assert(
      fc.property(mutatedProposal(corpus), ({ proposal }) => {
        const report = judgeSafely(proposal, pack);
        if (report.route) judgedByRules++;
        else refusedBySchema++;
      }),
      runs(300),
    );
    // The mutations must exercise both the schema and the rules, or the test proves little.
    expect(judgedByRules).toBeGreaterThan(50);
    expect(refusedBySchema).toBeGreaterThan(50);
  });
});
