// Judging one proposal by several packs together: one report shape, `packs` in order, the
// packs' rules and findings together, each pack at its own revision, the first pack's route;
// packs that overlap or bring a second route are refused.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, InvalidOptionError, loadPack, NoPolicyInForceError, reportSections, type Pack, type Report } from '../../src/index';
import { binghamton, suny, ub } from '../../policies/index';
import { northfield } from '../../docs/guides/example-pack/pack';
import { readData } from '../_helpers/files';
import { proposal } from '../_helpers/proposals';
import { deepFreeze } from '../robustness/_support';

const AS_OF = { asOf: '2026-11-01' };
const standardsDefinition = readData('test/fixtures/packs/standards/pack.yaml') as Record<string, unknown>;
const standards = loadPack(standardsDefinition);
const compliant = readData('test/fixtures/cli/clean/compliant.yaml') as Record<string, unknown>;

const ids = (report: Pick<Report, 'violations'>) => report.violations.map((v) => v.ruleId);
const withoutEngine = (report: Report) => report.violations.filter((v) => v.packId !== 'microcred');

describe('evaluate with a list of packs', () => {
  test('one pack, alone or in a list, gives the same report, whose packs holds that one pack', () => {
    const alone = evaluate(compliant, suny, AS_OF);
    expect(evaluate(compliant, [suny], AS_OF)).toEqual(alone);
    expect(alone.packs).toEqual([{ ...alone.pack, rulesChecked: alone.checked!.length }]);
    expect(alone.packs[0]!.rulesChecked).toBe(alone.summary.rulesChecked);
  });

  test('two packs: packs in order, checked and violations of both, summary over both, the first pack\'s route', () => {
    const campus = evaluate(compliant, suny, AS_OF);
    const extra = evaluate(compliant, standards, AS_OF);
    const both = evaluate(compliant, [suny, standards], AS_OF);
    expect(both.pack).toEqual(campus.pack);
    expect(both.packs.map((p) => [p.id, p.revision, p.rulesChecked])).toEqual([
      ['suny', campus.pack.revision, campus.checked!.length],
      ['standards', '2025', 2],
    ]);
    expect(both.checked).toEqual([...campus.checked!, ...extra.checked!]);
    expect(ids(both).sort()).toEqual([...ids(campus), ...withoutEngine(extra).map((v) => v.ruleId)].sort());
    expect(ids(both)).toEqual(expect.arrayContaining(['standards/three-outcomes', 'standards/employer-partner']));
    expect(both.verdict).toBe('non-compliant');
    expect(both.summary).toEqual({ errors: 1, warnings: 1, infos: 0, waived: 0, rulesChecked: campus.checked!.length + 2 });
    expect(both.route).toEqual(campus.route);
  });

  test('violations keep the order of the places they point to, across packs', () => {
    const both = evaluate(compliant, [suny, standards], AS_OF);
    const pointers = both.violations.map((v) => v.pointer);
    expect(pointers).toEqual(['/credential/learningOutcomes', '/market/partners']);
  });

  test('each pack is judged at its own revision in force on asOf', () => {
    const revised = loadPack({ ...standardsDefinition, effective: [{ revision: '2025', from: '2025-01-01', to: '2026-06-30' }, { revision: '2026', from: '2026-07-01' }] });
    expect(evaluate(compliant, [suny, revised], { asOf: '2026-01-15' }).packs[1]!.revision).toBe('2025');
    expect(evaluate(compliant, [suny, revised], AS_OF).packs[1]!.revision).toBe('2026');
    expect(() => evaluate(compliant, [suny, revised], { asOf: '2024-06-01' })).toThrow(NoPolicyInForceError);
    try {
      evaluate(compliant, [suny, revised], { asOf: '2024-06-01' });
    } catch (error) {
      expect((error as NoPolicyInForceError).packId).toBe('standards');
    }
  });

  test('the proposal\'s policy may name any of the packs; naming none of them is a warning naming them all', () => {
    expect(ids(evaluate({ ...compliant, policy: 'standards' }, [suny, standards], AS_OF))).not.toContain('proposal/policy-mismatch');
    const mismatch = evaluate({ ...compliant, policy: 'ub' }, [suny, standards], AS_OF).violations.find((v) => v.ruleId === 'proposal/policy-mismatch')!;
    expect(mismatch.data).toEqual({ policy: 'ub', pack: 'suny + standards' });
  });

  test('a waiver may name a rule of any of the packs; its findings name the rule\'s pack', () => {
    const waiver = (ruleId: string, expires = '2027-06-30') => ({ ruleId, justification: 'Partners are being signed.', ownerRole: 'Dean', expires });
    const waived = evaluate({ ...compliant, waivers: [waiver('standards/employer-partner')] }, [suny, standards], AS_OF);
    expect(waived.waived.map((v) => v.ruleId)).toEqual(['standards/employer-partner']);
    const expired = evaluate({ ...compliant, waivers: [waiver('standards/employer-partner', '2026-01-01')] }, [suny, standards], AS_OF);
    expect(expired.violations.find((v) => v.ruleId === 'waiver/expired')!.data).toMatchObject({ pack: 'standards' });
    const unknown = evaluate({ ...compliant, waivers: [waiver('acme/nope')] }, [suny, standards], AS_OF);
    expect(unknown.violations.find((v) => v.ruleId === 'waiver/unknown-rule')!.data).toMatchObject({ pack: 'suny + standards' });
  });

  test('a proposal that is not well-formed is invalid for every pack, none of whose rules ran', () => {
    const report = evaluate({ schemaVersion: 1 }, [suny, standards], AS_OF);
    expect(report.verdict).toBe('invalid');
    expect(report.packs.map((p) => [p.id, p.rulesChecked])).toEqual([['suny', 0], ['standards', 0]]);
    expect(reportSections(report).map((s) => s.verdict)).toEqual(['invalid', 'invalid']);
  });

  test('never throws, never mutates its input and gives the same report twice, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const first = evaluate(frozen, [binghamton, standards], AS_OF);
        expect(evaluate(frozen, [binghamton, standards], AS_OF)).toEqual(first);
        expect(frozen).toEqual(input);
      }),
      { numRuns: 50, seed: 20261202 },
    );
  });
});

describe('packs that cannot judge together', () => {
  const problemCodes = (packs: readonly Pack[]) => {
    try {
      evaluate(compliant, packs, AS_OF);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionError);
      return (error as InvalidOptionError).problems.map((p) => [p.path.join('.'), p.code]);
    }
    return [];
  };
  test('an empty list, or something that is not a pack', () => {
    expect(() => evaluate(compliant, [], AS_OF)).toThrow(InvalidOptionError);
    expect(() => evaluate(compliant, [suny, {} as Pack], AS_OF)).toThrow(/Pack 2 of 2 was not made by definePack or loadPack/);
  });

  test('the same pack twice, or a pack beside one it extends', () => {
    expect(problemCodes([standards, standards])).toEqual([['packs.1', 'overlapping-packs']]);
    expect(problemCodes([binghamton, suny])).toEqual([['packs.1', 'overlapping-packs']]);
  });

  test('a route on any pack but the first: a proposal follows one route', () => {
    expect(problemCodes([suny, northfield])).toEqual([['packs.1', 'second-route']]);
    expect(problemCodes([standards, binghamton])).toEqual([['packs.1', 'second-route']]);
    expect(problemCodes([binghamton, ub])).toEqual([['packs.1', 'second-route']]);
    expect(problemCodes([northfield, standards])).toEqual([]);
  });
});

describe('reportSections', () => {
  test('one section per pack, each with its findings, waived findings, rules and verdict', () => {
    const report = evaluate({ ...compliant, policy: 'ub' }, [suny, standards], AS_OF);
    const sections = reportSections(report);
    expect(sections.map((s) => [s.pack.id, s.verdict])).toEqual([
      ['suny', 'compliant-with-warnings'],
      ['standards', 'non-compliant'],
    ]);
    // The engine's own finding about the proposal goes with the first pack.
    expect(ids(sections[0]!)).toEqual(['proposal/policy-mismatch']);
    expect(ids(sections[1]!)).toEqual(['standards/three-outcomes', 'standards/employer-partner']);
    expect(sections[0]!.checked).toEqual(report.checked!.slice(0, report.packs[0]!.rulesChecked));
    expect(sections[1]!.checked).toEqual(['standards/three-outcomes', 'standards/employer-partner']);
    expect(sections.flatMap((s) => s.violations)).toHaveLength(report.violations.length);
  });

  test('a finding of an inherited rule belongs to the pack that was given, not the one that defined it', () => {
    const report = evaluate(proposal({ description: 'A badge' }), [binghamton, standards], AS_OF);
    const [campus, extra] = reportSections(report);
    expect(campus!.violations.some((v) => v.packId === 'suny')).toBe(true);
    expect(campus!.violations.every((v) => !v.ruleId.startsWith('standards/'))).toBe(true);
    expect(extra!.violations.every((v) => v.ruleId.startsWith('standards/'))).toBe(true);
  });

  test('a waived finding and a waiver finding go with the pack of the waived rule', () => {
    const waivers = [
      { ruleId: 'standards/employer-partner', justification: 'Partners are being signed.', ownerRole: 'Dean', expires: '2027-06-30' },
      { ruleId: 'standards/employer-partner', justification: 'Again.', ownerRole: 'Dean', expires: '2027-06-30' },
    ];
    const [campus, extra] = reportSections(evaluate({ ...compliant, waivers }, [suny, standards], AS_OF));
    expect(extra!.waived.map((v) => v.ruleId)).toEqual(['standards/employer-partner']);
    expect(ids(extra!)).toContain('waiver/duplicate');
    expect(campus!.waived).toEqual([]);
  });

  test('a notice about one pack\'s revision goes with that pack', () => {
    const textless = loadPack({ ...standardsDefinition, effective: [{ revision: '2025', from: '2025-01-01', to: '2026-06-30' }, { revision: '2026', from: '2026-07-01', textApplied: '2025' }] });
    const report = evaluate(compliant, [suny, textless], AS_OF);
    expect(report.packs[1]).toMatchObject({ id: 'standards', revision: '2026', textApplied: '2025' });
    const [campus, extra] = reportSections(report);
    expect(ids(extra!)).toContain('pack/text-not-held');
    expect(ids(campus!)).not.toContain('pack/text-not-held');
  });

  test('a report judged by one pack is one section holding everything', () => {
    const report = evaluate(compliant, standards, AS_OF);
    expect(reportSections(report)).toEqual([{ pack: report.packs[0], verdict: report.verdict, violations: report.violations, waived: report.waived, checked: report.checked }]);
  });
});
