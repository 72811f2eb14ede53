// One vocabulary and one order everywhere: `invalid` for what is not a proposal (library and
// CLI alike), violations by where they point (the input's key order; line order in a file) then
// rule id, and info rows counted in stylish's "N problems".
import { describe, expect, test } from 'vitest';
import { createRegistry, definePack, evaluate, formatReport } from '../../src/index';
import { checkParsed, parseDataText } from '../../src/node/index';
import { cite, proposal } from '../_helpers/proposals';

// Rules in an order unlike the proposal's: the report must not follow it.
const pack = definePack({
  id: 'o',
  name: 'Order',
  version: '1.0.0',
  sources: [{ title: 'Policy' }],
  effective: [{ revision: 'r1' }],
  rules: [
    { id: 'o/z-rationale', title: 'Rationale', severity: 'warning', citation: cite(), messages: { m: 'Purpose.' }, check: () => ({ messageId: 'm', path: ['rationale', 'purpose'] }) },
    { id: 'o/b-level', title: 'Level', severity: 'info', citation: cite(), messages: { m: 'Level.' }, check: () => ({ messageId: 'm', path: ['credential', 'level'] }) },
    { id: 'o/a-level', title: 'Level again', severity: 'error', citation: cite(), messages: { m: 'Level.' }, check: () => ({ messageId: 'm', path: ['credential', 'level'] }) },
    { id: 'o/title', title: 'Title', severity: 'info', citation: cite(), messages: { m: 'Title.' }, check: () => ({ messageId: 'm', path: ['credential', 'title'] }) },
    { id: 'o/whole', title: 'Whole', severity: 'warning', citation: cite(), messages: { m: 'Whole.' }, check: () => ({ messageId: 'm', path: [] }) },
  ],
});
const AS_OF = '2026-11-01';

describe('verdicts', () => {
  test('evaluate says invalid for a value that is not a proposal, as the CLI does', () => {
    expect(evaluate({ schemaVersion: 1 }, pack, { asOf: AS_OF }).verdict).toBe('invalid');
    expect(evaluate('not a proposal', pack, { asOf: AS_OF }).verdict).toBe('invalid');
    const registry = createRegistry([pack]);
    const file = checkParsed('p.yaml', parseDataText('schemaVersion: 1\npolicy: o\n'), { asOf: AS_OF, registry });
    expect(file.verdict).toBe('invalid');
    expect(evaluate(proposal(), pack, { asOf: AS_OF }).verdict).toBe('non-compliant');
  });
});

describe('order', () => {
  test('the library orders violations by the input’s key order, then rule id', () => {
    // title before level in credential; credential before rationale.
    const input = { ...proposal({ title: 'T', level: 'graduate' }), rationale: { purpose: 'x' } };
    const ids = evaluate(input, pack, { asOf: AS_OF }).violations.map((v) => v.ruleId);
    expect(ids).toEqual(['o/whole', 'o/title', 'o/a-level', 'o/b-level', 'o/z-rationale']);
  });

  test('the same rules on an input written in another order come in that order', () => {
    const { credential, ...rest } = proposal({ level: 'graduate' });
    const input = { rationale: { purpose: 'x' }, ...rest, credential: { level: credential.level, ...credential } };
    const ids = evaluate(input, pack, { asOf: AS_OF }).violations.map((v) => v.ruleId);
    expect(ids).toEqual(['o/whole', 'o/z-rationale', 'o/a-level', 'o/b-level', 'o/title']);
  });

  test('a file’s violations are in line order, then rule id', () => {
    const text = ['schemaVersion: 1', 'policy: o', 'rationale:', '  purpose: Why', 'credential:', '  id: x', '  level: graduate', '  title: T', '  kind: digital-badge', '  creditBearing: false', ''].join('\n');
    const result = checkParsed('p.yaml', parseDataText(text), { asOf: AS_OF, registry: createRegistry([pack]) });
    expect(result.violations.map((v) => [v.line ?? 0, v.ruleId])).toEqual([
      [1, 'o/whole'],
      [4, 'o/z-rationale'],
      [7, 'o/a-level'],
      [7, 'o/b-level'],
      [8, 'o/title'],
    ]);
  });
});

describe('stylish counts', () => {
  test('info rows are problems too', () => {
    const text = formatReport(evaluate(proposal({ title: 'T', level: 'graduate' }), pack, { asOf: AS_OF }), 'stylish');
    expect(text).toMatch(/✖ 5 problems \(1 error, 2 warnings, 2 info\)/);
  });
});
