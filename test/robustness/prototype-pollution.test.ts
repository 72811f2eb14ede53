// `__proto__`, `constructor` and `prototype` keys in proposal files, pack files and JsonLogic
// can neither change Object.prototype nor a verdict. Each test checks both.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { evaluate, loadPack, parseProposal, PackError, type Pack, type Report } from '../../src/index';
import { checkFile, loadPackFile, parseDataText } from '../../src/node/index';
import { builtinRegistry, suny } from '../../policies/index';
import { ROOT } from '../_helpers/files';
import { AS_OF, declarativePack, declarativeRule, withOwnKey } from './_support';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const POLLUTERS = ['polluted', 'isAdmin', 'credential', 'form', 'severity', 'off'];

/** Object.prototype as it was before the test, to compare after. */
let before: { names: string[]; descriptors: string };
beforeEach(() => {
  before = { names: Object.getOwnPropertyNames(Object.prototype).sort(), descriptors: describePrototype() };
});
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype gained or lost a property').toEqual(before.names);
  expect(describePrototype(), 'a property of Object.prototype changed').toBe(before.descriptors);
  const plain: Record<string, unknown> = {};
  for (const key of POLLUTERS) expect(plain[key], `({}).${key}`).toBeUndefined();
});

function describePrototype(): string {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((name) => {
      const d = Object.getOwnPropertyDescriptor(Object.prototype, name)!;
      return `${name}:${typeof d.value}:${String(d.get)}:${String(d.set)}:${d.writable}:${d.enumerable}:${d.configurable}`;
    })
    .join('\n');
}

const verdictAndIds = (report: Report) => ({ verdict: report.verdict, ids: report.violations.map((v) => `${v.ruleId}${v.pointer}`).sort(), route: report.route });

const base = {
  schemaVersion: 1,
  policy: 'suny',
  credential: { id: 'plain', title: 'Plain', kind: 'digital-badge', creditBearing: false, extensions: {} as Record<string, unknown> },
  extensions: {} as Record<string, unknown>,
};

describe('proposal files', () => {
  test('prototype keys under "extensions" are kept as data and change nothing', async () => {
    const hostile = await checkFile(join(HOSTILE, 'prototype-pollution-extensions.yaml'), { asOf: AS_OF, registry: builtinRegistry });
    const parsed = parseDataText(
      'schemaVersion: 1\npolicy: suny\ncredential:\n  id: pollution-extensions\n  title: Prototype keys in extensions\n  kind: digital-badge\n  creditBearing: false\n',
    );
    const clean = evaluate(parsed.data, suny, { asOf: AS_OF });
    expect(hostile.verdict).toBe(clean.verdict);
    expect(hostile.violations.map((v) => v.ruleId).sort()).toEqual(clean.violations.map((v) => v.ruleId).sort());
  });

  test('prototype keys anywhere else are reported as unknown fields; inherited values are never used', async () => {
    const result = await checkFile(join(HOSTILE, 'prototype-pollution.json'), { asOf: AS_OF, registry: builtinRegistry });
    expect(result.verdict).toBe('invalid');
    expect(result.errors.map((e) => e.pointer).sort()).toEqual(['/__proto__', '/constructor', '/credential/__proto__']);
  });

  test('a credential offered only through "__proto__" is missing', () => {
    const input = withOwnKey({ schemaVersion: 1 }, '__proto__', { credential: base.credential });
    const result = parseProposal(input);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((i) => `${i.ruleId}${i.pointer}`).sort()).toEqual(['schema/required/credential', 'schema/unrecognized-keys/__proto__']);
  });

  test('a "form" offered through the credential\'s "__proto__" does not satisfy suny/allowed-form', () => {
    const credential = withOwnKey({ ...base.credential }, '__proto__', { form: 'badge' });
    const report = evaluate({ ...base, credential }, suny, { asOf: AS_OF });
    expect(report.violations.map((v) => v.ruleId)).toContain('schema/unrecognized-keys');
  });

  test.each(['__proto__', 'constructor', 'prototype'])('"%s" inside extensions, as JSON.parse makes it, is judged like no key at all', (key) => {
    const polluting = { polluted: 'yes', isAdmin: true, prototype: { polluted: 'yes' } };
    const hostile = {
      ...base,
      extensions: withOwnKey({}, key, polluting),
      credential: { ...base.credential, extensions: withOwnKey({}, key, polluting) },
    };
    expect(verdictAndIds(evaluate(hostile, suny, { asOf: AS_OF }))).toEqual(verdictAndIds(evaluate(base, suny, { asOf: AS_OF })));
    expect(verdictAndIds(evaluate(JSON.parse(JSON.stringify(hostile)), suny, { asOf: AS_OF }))).toEqual(verdictAndIds(evaluate(base, suny, { asOf: AS_OF })));
  });
});

describe('pack files', () => {
  test('a pack file with prototype keys is refused, listing every problem', async () => {
    await expect(loadPackFile(join(HOSTILE, 'prototype-pollution-pack.yaml'), { registry: builtinRegistry })).rejects.toBeInstanceOf(PackError);
  });

  test('a "__proto__" key at the top of a pack is an unknown field', () => {
    const pack = withOwnKey(declarativePack(), '__proto__', { polluted: 'yes', rules: [] });
    expect(() => loadPack(pack)).toThrow(/Unknown field: __proto__/);
  });

  test('an override named "__proto__" or "constructor" cannot turn a rule off or change a verdict', () => {
    const proposal = { ...base, policy: 'acme' };
    const plain = loadPack(declarativePack({ extends: 'suny' }), { registry: builtinRegistry });
    const overrides = withOwnKey({}, '__proto__', { off: true, reason: 'x', severity: 'info' });
    const hostile = loadPack(declarativePack({ extends: 'suny', overrides }), { registry: builtinRegistry });
    expect(hostile.rules.map((r) => `${r.id}:${r.severity}`)).toEqual(plain.rules.map((r) => `${r.id}:${r.severity}`));
    expect(verdictAndIds(evaluate(proposal, hostile, { asOf: AS_OF }))).toEqual(verdictAndIds(evaluate(proposal, plain, { asOf: AS_OF })));
    expect(() => loadPack(declarativePack({ extends: 'suny', overrides: { constructor: { off: true, reason: 'x' } } }), { registry: builtinRegistry })).toThrow(PackError);
  });

  test('messages and message data named "__proto__" are not used', () => {
    const rule = declarativeRule('reads', { assert: false, data: withOwnKey({ value: 'own' }, '__proto__', { value: 'inherited' }) });
    const pack = loadPack(declarativePack({ rules: [{ ...rule, messages: withOwnKey({ found: 'Found {value}.' }, '__proto__', { found: 'polluted' }) }] }));
    const violation = evaluate({ ...base, policy: 'acme' }, pack, { asOf: AS_OF }).violations.find((v) => v.ruleId === 'acme/reads');
    expect(violation?.message).toBe('Found own.');
  });
});

describe('JsonLogic', () => {
  const ruleWith = (assert: unknown) => declarativePack({ rules: [declarativeRule('probe', { assert })] });
  const refusal = (pack: Record<string, unknown>) => {
    try {
      loadPack(pack);
    } catch (error) {
      return (error as PackError).problems.map((p) => p.code);
    }
    return [];
  };

  test.each([
    [{ var: '__proto__.polluted' }],
    [{ var: 'constructor' }],
    [{ var: 'credential.constructor.prototype' }],
    [{ var: ['__proto__', 'fallback'] }],
    [{ missing: ['__proto__.polluted'] }],
    [{ '==': [{ var: 'extensions.__proto__.isAdmin' }, true] }],
  ])('%j is refused when the pack is loaded', (assert) => {
    expect(refusal(ruleWith(assert))).toEqual(['forbidden-path']);
  });

  test('paths computed at run time never reach a prototype, and decide nothing', () => {
    const probe = (path: unknown): Pack => loadPack(ruleWith({ '!': { var: path } }));
    const proposal = { ...base, policy: 'acme', extensions: withOwnKey({}, '__proto__', { isAdmin: true }) };
    const judged = (pack: Pack) => verdictAndIds(evaluate(proposal, pack, { asOf: AS_OF }));
    const missing = judged(probe('extensions.nothing'));
    for (const computed of [{ cat: ['__pro', 'to__'] }, { cat: ['constr', 'uctor'] }, { cat: ['extensions.', '__proto__', '.isAdmin'] }, { cat: ['credential.title.', 'constructor'] }]) {
      expect(judged(probe(computed)), JSON.stringify(computed)).toEqual(missing);
    }
  });
});
