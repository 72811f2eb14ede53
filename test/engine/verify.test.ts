// verifyPack, on data already read: every sample, scenario, coverage and citation check, and
// each kind of failure it reports.
import { describe, expect, test } from 'vitest';
import { northfield } from '../../docs/guides/example-pack/pack';
import { defaultSampleDate, sampleExpectations, verifyPack, verifyTestCases, type PackSample } from '../../src/index';

const credential = { id: 'x', title: 'X', kind: 'micro-credential', creditBearing: true };
const outcome = (id: string) => ({ id, statement: `Outcome ${id}.`, assessment: { method: 'rubric' } });
const proposal = (extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, policy: 'northfield', credential: { ...credential, ...extra } });
const sample = (rule: string, expected: 'pass' | 'fail', data: unknown, extra: Partial<PackSample> = {}): PackSample => ({ rule, file: `samples/${rule}/${expected}-x.yaml`, expected, data, ...extra });

const codes = (result: ReturnType<typeof verifyPack>, kind: string) =>
  result.checks.filter((c) => c.kind === kind && c.status === 'fail').flatMap((c) => c.problems.map((p) => p.code));

describe('samples', () => {
  test('a pass sample that fires, a fail sample that does not, and one the rule does not run on', () => {
    const result = verifyPack(northfield, {
      samples: [
        sample('two-outcomes', 'pass', proposal({ learningOutcomes: [outcome('a')] })),
        sample('two-outcomes', 'fail', proposal({ learningOutcomes: [outcome('a'), outcome('b')] })),
        sample('max-credits', 'fail', { ...proposal(), credential: { ...credential, creditBearing: false } }),
      ],
    });
    expect(result.ok).toBe(false);
    expect(codes(result, 'sample').sort()).toEqual(['rule-not-run', 'sample-not-triggered', 'sample-triggered']);
  });

  test('a fail sample meets the message id and path it expects, or says what it got', () => {
    const data = proposal({ learningOutcomes: [outcome('a')] });
    const right = verifyPack(northfield, { samples: [sample('two-outcomes', 'fail', data, { expect: [{ messageId: 'tooFew', path: '/credential/learningOutcomes' }] })] });
    expect(codes(right, 'sample')).toEqual([]);
    const wrong = verifyPack(northfield, { samples: [sample('two-outcomes', 'fail', data, { expect: [{ path: ['credential'] }] })] });
    expect(codes(wrong, 'sample')).toEqual(['expectation-not-met']);
  });

  test('unreadable and malformed samples fail on their own', () => {
    const result = verifyPack(northfield, {
      samples: [sample('two-outcomes', 'pass', undefined, { error: '3:1 bad indentation' }), sample('two-outcomes', 'fail', { schemaVersion: 1 })],
    });
    expect(codes(result, 'sample').sort()).toEqual(['sample-not-well-formed', 'unreadable']);
  });

  test('coverage: every rule has both kinds; every samples folder names a rule', () => {
    const result = verifyPack(northfield, { samples: [sample('max-credit', 'pass', proposal())] });
    expect(codes(result, 'coverage')).toEqual(['no-pass-sample', 'no-fail-sample', 'no-pass-sample', 'no-fail-sample', 'no-pass-sample', 'no-fail-sample', 'no-pass-sample', 'no-fail-sample']);
    expect(codes(result, 'samples-folder')).toEqual(['unknown-rule']);
  });

  test('samples are judged at a fixed date', () => {
    expect(defaultSampleDate(northfield)).toBe('2026-06-01');
    expect(verifyPack(northfield).asOf).toBe('2026-06-01');
  });
});

describe('# expect: lines', () => {
  test('are read from the comments at the top of a sample', () => {
    const text = '# Fails acme/x: why.\n# expect: { messageId: tooMany, path: [credential, courses] }\n#expect: messageId: other\nschemaVersion: 1\n# expect: { messageId: ignored }\n';
    expect(sampleExpectations(text)).toEqual({ expect: [{ messageId: 'tooMany', path: ['credential', 'courses'] }, { messageId: 'other' }], problems: [] });
  });

  test('that are not a mapping of messageId and path are problems', () => {
    expect(sampleExpectations('# expect: { message: x }\n# expect: [a\n').problems).toHaveLength(2);
  });
});

describe('scenarios', () => {
  const scenario = (expect: Record<string, unknown>) => ({ file: 'scenarios/s.yaml', data: { asOf: '2026-03-01', expect, proposal: proposal({ learningOutcomes: [outcome('a'), outcome('b')] }) } });

  test('verdict, violations, route and the shape of the file', () => {
    const pass = verifyPack(northfield, { scenarios: [scenario({ verdict: 'compliant-with-warnings', violations: ['northfield/employer-partner'] })] });
    expect(codes(pass, 'scenario')).toEqual([]);
    const fail = verifyPack(northfield, {
      scenarios: [scenario({ verdict: 'compliant', violations: [], route: [{ department: 'done' }], expectedBy: { department: '2026-01-01' } }), { file: 'scenarios/t.yaml', data: { asOf: 'soon' } }],
    });
    expect(codes(fail, 'scenario')).toEqual(['verdict', 'violations', 'route', 'expected-by', 'invalid-scenario', 'invalid-scenario', 'invalid-scenario']);
  });
});

describe('citations', () => {
  test('found, not found, or skipped when the text is not given', () => {
    const policy = 'Every micro-credential must state at least two student learning outcomes, and each outcome must name how it is assessed.';
    const result = verifyPack(northfield, { sources: { 'policy.md': policy } });
    const citations = result.checks.filter((c) => c.kind === 'citation');
    expect(citations.filter((c) => c.status === 'pass').map((c) => c.ruleId)).toEqual(['northfield/two-outcomes', 'northfield/outcome-assessed']);
    expect(citations.filter((c) => c.status === 'fail')).toHaveLength(7);
    expect(verifyPack(northfield).checks.filter((c) => c.kind === 'citation').every((c) => c.status === 'skip')).toBe(true);
  });
});

test('verifyTestCases: one case per check; failing ones throw with their problems', () => {
  const result = verifyPack(northfield, { samples: [sample('two-outcomes', 'pass', proposal({ learningOutcomes: [outcome('a')] }))] });
  const cases = verifyTestCases(result);
  expect(cases.map((c) => c.name)).toEqual(result.checks.map((c) => c.name));
  const failing = cases.find((c) => c.check.kind === 'sample')!;
  expect(failing.run).toThrow(/sample-triggered/);
  expect(cases.find((c) => c.check.kind === 'citation')!.skip).toBe(true);
});
