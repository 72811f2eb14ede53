// Waivers: a valid, unexpired waiver of a waivable rule moves its violations to `waived`;
// expired, not allowed, unknown, duplicate and unused waivers are reported.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, type Waiver } from '../../src/index';
import { cite, course, proposal } from '../_helpers/proposals';

const pack = definePack({
  id: 'w',
  name: 'Waivers',
  version: '1.0.0',
  sources: [{ title: 'Policy' }],
  effective: [{ revision: 'r1' }],
  waivable: ['w/two-courses'],
  rules: [
    { id: 'w/two-courses', title: 'Normally two courses', severity: 'warning', citation: cite('normally at least two courses'), messages: { m: 'Use two courses.' }, check: { assert: { '>=': [{ count: [{ var: 'credential.courses' }] }, 2] } } },
    { id: 'w/max-credits', title: 'At most 12 credits', severity: 'error', citation: cite('maximum of 12 credits'), messages: { m: 'Too many credits.' }, check: { assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, 12] } } },
    { id: 'w/description', title: 'Described', severity: 'error', waivable: true, citation: cite(), messages: { m: 'Describe it.' }, check: { assert: { hasText: [{ var: 'credential.description' }] } } },
  ],
});

const waiver = (ruleId: string, expires = '2027-06-30'): Waiver => ({ ruleId, justification: 'A 15-credit studio sequence.', ownerRole: 'Director, Office of Micro-Credentials', expires });
const judge = (waivers: Waiver[], courses = [course('ART 400', 15)]) =>
  evaluate(proposal({ courses, description: 'Studio' }, { waivers }), pack, { asOf: '2026-11-01' });

describe('waivers', () => {
  test('a valid waiver moves the violation to waived and the verdict improves', () => {
    const without = judge([]);
    expect(without.verdict).toBe('non-compliant');
    const report = judge([waiver('w/two-courses')]);
    expect(report.waived.map((v) => v.ruleId)).toEqual(['w/two-courses']);
    expect(report.waived[0]!.waiver).toEqual({ justification: 'A 15-credit studio sequence.', ownerRole: 'Director, Office of Micro-Credentials', expires: '2027-06-30' });
    expect(report.violations.map((v) => v.ruleId)).toEqual(['w/max-credits']);
    expect(report.summary.waived).toBe(1);
  });

  test('a rule the pack marks waivable in the rule itself can be waived too', () => {
    const report = evaluate(proposal({ courses: [course('A 1', 3), course('B 1', 3)] }, { waivers: [waiver('w/description')] }), pack, { asOf: '2026-11-01' });
    expect(report.verdict).toBe('compliant');
    expect(report.waived.map((v) => v.ruleId)).toEqual(['w/description']);
  });

  test('an expired waiver does not apply and is reported', () => {
    const report = judge([waiver('w/two-courses', '2026-10-31')]);
    expect(report.waived).toEqual([]);
    // By position, then rule id: the two whole-proposal findings first.
    expect(report.violations.map((v) => [v.ruleId, v.pointer])).toEqual([
      ['w/max-credits', ''],
      ['w/two-courses', ''],
      ['waiver/expired', '/waivers/0/expires'],
    ]);
  });

  test('a waiver of a rule the pack does not allow to be waived is refused and reported', () => {
    const report = judge([waiver('w/max-credits')]);
    expect(report.violations.map((v) => v.ruleId)).toEqual(['w/max-credits', 'w/two-courses', 'waiver/not-waivable']);
  });

  test('unknown, duplicate and unused waivers are reported', () => {
    const report = judge([waiver('w/nope'), waiver('w/description'), waiver('w/two-courses'), waiver('w/two-courses')]);
    expect(report.violations.map((v) => v.ruleId).sort()).toEqual(['w/max-credits', 'waiver/duplicate', 'waiver/unknown-rule', 'waiver/unused']);
    expect(report.waived.map((v) => v.ruleId)).toEqual(['w/two-courses']);
  });
});
