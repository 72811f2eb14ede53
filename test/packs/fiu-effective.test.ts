// FIU Policy 380.104 took effect on 2019-10-14 and was revised on 2020-11-17 and 2024-02-07:
// the fiu pack must refuse dates before the policy existed and name the revision in force.
import { describe, expect, test } from 'vitest';
import { evaluate, NoPolicyInForceError } from '../../src/index';
import { fiu } from '../../policies/index';

const proposal = {
  schemaVersion: 1,
  policy: 'fiu',
  credential: { id: 'fiu-data-literacy-badge', title: 'Data Literacy', kind: 'digital-badge', creditBearing: false },
};

describe('fiu effective periods', () => {
  test('a proposal judged before 2019-10-14 has no policy in force', () => {
    const thrown = (() => {
      try {
        evaluate(proposal, fiu, { asOf: '2019-10-13' });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(NoPolicyInForceError);
    expect(thrown).toMatchObject({ code: 'no-policy-in-force', packId: 'fiu', asOf: '2019-10-13' });
  });

  test.each([
    ['2019-10-14', '2019-10-14'],
    ['2020-11-16', '2019-10-14'],
    ['2020-11-17', '2020-11-17'],
    ['2024-02-06', '2020-11-17'],
    ['2024-02-07', '2024-02-07'],
    ['2026-06-01', '2024-02-07'],
  ])('on %s the revision in force is %s', (asOf, revision) => {
    expect(evaluate(proposal, fiu, { asOf }).pack).toEqual({ id: 'fiu', version: fiu.version, revision });
  });

  test('every revision is judged by the same rules, since only the 2024 text is among the sources', () => {
    const ruleIds = (asOf: string) => evaluate(proposal, fiu, { asOf }).checked;
    expect(ruleIds('2019-10-14')).toEqual(ruleIds('2024-02-07'));
    expect(ruleIds('2020-11-17')).toEqual(ruleIds('2024-02-07'));
  });
});
