// evaluate: never throws on the proposal, never mutates it, same input -> same report; schema
// problems come out as violations; a failing rule is reported, not thrown.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, parseProposal } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { cite, course, proposal } from '../_helpers/proposals';
import { deepFreeze } from '../robustness/_support';

describe('evaluate', () => {
  test('never throws, never mutates its input and gives the same report twice, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...builtinPacks), (input, pack) => {
        const frozen = deepFreeze(structuredClone(input));
        const first = evaluate(frozen, pack, { asOf: '2026-06-01' });
        expect(evaluate(frozen, pack, { asOf: '2026-06-01' })).toEqual(first);
        expect(frozen).toEqual(input);
      }),
      { numRuns: 200, seed: 20261123 },
    );
  });

  test('a malformed proposal gives schema violations with paths and pointers, and no route', () => {
    const report = evaluate({ schemaVersion: 1, credential: { id: 'x', title: '', kind: 'course', creditBearing: 'yes', colour: 'red' } }, builtinPacks[0]!, {
      asOf: '2026-06-01',
    });
    expect(report.verdict).toBe('invalid');
    expect(report.route).toBeUndefined();
    expect(report.violations.map((v) => [v.ruleId, v.pointer])).toEqual([
      ['schema/too-small-string', '/credential/title'],
      ['schema/invalid-value', '/credential/kind'],
      ['schema/invalid-type', '/credential/creditBearing'],
      ['schema/unrecognized-keys', '/credential/colour'],
    ]);
    expect(report.violations.every((v) => v.packId === 'microcred' && v.severity === 'error')).toBe(true);
  });

  test('parseProposal reports the same problems in the same shape', () => {
    const result = parseProposal({ schemaVersion: 2 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['schema/invalid-value', ['schemaVersion']],
      ['schema/required', ['credential']],
    ]);
  });

  test('a rule that throws is reported as a fault in the pack; the other rules still run', () => {
    const pack = definePack({
      id: 'faulty',
      name: 'Faulty',
      version: '1.0.0',
      sources: [{ title: 't' }],
      effective: [{ revision: 'r' }],
      rules: [
        { id: 'faulty/throws', title: 'Throws', severity: 'warning', citation: cite(), messages: { m: 'm' }, check: () => { throw new TypeError('boom'); } },
        { id: 'faulty/works', title: 'Works', severity: 'error', citation: cite(), messages: { m: 'Needs two courses.' }, check: { assert: { '>=': [{ count: [{ var: 'credential.courses' }] }, 2] } } },
      ],
    });
    const report = evaluate(proposal({ courses: [course('A 1', 3)] }), pack, { asOf: '2026-01-01' });
    expect(report.violations.map((v) => [v.ruleId, v.messageId, v.severity])).toEqual([
      ['faulty/throws', 'rule-failed', 'error'],
      ['faulty/works', 'm', 'error'],
    ]);
    expect(report.violations[0]!.message).toContain('TypeError: boom');
  });

  test('a violation is plain data: message filled from its template, JSON pointer, citation', () => {
    const pack = definePack({
      id: 'shape',
      name: 'Shape',
      version: '1.0.0',
      sources: [{ title: 't' }],
      effective: [{ revision: 'r' }],
      rules: [
        {
          id: 'shape/credits',
          title: 'Credits',
          severity: 'error',
          citation: cite('not more than 12 credits'),
          messages: { tooMany: '{title} totals {credits} credits; the maximum is {max}.' },
          check: {
            assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, 12] },
            path: ['credential', 'courses'],
            data: { title: { var: 'credential.title' }, credits: { totalCredits: [{ var: 'credential.courses' }] }, max: 12 },
          },
        },
      ],
    });
    const report = evaluate(proposal({ title: 'Data/Science', courses: [course('A 1', 9), { ...course('B 1', 8), credits: { value: 16, unit: 'ects' } }] }), pack, { asOf: '2026-01-01' });
    expect(JSON.parse(JSON.stringify(report.violations))).toEqual([
      {
        ruleId: 'shape/credits',
        packId: 'shape',
        severity: 'error',
        messageId: 'tooMany',
        message: 'Data/Science totals 17 credits; the maximum is 12.',
        data: { title: 'Data/Science', credits: 17, max: 12 },
        path: ['credential', 'courses'],
        pointer: '/credential/courses',
        citation: { source: 'test-policy.md', passage: 'not more than 12 credits' },
      },
    ]);
  });

  test('a proposal written for another pack is flagged', () => {
    const report = evaluate(proposal({}, { policy: 'elsewhere' }), builtinPacks[0]!, { asOf: '2026-06-01' });
    expect(report.violations.map((v) => v.ruleId)).toContain('proposal/policy-mismatch');
  });
});
