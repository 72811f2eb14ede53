// The approval route: which steps apply (conditions), where each stands (from the history),
// revision loops, rejections, expected dates and problems in the history.
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, type Approval, type Report } from '../../src/index';
import { cite, course, proposal } from '../_helpers/proposals';

const pack = definePack({
  id: 'uni',
  name: 'University',
  version: '1.0.0',
  sources: [{ title: 'Policy' }],
  effective: [{ revision: 'r1' }],
  route: {
    steps: [
      {
        id: 'curriculum-committee',
        body: 'Curriculum committee',
        when: { some: [{ var: 'credential.courses' }, { in: [{ var: 'status' }, ['new', 'pending-approval']] }] },
        reason: 'New courses are approved first.',
        notRequiredReason: 'Every course already exists.',
        citation: cite(),
      },
      { id: 'department', body: 'Department', reason: 'r', citation: cite(), after: ['curriculum-committee'] },
      { id: 'committee', body: 'Review committee', reason: 'r', citation: cite(), after: ['department'], revise: { returnsTo: 'department' }, reject: true },
      { id: 'fee-review', body: 'Fee review', reason: 'r', citation: cite(), after: ['department'], when: { '>': [{ count: [{ var: 'credential.fees' }] }, 0] } },
      { id: 'graduate-council', body: 'Graduate Council', reason: 'r', citation: cite(), appliesTo: { level: 'graduate' }, after: ['committee'] },
      { id: 'dean', body: 'Dean', reason: 'r', citation: cite(), after: ['graduate-council'] },
      { id: 'badge', body: 'Badge office', kind: 'action', reason: 'r', citation: cite(), after: ['dean'], expectedWithin: { weeks: 4, from: ['dean'] } },
      { id: 'registrar', body: 'Registrar', kind: 'notify', reason: 'r', citation: cite(), after: ['badge'] },
    ],
  },
});

const statuses = (report: Report) => Object.fromEntries(report.route!.stages.flatMap((s) => s.steps.map((step) => [step.id, step.status])));
const judge = (approvals: Approval[] = [], credential = {}, asOf = '2026-12-31') => evaluate(proposal(credential, { approvals }), pack, { asOf });
const approved = (step: string, date: string): Approval => ({ step, decision: 'approved', date });

describe('route conditions', () => {
  test('steps whose conditions do not hold are shown as not required, with the reason why not', () => {
    const report = judge();
    expect(statuses(report)).toEqual({
      'curriculum-committee': 'not-required',
      department: 'current',
      committee: 'pending',
      'fee-review': 'not-required',
      'graduate-council': 'not-required',
      dean: 'pending',
      badge: 'pending',
      registrar: 'pending',
    });
    expect(report.route!.stages[0]!.steps[0]!.reason).toBe('Every course already exists.');
    expect(report.route!.current).toEqual(['department']);
  });

  test('a new course, a fee and a graduate level each bring in their step', () => {
    const report = judge([], { level: 'graduate', courses: [course('ABC 501', 3, 'new')], fees: [{ amount: 100, currency: 'USD', purpose: 'Lab' }] });
    expect(statuses(report)).toMatchObject({ 'curriculum-committee': 'current', department: 'pending', 'fee-review': 'pending', 'graduate-council': 'pending' });
  });

  test('stages group steps that can run in parallel', () => {
    expect(pack.route.stages).toEqual([['curriculum-committee'], ['department'], ['committee', 'fee-review'], ['graduate-council'], ['dean'], ['badge'], ['registrar']]);
  });
});

describe('route status from the approval history', () => {
  test('done steps carry their decision date; the next steps become current', () => {
    const report = judge([approved('department', '2026-02-01')]);
    expect(statuses(report)).toMatchObject({ department: 'done', committee: 'current' });
    expect(report.route!.stages[1]!.steps[0]!.decidedOn).toBe('2026-02-01');
  });

  test('a revision loop: the committee returns the proposal, the department resubmits, the committee approves', () => {
    const returned = judge([approved('department', '2026-02-01'), { step: 'committee', decision: 'revisions-requested', date: '2026-03-01' }]);
    expect(statuses(returned)).toMatchObject({ department: 'current', committee: 'returned' });

    const resubmitted = judge([
      approved('department', '2026-02-01'),
      { step: 'committee', decision: 'revisions-requested', date: '2026-03-01' },
      approved('department', '2026-03-15'),
    ]);
    expect(statuses(resubmitted)).toMatchObject({ department: 'done', committee: 'current' });

    const done = judge([
      approved('department', '2026-02-01'),
      { step: 'committee', decision: 'revisions-requested', date: '2026-03-01' },
      approved('department', '2026-03-15'),
      approved('committee', '2026-04-01'),
    ]);
    expect(statuses(done)).toMatchObject({ department: 'done', committee: 'done', dean: 'current' });
    expect(done.violations).toEqual([]);
  });

  test('a revision loop reopens the steps on the way back, not a review beside them that is already done', () => {
    const fee = { fees: [{ amount: 100, currency: 'USD', purpose: 'Lab' }] };
    const report = judge(
      [
        approved('department', '2026-02-01'),
        approved('fee-review', '2026-02-10'),
        { step: 'committee', decision: 'revisions-requested', date: '2026-03-01' },
        approved('department', '2026-03-15'),
      ],
      fee,
    );
    expect(statuses(report)).toMatchObject({ department: 'done', committee: 'current', 'fee-review': 'done' });
    const feeStep = report.route!.stages.flatMap((s) => s.steps).find((s) => s.id === 'fee-review')!;
    expect(feeStep.decidedOn).toBe('2026-02-10');
    expect(report.violations).toEqual([]);
  });

  test('the history is read in date order, whatever the file order', () => {
    const report = judge([approved('committee', '2026-04-01'), approved('department', '2026-02-01')]);
    expect(statuses(report)).toMatchObject({ department: 'done', committee: 'done' });
    expect(report.violations).toEqual([]);
  });

  test('decisions after asOf are not known yet', () => {
    const report = judge([approved('department', '2026-02-01'), approved('committee', '2026-04-01')], {}, '2026-03-01');
    expect(statuses(report)).toMatchObject({ department: 'done', committee: 'current' });
  });

  test('a rejection ends the route', () => {
    const report = judge([approved('department', '2026-02-01'), { step: 'committee', decision: 'rejected', date: '2026-03-01' }]);
    expect(report.route!.state).toBe('rejected');
    expect(statuses(report)).toMatchObject({ committee: 'rejected', dean: 'pending' });
    expect(report.route!.current).toEqual([]);
  });

  test('an action step gets an expected date from the policy duration; notify steps do not hold up approval', () => {
    const history = [approved('department', '2026-02-01'), approved('committee', '2026-03-01'), approved('dean', '2026-03-02')];
    const report = judge(history);
    const badge = report.route!.stages.flatMap((s) => s.steps).find((s) => s.id === 'badge')!;
    expect(badge).toMatchObject({ status: 'current', expectedBy: '2026-03-30', kind: 'action' });
    const complete = judge([...history, approved('badge', '2026-03-20')]);
    expect(complete.route!.state).toBe('approved');
    expect(statuses(complete)).toMatchObject({ registrar: 'current' });
  });

  test('problems in the history are reported, not thrown', () => {
    const report = judge([
      approved('provost', '2026-01-01'),
      approved('committee', '2026-01-02'),
      approved('graduate-council', '2026-01-03'),
      { step: 'department', decision: 'rejected', date: '2026-01-04' },
    ]);
    expect(report.violations.map((v) => [v.ruleId, v.pointer])).toEqual([
      ['route/unknown-step', '/approvals/0/step'],
      ['route/out-of-order', '/approvals/1'],
      ['route/step-not-required', '/approvals/2/step'],
      ['route/decision-not-allowed', '/approvals/3/decision'],
    ]);
    // A decision the step cannot take under the policy does not change the route.
    expect(report.route!.state).toBe('in-progress');
    expect(statuses(report)).toMatchObject({ department: 'current', committee: 'done' });
  });
});
