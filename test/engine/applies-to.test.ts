// appliesTo: which credentials a rule or step concerns, as data (shown in pack READMEs).
import { describe, expect, test } from 'vitest';
import { compileAppliesTo, describeAppliesTo, loadPack, parseCredential, type AppliesTo, type Credential } from '../../src/index';

const credential = (fields: object): Credential => {
  const parsed = parseCredential({ id: 'c', title: 'C', kind: 'micro-credential', creditBearing: false, ...fields });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.credential;
};

const awardedAsBadge: AppliesTo = { anyOf: [{ kind: 'digital-badge' }, { kind: 'micro-credential', form: 'badge' }] };

describe('appliesTo', () => {
  test.each([
    [{ kind: 'digital-badge' }, true],
    [{ kind: 'micro-credential', form: 'badge' }, true],
    [{ kind: 'micro-credential', form: 'mooc' }, false],
    [{ kind: 'micro-certificate', form: 'badge' }, false],
  ])('anyOf: %j -> %s', (fields, expected) => {
    expect(compileAppliesTo(awardedAsBadge)(credential(fields))).toBe(expected);
  });

  test('every field must match; a missing field does not match a condition on it', () => {
    const graduateCredit = compileAppliesTo({ creditBearing: true, level: ['graduate'] });
    expect(graduateCredit(credential({ creditBearing: true, level: 'graduate' }))).toBe(true);
    expect(graduateCredit(credential({ creditBearing: true }))).toBe(false);
    expect(graduateCredit(credential({ creditBearing: false, level: 'graduate' }))).toBe(false);
  });

  test('is described in words for pack READMEs', () => {
    expect(describeAppliesTo({ creditBearing: true, ...awardedAsBadge })).toBe(
      'credit-bearing; one of: (kind: digital-badge) or (kind: micro-credential; form: badge)',
    );
    expect(describeAppliesTo(undefined)).toBe('all');
  });

  test('declarative packs may use anyOf, and are refused for a malformed one', () => {
    const pack = (appliesTo: unknown) => ({
      id: 'x',
      name: 'x',
      version: '1.0.0',
      sources: [{ title: 't' }],
      effective: [{ revision: 'r' }],
      rules: [{ id: 'x/r', title: 't', severity: 'error', citation: { source: 's', passage: 'p' }, appliesTo, messages: { m: 'm' }, check: { assert: true } }],
    });
    expect(loadPack(pack(awardedAsBadge)).rules[0]!.appliesTo).toEqual(awardedAsBadge);
    expect(() => loadPack(pack({ anyOf: [{ kind: 'diploma' }] }))).toThrow(/rules\.0\.appliesTo\.anyOf\.0\.kind/);
    expect(() => loadPack(pack({ anyOf: [] }))).toThrow(/anyOf/);
  });
});
