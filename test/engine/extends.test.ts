// A child pack inherits its parent's rules and route; it adds rules, changes a parent rule's
// severity, turns one off with a reason, and replaces or adds route steps.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, PackError, type Pack } from '../../src/index';
import { cite, proposal } from '../_helpers/proposals';

const parent = definePack({
  id: 'system',
  name: 'System',
  version: '1.0.0',
  sources: [{ title: 'System policy' }],
  effective: [{ revision: 's1' }],
  rules: [
    { id: 'system/has-description', title: 'Has a description', severity: 'error', citation: cite(), messages: { m: 'Describe it.' }, check: { assert: { hasText: [{ var: 'credential.description' }] } } },
    { id: 'system/has-level', title: 'Has a level', severity: 'error', citation: cite(), messages: { m: 'State the level.' }, check: { assert: { hasText: [{ var: 'credential.level' }] } } },
    { id: 'system/stacks', title: 'Stacks', severity: 'warning', citation: cite(), messages: { m: 'Stack it.' }, check: { assert: { count: [{ var: 'credential.stacksInto' }] } } },
  ],
  route: {
    steps: [
      { id: 'governance', body: 'Faculty governance', reason: 'r', citation: cite() },
      { id: 'endorsement', body: 'Institution', reason: 'r', citation: cite(), after: ['governance'] },
      { id: 'publish', body: 'Catalog office', kind: 'action', reason: 'r', citation: cite(), after: ['endorsement'] },
    ],
  },
});

const child = definePack({
  id: 'campus',
  name: 'Campus',
  version: '2.1.0',
  sources: [{ title: 'Campus policy' }],
  effective: [{ revision: 'c1' }],
  extends: parent,
  rules: [{ id: 'campus/max-two-courses', title: 'At most two courses', severity: 'error', citation: cite(), messages: { m: 'Too many.' }, check: { assert: { '<=': [{ count: [{ var: 'credential.courses' }] }, 2] } } }],
  overrides: {
    'system/stacks': { severity: 'info', reason: 'The campus treats stacking as advice.' },
    'system/has-level': { off: true, reason: 'Campus proposals are all non-degree.' },
  },
  route: {
    remove: [{ id: 'governance', reason: 'Replaced by the campus committees.' }],
    steps: [
      { id: 'department', body: 'Department', reason: 'r', citation: cite(), before: ['endorsement'] },
      { id: 'senate', body: 'Senate', reason: 'r', citation: cite(), after: ['department'], before: ['endorsement'] },
    ],
  },
});

const ids = (pack: Pack) => pack.rules.map((r) => `${r.id}:${r.severity}`);

describe('extends', () => {
  test('inherits rules first, applies severity overrides, drops disabled rules and records why', () => {
    expect(ids(child)).toEqual(['system/has-description:error', 'system/stacks:info', 'campus/max-two-courses:error']);
    expect(child.rules[1]).toMatchObject({ packId: 'system', overriddenBy: 'campus', definedSeverity: 'warning' });
    expect(child.disabled).toEqual([{ ruleId: 'system/has-level', by: 'campus', reason: 'Campus proposals are all non-degree.' }]);
    expect(parent.rules.map((r) => r.severity)).toEqual(['error', 'error', 'warning']);
  });

  test('evaluation uses the child severity and leaves the disabled rule out', () => {
    const input = proposal({ level: undefined, courses: [] });
    const byParent = evaluate(input, parent, { asOf: '2026-01-01' });
    const byChild = evaluate(input, child, { asOf: '2026-01-01' });
    expect(byParent.violations.map((v) => `${v.ruleId}:${v.severity}`)).toEqual(['system/has-description:error', 'system/has-level:error', 'system/stacks:warning']);
    expect(byChild.violations.map((v) => `${v.ruleId}:${v.severity}`)).toEqual(['system/has-description:error', 'system/stacks:info']);
    expect(byChild.violations[0]!.packId).toBe('system');
  });

  test('a removed step hands its place to what followed it, and new steps slot in with after/before', () => {
    expect(child.route.stages).toEqual([['department'], ['senate'], ['endorsement'], ['publish']]);
    expect(child.route.removed).toEqual([{ id: 'governance', by: 'campus', reason: 'Replaced by the campus committees.' }]);
    expect(parent.route.stages).toEqual([['governance'], ['endorsement'], ['publish']]);
  });

  test('a child can only override rules of the packs it extends', () => {
    const attempt = (overrides: Record<string, { severity: 'info' }>) => () =>
      definePack({ id: 'other', name: 'x', version: '1.0.0', sources: [{ title: 't' }], effective: [{ revision: 'r' }], extends: child, overrides });
    expect(attempt({ 'unrelated/rule': { severity: 'info' } })).toThrow(PackError);
    expect(attempt({ 'system/has-level': { severity: 'info' } })).toThrow(/turned off by a parent/);
    expect(attempt({ 'system/stacks': { severity: 'info' } })).not.toThrow();
  });

  test('a pack cannot extend a chain that already contains its id', () => {
    expect(() =>
      definePack({ id: 'system', name: 'x', version: '1.0.0', sources: [{ title: 't' }], effective: [{ revision: 'r' }], extends: child }),
    ).toThrow(/cannot extend a chain/);
  });
});
