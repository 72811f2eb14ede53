// Every passage a built-in pack cites (rules, route steps and passages it leaves out on
// purpose) is found in the policy text it names, in ../shared/policies.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../policies/index';
import { ownCitations } from '../../src/index';
import { builtinPackCases } from '../_helpers/samples';
import { SHARED_POLICIES } from '../_helpers/shared-policies';

test('the policy texts are there', () => {
  expect(existsSync(SHARED_POLICIES), SHARED_POLICIES).toBe(true);
});

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s citations', (_packId, pack) => {
  const cases = builtinPackCases(pack, ['citation'], SHARED_POLICIES);

  test('every citation is checked against a text', () => {
    expect(cases).toHaveLength(ownCitations(pack).length);
    // Every citation names a file among the texts, so none is skipped.
    expect(cases.filter((c) => c.skip).map((c) => c.name)).toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => c.run());
});
