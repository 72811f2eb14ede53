// diffProposals: field changes matched by identity, violations matched by rule id, message id
// and place, route consequences, and approvals bound to the revision they were given to.
import { describe, expect, test } from 'vitest';
import { definePack, diffProposals, evaluate, formatProposalDiff, type Approval, type PackDefinition, type Report, type RouteStepDefinition } from '../../src/index';
import { binghamton } from '../../policies/index';
import { cite, course, proposal } from '../_helpers/proposals';

const AS_OF = '2026-12-31';

function uni(steps: Partial<RouteStepDefinition>[] = []) {
  return definePack({
    id: 'uni',
    name: 'University',
    version: '1.0.0',
    sources: [{ title: 'Policy' }],
    effective: [{ revision: 'r1' }],
    rules: [
      {
        id: 'uni/course-credits',
        title: 'Courses have at most 4 credits',
        severity: 'error',
        citation: cite(),
        messages: { tooMany: 'Too many credits.' },
        check: {
          each: 'credential.courses',
          assert: { '<=': [{ var: 'item.credits.value' }, 4] },
          path: ['credits', 'value'],
        },
      },
    ],
    route: {
      steps: [
        { id: 'department', body: 'Department', reason: 'r', citation: cite(), ...steps[0] },
        { id: 'committee', body: 'Committee', reason: 'r', citation: cite(), after: ['department'], ...steps[1] },
        { id: 'graduate-council', body: 'Graduate Council', reason: 'r', citation: cite(), appliesTo: { level: 'graduate' }, after: ['committee'] },
      ],
    },
  } as PackDefinition);
}

const pack = uni();
const approved = (step: string, date: string, revision?: number | string): Approval => ({ step, decision: 'approved', date, ...(revision !== undefined && { revision }) });
const statuses = (report: Report) => Object.fromEntries(report.route!.stages.flatMap((s) => s.steps.map((step) => [step.id, step.status])));

describe('field changes', () => {
  test('a file compared with itself is no change at all', () => {
    const p = proposal({ courses: [course('ABC 101', 3), course('ABC 102', 5)] }, { approvals: [approved('department', '2026-10-01')] });
    const diff = diffProposals(p, structuredClone(p), pack, { asOf: AS_OF });
    expect(diff.changed).toBe(false);
    expect(diff.fields).toEqual([]);
    expect(diff.violations.introduced).toEqual([]);
    expect(diff.violations.resolved).toEqual([]);
    expect(diff.violations.unchanged.map((v) => v.pointer)).toEqual(['/credential/courses/1/credits/value']);
    expect(diff.route).toEqual({ steps: [], approvalsNotCovering: [] });
  });

  test('courses are matched by code: a course moved is no change, and its findings move with it', () => {
    const before = proposal({ courses: [course('ABC 101', 3), course('ABC 102', 5)] });
    const after = proposal({ courses: [course('ABC 100', 2), course('ABC 102', 5), course('ABC 101', 3)] });
    const diff = diffProposals(before, after, pack, { asOf: AS_OF });
    expect(diff.fields.map((f) => `${f.kind} ${f.pointer}`)).toEqual(['added /credential/courses/0']);
    expect(diff.violations.introduced).toEqual([]);
    expect(diff.violations.resolved).toEqual([]);
    expect(diff.violations.unchanged.map((v) => v.pointer)).toEqual(['/credential/courses/1/credits/value']);
  });

  test('a change inside a moved course names both places, with the old and new values', () => {
    const before = proposal({ courses: [course('ABC 101', 3), course('ABC 102', 4)] });
    const after = proposal({ courses: [course('ABC 102', 5), course('ABC 101', 3)] });
    const diff = diffProposals(before, after, pack, { asOf: AS_OF });
    expect(diff.fields).toEqual([
      { kind: 'changed', pointer: '/credential/courses/0/credits/value', path: ['credential', 'courses', 0, 'credits', 'value'], beforePointer: '/credential/courses/1/credits/value', before: 4, after: 5 },
    ]);
    expect(diff.violations.introduced.map((v) => [v.ruleId, v.pointer])).toEqual([['uni/course-credits', '/credential/courses/0/credits/value']]);
    expect(diff.summary.introduced).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  test('outcomes are matched by id; lists without identity by position', () => {
    const outcome = (id: string, statement: string) => ({ id, statement });
    const before = proposal({ learningOutcomes: [outcome('SLO1', 'Map data'), outcome('SLO2', 'Tell stories')], units: [{ name: 'A' }, { name: 'B' }] });
    const after = proposal({ learningOutcomes: [outcome('SLO2', 'Tell stories'), outcome('SLO1', 'Map data')], units: [{ name: 'B' }, { name: 'A' }] });
    const diff = diffProposals(before, after, pack, { asOf: AS_OF });
    expect(diff.fields.map((f) => `${f.kind} ${f.pointer}`)).toEqual(['changed /credential/units/0/name', 'changed /credential/units/1/name']);
  });

  test('the same input gives the same diff, and the inputs are not changed', () => {
    const before = proposal({ courses: [course('ABC 101', 3)] });
    const after = proposal({ courses: [course('ABC 101', 6)], level: 'graduate' });
    const copies = JSON.stringify([before, after]);
    const first = diffProposals(before, after, pack, { asOf: AS_OF });
    expect(diffProposals(before, after, pack, { asOf: AS_OF })).toEqual(first);
    expect(JSON.stringify([before, after])).toBe(copies);
  });
});

describe('versions that are not proposals', () => {
  test('the side that does not parse is invalid, with its schema violations; no fields are compared', () => {
    const good = proposal();
    const diff = diffProposals({ schemaVersion: 1 }, good, pack, { asOf: AS_OF });
    expect(diff.before.verdict).toBe('invalid');
    expect(diff.before.route).toBeUndefined();
    expect(diff.after.verdict).toBe('compliant');
    expect(diff.fields).toEqual([]);
    expect(diff.violations.resolved.map((v) => v.ruleId)).toEqual(['schema/required']);
    const broken = diffProposals(good, { schemaVersion: 1, credential: 'x' }, pack, { asOf: AS_OF });
    expect(broken.after.verdict).toBe('invalid');
    expect(broken.summary.introduced.errors).toBeGreaterThan(0);
  });

  test('never throws on values that are not data', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    for (const value of [undefined, null, 0, 'text', [], cyclic, () => 1, Symbol('s')]) {
      expect(() => diffProposals(value, proposal(), pack, { asOf: AS_OF })).not.toThrow();
      expect(() => diffProposals(proposal(), value, pack, { asOf: AS_OF })).not.toThrow();
    }
  });

  test('deep extensions and getters are compared without running them', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) deep = { next: deep };
    const trap = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('ran'); } });
    const before = proposal({}, { extensions: { deep, trap } });
    const after = proposal({}, { extensions: { deep: { next: 1 }, trap: { ...{} } } });
    expect(() => diffProposals(before, after, pack, { asOf: AS_OF })).not.toThrow();
  });
});

describe('route consequences', () => {
  test('a step the edit brings in names the changed field its condition reads', () => {
    const diff = diffProposals(proposal(), proposal({ level: 'graduate' }), pack, { asOf: AS_OF });
    expect(diff.route.steps).toEqual([
      expect.objectContaining({ step: 'graduate-council', change: 'required', before: { required: false, status: 'not-required' }, because: ['/credential/level'] }),
    ]);
  });

  test('approvals given before the edit no longer cover it when a field the step reviews again changed', () => {
    const approvals = [approved('department', '2026-10-01'), approved('committee', '2026-10-05')];
    const diff = diffProposals(proposal({}, { approvals }), proposal({ title: 'Renamed' }, { approvals }), pack, { asOf: AS_OF });
    expect(diff.route.approvalsNotCovering).toEqual([
      { step: 'department', approval: 0, date: '2026-10-01', because: ['/credential/title'], basis: 'default' },
      { step: 'committee', approval: 1, date: '2026-10-05', because: ['/credential/title'], basis: 'default' },
    ]);
    expect(diff.before.route).toEqual({ state: 'approved', current: [] });
    expect(diff.after.route).toEqual({ state: 'in-progress', current: ['department'] });
  });

  test('a change outside a step\'s reviewsAgainOn leaves its approval standing; outside credential, the default too', () => {
    const narrow = uni([{}, { reviewsAgainOn: { fields: ['/credential/courses/*/credits'], reading: 'Only credits.' } }]);
    const approvals = [approved('department', '2026-10-01'), approved('committee', '2026-10-05')];
    const titled = diffProposals(proposal({}, { approvals }), proposal({ title: 'Renamed' }, { approvals }), narrow, { asOf: AS_OF });
    expect(titled.route.approvalsNotCovering.map((a) => a.step)).toEqual(['department']);
    const rationale = diffProposals(proposal({}, { approvals }), proposal({}, { approvals, rationale: { purpose: 'New purpose' } }), narrow, { asOf: AS_OF });
    expect(rationale.changed).toBe(true);
    expect(rationale.route.approvalsNotCovering).toEqual([]);
  });

  test('an approval recorded in the edit itself is taken as given to the new version', () => {
    const before = proposal({}, { approvals: [approved('department', '2026-10-01')] });
    const after = proposal({ title: 'Renamed' }, { approvals: [approved('department', '2026-10-01'), approved('department', '2026-10-10')] });
    const diff = diffProposals(before, after, pack, { asOf: AS_OF });
    expect(diff.route.approvalsNotCovering).toEqual([]);
    expect(diff.after.route?.current).toEqual(['committee']);
  });
});

describe('revisions in evaluate', () => {
  test('without revisions nothing is reported', () => {
    const report = evaluate(proposal({}, { approvals: [approved('department', '2026-10-01')] }), pack, { asOf: AS_OF });
    expect(report.violations).toEqual([]);
    expect(report.route!.stages[0]!.steps[0]).not.toHaveProperty('decidedOnRevision');
  });

  test('an approval on an earlier revision is reported and, under the default, still counts', () => {
    const report = evaluate(proposal({}, { revision: 2, approvals: [approved('department', '2026-10-01', 1)] }), pack, { asOf: AS_OF });
    expect(report.violations.map((v) => [v.ruleId, v.severity, v.pointer, v.data])).toEqual([
      ['route/earlier-revision', 'info', '/approvals/0/revision', { step: 'department', revision: 1, current: 2 }],
    ]);
    expect(statuses(report)).toMatchObject({ department: 'done', committee: 'current' });
    expect(report.route!.stages[0]!.steps[0]).toMatchObject({ decidedOn: '2026-10-01', decidedOnRevision: 1 });
  });

  test('an approval on the current revision, or replaced by a later one, is not reported', () => {
    const history = [approved('department', '2026-10-01', 'a'), approved('department', '2026-10-09', 'b')];
    expect(evaluate(proposal({}, { revision: 'b', approvals: history }), pack, { asOf: AS_OF }).violations).toEqual([]);
  });

  test('a step that reviews every new revision again is not covered by an approval on an earlier one', () => {
    const strict = uni([{ reviewsAgainOn: { fields: ['/revision'], reading: 'Every revision.' } }]);
    const report = evaluate(proposal({}, { revision: 2, approvals: [approved('department', '2026-10-01', 1)] }), strict, { asOf: AS_OF });
    expect(report.violations.map((v) => [v.ruleId, v.severity])).toEqual([['route/approval-not-covering', 'warning']]);
    expect(statuses(report)).toMatchObject({ department: 'current' });
    const diff = diffProposals(proposal({}, { revision: 1, approvals: [approved('department', '2026-10-01', 1)] }), proposal({}, { revision: 2, approvals: [approved('department', '2026-10-01', 1)] }), strict, { asOf: AS_OF });
    expect(diff.fields.map((f) => f.pointer)).toEqual(['/revision']);
    expect(diff.route.approvalsNotCovering).toEqual([expect.objectContaining({ step: 'department', revision: 1, because: ['/revision'], basis: 'reading' })]);
  });

  test('a pack must give a citation or a reading for reviewsAgainOn, and pointers', () => {
    expect(() => uni([{ reviewsAgainOn: { fields: ['/credential'] } }])).toThrow(/citation|reading/);
    expect(() => uni([{ reviewsAgainOn: { fields: ['credential'], reading: 'r' } }])).toThrow(/pointer/);
  });
});

describe('formatProposalDiff', () => {
  test('markdown names places in code spans, whatever the keys hold', () => {
    const before = proposal({}, { extensions: { 'a`b\n## heading': 1 } });
    const after = proposal({}, { extensions: { 'a`b\n## heading': 2 } });
    const text = formatProposalDiff(diffProposals(before, after, pack, { asOf: AS_OF }), { format: 'markdown' });
    expect(text).toContain('changed ``/extensions/a`b\\u000a## heading``');
    expect(text.split('\n').some((line) => line.startsWith('## '))).toBe(false);
  });

  test('a real edit on a built-in pack reads as expected', () => {
    const base = proposal({ courses: [course('ABC 101', 4), course('ABC 102', 4)], transcripted: true }, { policy: 'binghamton' });
    const diff = diffProposals(base, proposal({ courses: [course('ABC 101', 4), course('ABC 102', 4), course('ABC 103', 5)], transcripted: true }, { policy: 'binghamton' }), binghamton, { asOf: '2026-11-01' });
    expect(diff.violations.introduced.map((v) => v.ruleId)).toContain('binghamton/max-credits');
    expect(formatProposalDiff(diff, { format: 'stylish' })).toMatch(/error binghamton\/max-credits at \/credential\/courses/);
  });
});
