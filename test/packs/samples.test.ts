// Every rule of every built-in pack is judged against its own samples: each `pass-*` file
// must not trigger the rule (and the rule must have run), each `fail-*` file must trigger it.
// Adding a rule without samples fails here; no per-rule test code is needed.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../policies/index';
import { listFiles, ownRules, POLICIES, ruleName } from '../_helpers/files';
import { expectSample, sampleCases } from '../_helpers/samples';

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s', (packId, pack) => {
  const dir = join(POLICIES, packId);
  const cases = sampleCases(pack, dir);

  test.each(ownRules(pack).map((rule) => [rule.id] as const))('%s has a passing and a failing sample', (ruleId) => {
    const mine = cases.filter((c) => c.ruleId === ruleId);
    expect(mine.some((c) => c.expected === 'pass'), `add policies/${packId}/samples/${ruleName(ruleId)}/pass-*.yaml`).toBe(true);
    expect(mine.some((c) => c.expected === 'fail'), `add policies/${packId}/samples/${ruleName(ruleId)}/fail-*.yaml`).toBe(true);
  });

  test.each(cases.map((c) => [c.ruleId, c.file, c.expected, c] as const))('%s: %s should %s', (_ruleId, _file, _expected, sample) => {
    expectSample(pack, dir, sample);
  });

  test('every samples folder belongs to a rule of the pack', () => {
    const names = new Set(ownRules(pack).map((rule) => ruleName(rule.id)));
    expect(listFiles(join(dir, 'samples'), /^[^.]/).filter((folder) => !names.has(folder))).toEqual([]);
  });
});
