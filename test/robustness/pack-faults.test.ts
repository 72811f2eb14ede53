// A pack's check or route condition that throws on data it did not expect, or returns data
// that cannot be written as JSON, is a fault in the pack: evaluate reports it as a violation
// (engine/rule-failed, engine/route-failed) and never throws on the proposal.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, formatReport, FORMAT_NAMES, loadPack, type Pack } from '../../src/index';
import { AS_OF, CITATION, declarativePack, declarativeRule, MINIMAL_PROPOSAL } from './_support';

function packOf(...rules: Record<string, unknown>[]): Pack {
  return loadPack(declarativePack({ rules }));
}

const withExtensions = (extensions: Record<string, unknown>) => ({ ...MINIMAL_PROPOSAL, extensions });

describe('faults in packs become violations', () => {
  test('data that breaks an operator makes the rule fail, not the evaluation', () => {
    // {"toString": 1} has no usable toString, so joining it throws inside the operator.
    const pack = packOf(declarativeRule('joins', { assert: { cat: [{ var: 'extensions.x' }] } }));
    const report = evaluate(withExtensions({ x: { toString: 1 } }), pack, { asOf: AS_OF });
    expect(report.violations.map((v) => [v.ruleId, v.messageId])).toContainEqual(['acme/joins', 'rule-failed']);
    expect(report.verdict).toBe('non-compliant');
  });

  test('a route condition that breaks on data is reported; evaluate does not throw', () => {
    const pack = loadPack(
      declarativePack({ route: { steps: [{ id: 'office', body: 'Office', reason: 'Reviews', citation: CITATION, when: { cat: [{ var: 'extensions.x' }] } }] } }),
    );
    const report = evaluate(withExtensions({ x: { toString: 1 } }), pack, { asOf: AS_OF });
    expect(report.violations.map((v) => v.ruleId)).toContain('engine/route-failed');
    expect(report.verdict).toBe('non-compliant');
  });

  test('deeply nested data in a message cannot overflow the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const pack = packOf(declarativeRule('shows', { assert: false, data: { value: { var: 'extensions.deep' } } }));
    const report = evaluate(withExtensions({ deep }), pack, { asOf: AS_OF });
    // JSON.stringify cannot write it either, so the rule reports that it failed.
    expect(report.violations.map((v) => [v.ruleId, v.messageId])).toContainEqual(['acme/shows', 'rule-failed']);
    expect(() => JSON.stringify(report)).not.toThrow();
  });

  test('a TypeScript check whose finding data is not JSON (a bigint, a cycle) fails the rule, not the evaluation', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const pack = definePack({
      ...(declarativePack() as unknown as Parameters<typeof definePack>[0]),
      rules: [
        { id: 'acme/bigint', title: 'bigint', severity: 'error', citation: CITATION, messages: { found: 'Found {value}.' }, check: () => ({ data: { value: 1n } }) },
        { id: 'acme/cycle', title: 'cycle', severity: 'error', citation: CITATION, messages: { found: 'Found.' }, check: () => ({ data: { cycle } }) },
      ],
    });
    const report = evaluate(MINIMAL_PROPOSAL, pack, { asOf: AS_OF });
    expect(report.violations.map((v) => [v.ruleId, v.messageId])).toEqual([
      ['acme/bigint', 'rule-failed'],
      ['acme/cycle', 'rule-failed'],
    ]);
    for (const format of FORMAT_NAMES) expect(() => formatReport(report, format)).not.toThrow();
  });
});
