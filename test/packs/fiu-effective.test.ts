// FIU Policy 380.104 took effect on 2019-10-14 and was revised on 2020-11-17 and 2024-02-07,
// but only the 2024-02-07 text is among the sources: the fiu pack must refuse dates before the
// policy existed, name the revision in force, and say out loud when it judges by a text that is
// not that revision's own. `microcred packs` and `explain` say when each period really ends, and
// when a pack's only period carries no date.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, NoPolicyInForceError, PackError } from '../../src/index';
import { fiu } from '../../policies/index';
import { microcred } from '../_helpers/run-cli';

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
    ['2019-10-14', '2019-10-14', '2024-02-07'],
    ['2020-11-16', '2019-10-14', '2024-02-07'],
    ['2020-11-17', '2020-11-17', '2024-02-07'],
    ['2024-02-06', '2020-11-17', '2024-02-07'],
  ])('on %s the revision in force is %s, judged by the %s text', (asOf, revision, textApplied) => {
    const report = evaluate(proposal, fiu, { asOf });
    expect(report.pack).toEqual({ id: 'fiu', version: fiu.version, revision, textApplied });
    const notice = report.violations.filter((v) => v.ruleId === 'pack/text-not-held');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ severity: 'info', messageId: 'text-not-held', path: [], data: { pack: 'fiu', revision, textApplied, asOf } });
  });

  test.each([
    ['2024-02-07', '2024-02-07'],
    ['2026-06-01', '2024-02-07'],
  ])('on %s the revision in force is %s, judged by its own text, with no notice', (asOf, revision) => {
    const report = evaluate(proposal, fiu, { asOf });
    expect(report.pack).toEqual({ id: 'fiu', version: fiu.version, revision });
    expect(report.violations.map((v) => v.ruleId)).not.toContain('pack/text-not-held');
  });

  test('the notice is information: it changes no verdict, even on a proposal that is not well-formed', () => {
    const early = evaluate(proposal, fiu, { asOf: '2021-03-01' });
    const late = evaluate(proposal, fiu, { asOf: '2024-03-01' });
    expect(early.verdict).toBe(late.verdict);
    expect(early.summary.infos).toBe(late.summary.infos + 1);
    const broken = evaluate({ schemaVersion: 1 }, fiu, { asOf: '2021-03-01' });
    expect(broken.pack.textApplied).toBe('2024-02-07');
    expect(broken.violations.map((v) => v.ruleId)).toContain('pack/text-not-held');
  });

  test('every revision is judged by the same rules, since only the 2024 text is among the sources', () => {
    const ruleIds = (asOf: string) => evaluate(proposal, fiu, { asOf }).checked;
    expect(ruleIds('2019-10-14')).toEqual(ruleIds('2024-02-07'));
    expect(ruleIds('2020-11-17')).toEqual(ruleIds('2024-02-07'));
  });

  test('a period may only be judged by the text of another period that has its own', () => {
    const define = (textApplied: string) => () =>
      definePack({
        id: 'acme',
        name: 'Acme',
        version: '1.0.0',
        sources: [{ title: 'Acme policy', revised: '2024-01-01' }],
        effective: [
          { revision: '2020', from: '2020-01-01', textApplied },
          { revision: '2024', from: '2024-01-01' },
        ],
      });
    expect(define('2024')).not.toThrow();
    for (const wrong of ['2023', '2020']) {
      const thrown = (() => {
        try {
          define(wrong)();
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(thrown).toBeInstanceOf(PackError);
      expect((thrown as PackError).problems).toContainEqual(expect.objectContaining({ path: ['effective', 0, 'textApplied'], code: 'unknown-text-applied' }));
    }
  });
});

describe('microcred packs and explain say when a pack is in force', () => {
  test('packs shows the day each period really ends and the text it is judged by', () => {
    const text = microcred(['packs']).stdout;
    expect(text).toContain(
      'in force:  2019-10-14 (2019-10-14 – 2020-11-16; judged by the 2024-02-07 text); 2020-11-17 (2020-11-17 – 2024-02-06; judged by the 2024-02-07 text); 2024-02-07 (2024-02-07 – open)',
    );
    const rows = JSON.parse(microcred(['packs', '--format', 'json']).stdout) as { id: string; effective: { revision: string; ends?: string }[] }[];
    expect(rows.find((r) => r.id === 'fiu')!.effective.map((p) => p.ends)).toEqual(['2020-11-16', '2024-02-06', undefined]);
  });

  test('packs and explain say when the only period is undated', () => {
    expect(microcred(['packs']).stdout).toMatch(/in force: {2}suny-page \(undated: the source text carries no date, so this revision applies on every date\)/);
    expect(microcred(['explain', 'suny/disclose-costs']).stdout).toMatch(/in force: {3}suny-page \(undated: /);
    expect(microcred(['explain', 'fiu/pathway']).stdout).toMatch(/in force: {3}2019-10-14 \(2019-10-14 – 2020-11-16; judged by the 2024-02-07 text\)/);
  });
});
