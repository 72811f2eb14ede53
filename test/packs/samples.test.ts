// Every rule of every built-in pack is judged against its own samples: each `pass-*` file
// must not trigger the rule (and the rule must have run), each `fail-*` file must trigger it.
// Adding a rule without samples fails here; no per-rule test code is needed.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { listFiles, ownRules, POLICIES, readData, ruleName, sampleIndex } from '../_helpers/files';

/** Samples are judged at one fixed date so results never depend on the clock. */
export const SAMPLE_AS_OF = '2026-06-01';

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s', (packId, pack) => {
  const index = sampleIndex(pack);

  test.each(ownRules(pack).map((rule) => [rule.id] as const))('%s has a passing and a failing sample', (ruleId) => {
    expect(index[ruleId]!.pass.length, `add policies/${packId}/samples/${ruleName(ruleId)}/pass-*.yaml`).toBeGreaterThan(0);
    expect(index[ruleId]!.fail.length, `add policies/${packId}/samples/${ruleName(ruleId)}/fail-*.yaml`).toBeGreaterThan(0);
  });

  const cases = ownRules(pack).flatMap((rule) => [
    ...index[rule.id]!.pass.map((file) => [rule.id, file, 'pass'] as const),
    ...index[rule.id]!.fail.map((file) => [rule.id, file, 'fail'] as const),
  ]);

  test.each(cases)('%s: %s should %s', (ruleId, file, expected) => {
    const report = evaluate(readData(join(POLICIES, packId, file)), pack, { asOf: SAMPLE_AS_OF });
    const schemaProblems = report.violations.filter((v) => v.ruleId.startsWith('schema/'));
    expect(schemaProblems, 'a sample must be a well-formed proposal').toEqual([]);
    expect(report.checked, 'the rule must apply to its sample').toContain(ruleId);
    const ids = report.violations.map((v) => v.ruleId);
    if (expected === 'pass') expect(ids).not.toContain(ruleId);
    else expect(ids).toContain(ruleId);
  });

  test('every samples folder belongs to a rule of the pack', () => {
    const names = new Set(ownRules(pack).map((rule) => ruleName(rule.id)));
    const folders = listFiles(join(POLICIES, packId, 'samples'), /^[^.]/);
    expect(folders.filter((folder) => !names.has(folder))).toEqual([]);
  });
});
