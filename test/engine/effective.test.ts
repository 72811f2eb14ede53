// asOf selects the policy revision in force; before the first, no policy is in force.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, InvalidOptionError, NoPolicyInForceError } from '../../src/index';
import { cite, proposal } from '../_helpers/proposals';

const pack = definePack({
  id: 'dated',
  name: 'Dated policy',
  version: '1.0.0',
  sources: [{ title: 'Policy 1.2' }],
  effective: [
    { revision: '2019-10-14', from: '2019-10-14' },
    { revision: '2020-11-17', from: '2020-11-17' },
    { revision: '2024-02-07', from: '2024-02-07', to: '2030-12-31' },
  ],
  rules: [
    {
      id: 'dated/reflection',
      title: 'Has a reflection (since 2020-11-17)',
      severity: 'error',
      effective: { from: '2020-11-17' },
      citation: cite(),
      messages: { m: 'Add the reflection.' },
      check: { assert: { hasText: [{ var: 'credential.reflection.description' }] } },
    },
    {
      id: 'dated/old-form',
      title: 'Old form rule (until 2024-02-06)',
      severity: 'warning',
      effective: { to: '2024-02-06' },
      citation: cite(),
      messages: { m: 'Old form.' },
      check: { assert: false },
    },
  ],
});

const judge = (asOf: string) => evaluate(proposal(), pack, { asOf });

describe('effective periods', () => {
  test('before the first revision: no policy in force', () => {
    expect(() => judge('2019-10-13')).toThrow(NoPolicyInForceError);
    expect(() => judge('2019-10-13')).toThrow(/first revision takes effect on 2019-10-14/);
  });

  test('on and between revision dates, the revision in force is reported and its rules apply', () => {
    expect(judge('2019-10-14').pack.revision).toBe('2019-10-14');
    expect(judge('2020-11-16').pack.revision).toBe('2019-10-14');
    expect(judge('2020-11-17').pack.revision).toBe('2020-11-17');
    expect(judge('2024-02-07').pack.revision).toBe('2024-02-07');
    expect(judge('2020-01-01').checked).toEqual(['dated/old-form']);
    expect(judge('2022-01-01').checked).toEqual(['dated/reflection', 'dated/old-form']);
    expect(judge('2025-01-01').checked).toEqual(['dated/reflection']);
  });

  test('after the last period ends: no policy in force', () => {
    expect(() => judge('2031-01-01')).toThrow(NoPolicyInForceError);
  });

  test('asOf must be a real YYYY-MM-DD date', () => {
    expect(() => judge('2026-02-30')).toThrow(InvalidOptionError);
    expect(() => evaluate(proposal(), pack, {} as { asOf: string })).toThrow(InvalidOptionError);
  });
});
