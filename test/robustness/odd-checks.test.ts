// Issue 16, item 3: whatever a JavaScript pack's check throws or returns, evaluate reports it
// and never throws; and a check cannot change the caller's `extensions`, which parsing would
// otherwise share with the proposal the checks see.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, type Finding, type RuleCheck } from '../../src/index';
import { AS_OF, CITATION, MINIMAL_PROPOSAL, snapshot } from './_support';

function packWith(check: RuleCheck) {
  return definePack({
    id: 'odd',
    name: 'Odd checks',
    version: '1.0.0',
    sources: [{ title: 'T' }],
    effective: [{ revision: 'r1' }],
    rules: [
      { id: 'odd/check', title: 'Odd', severity: 'error', citation: CITATION, messages: { found: 'Found.' }, check },
      { id: 'odd/after', title: 'After', severity: 'warning', citation: CITATION, messages: { found: 'After.' }, check: () => ({ messageId: 'found' }) },
    ],
  });
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('odd values thrown by a check', () => {
  test.each<[string, () => unknown]>([
    ['a null-prototype object', () => Object.create(null)],
    ['an object whose toString throws', () => ({ toString: () => { throw new Error('no'); } })],
    ['an Error whose message getter throws', () => Object.defineProperty(new Error('x'), 'message', { get: () => { throw new Error('no'); } })],
    ['an Error whose name is a null-prototype object', () => Object.assign(new Error('x'), { name: Object.create(null) })],
    ['a revoked proxy', revoked],
    ['a symbol', () => Symbol('s')],
  ])('%s: the rule fails, evaluate does not throw, the next rule runs', (_name, thrown) => {
    const report = evaluate(MINIMAL_PROPOSAL, packWith(() => { throw thrown(); }), { asOf: AS_OF });
    // Both point at the root, so they come in rule id order.
    expect(report.violations.map((v) => [v.ruleId, v.messageId])).toEqual([
      ['odd/after', 'found'],
      ['odd/check', 'rule-failed'],
    ]);
    expect(typeof report.violations.find((v) => v.ruleId === 'odd/check')!.data?.error).toBe('string');
  });
});

describe('odd values returned by a check', () => {
  test('a sparse list of findings: the holes are no findings', () => {
    const findings: Finding[] = [];
    findings[3] = { messageId: 'found', path: ['credential'] };
    findings[7] = { messageId: 'found', path: ['credential', 'title'] };
    const report = evaluate(MINIMAL_PROPOSAL, packWith(() => findings), { asOf: AS_OF });
    expect(report.violations.filter((v) => v.ruleId === 'odd/check').map((v) => v.pointer)).toEqual(['/credential', '/credential/title']);
  });

  test('a revoked proxy as the result: the rule fails', () => {
    const report = evaluate(MINIMAL_PROPOSAL, packWith(() => revoked() as Finding), { asOf: AS_OF });
    expect(report.violations.map((v) => [v.ruleId, v.messageId])).toEqual([['odd/after', 'found'], ['odd/check', 'rule-failed']]);
  });
});

describe('extensions', () => {
  test("a check that writes into extensions does not change the caller's objects", () => {
    const shared = { nested: { value: 1 }, list: [1, 2] };
    const input = { ...MINIMAL_PROPOSAL, extensions: { shared }, credential: { ...MINIMAL_PROPOSAL.credential, extensions: { shared } } };
    const before = snapshot(input);
    const vandal: RuleCheck = (proposal) => {
      const top = proposal.extensions as { shared: { nested: { value: number }; list: number[] } };
      top.shared.nested.value = 2;
      top.shared.list.push(3);
      (proposal.credential.extensions as { shared: { nested: Record<string, unknown> } }).shared.nested.added = true;
      return undefined;
    };
    const report = evaluate(input, packWith(vandal), { asOf: AS_OF });
    expect(report.violations.map((v) => v.messageId)).toEqual(['found']);
    expect(snapshot(input)).toBe(before);
  });

  test('copies keep own __proto__ keys as data, and cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const extensions = { nested: JSON.parse('{"__proto__": {"polluted": true}, "x": [1]}') as Record<string, unknown>, cyclic };
    let seen: Record<string, unknown> | undefined;
    evaluate({ ...MINIMAL_PROPOSAL, extensions }, packWith((proposal) => void (seen = proposal.extensions as Record<string, unknown>)), { asOf: AS_OF });
    expect(seen!.nested).not.toBe(extensions.nested);
    expect(Object.hasOwn(seen!.nested as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(seen!.cyclic).not.toBe(cyclic);
    expect((seen!.cyclic as Record<string, unknown>).self).toBe(seen!.cyclic);
  });
});
