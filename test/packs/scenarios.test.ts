// Whole-proposal scenarios per pack, run by verifyPack: a realistic proposal with the expected
// verdict, rule ids, waived rule ids and approval route (every step in stage order, with its
// status, and its state), the expected dates of steps whose policy gives a duration, and an
// award of the credential to a learner when the scenario gives one.
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../policies/index';
import { builtinPackCases } from '../_helpers/samples';

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s scenarios', (_packId, pack) => {
  const cases = builtinPackCases(pack, ['scenario']);

  test('has at least six scenarios', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  test.each(cases.map((c) => [c.check.file!.replace(/^scenarios\//, ''), c] as const))('%s', (_file, c) => c.run());
});
