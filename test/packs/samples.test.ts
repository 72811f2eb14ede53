// Every rule of every built-in pack is judged against its own samples with verifyPack, as a
// campus would test its own pack: each `pass-*` file must not trigger the rule (and the rule
// must have run), each `fail-*` file must trigger it (with the message id and path its
// `# expect:` lines give), every rule has both, and every samples folder names a rule.
// Adding a rule without samples fails here; no per-rule test code is needed.
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../policies/index';
import { ownRules } from '../_helpers/files';
import { builtinPackCases } from '../_helpers/samples';

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s', (_packId, pack) => {
  const cases = builtinPackCases(pack, ['coverage', 'sample', 'samples-folder']);

  test('every own rule is covered and every sample is its own case', () => {
    const covered = cases.filter((c) => c.check.kind === 'coverage').map((c) => c.check.ruleId);
    expect(covered).toEqual(ownRules(pack).map((rule) => rule.id));
    expect(cases.filter((c) => c.check.kind === 'sample').length).toBeGreaterThanOrEqual(2 * ownRules(pack).length);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => c.run());
});
