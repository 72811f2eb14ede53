// The documented limits on proposals: list sizes and text lengths are enforced by the schema
// (a clear schema/too-big-* problem at the list or field), and docs/security.md states the
// same numbers as the code, file and JsonLogic limits included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIMITS, LOGIC_LIMITS, parseProposal } from '../../src/index';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from '../../src/node/index';
import { ROOT } from '../_helpers/files';
import { MINIMAL_PROPOSAL } from './_support';

const issuesOf = (input: unknown) => {
  const result = parseProposal(input);
  return result.success ? [] : result.issues.map((i) => `${i.ruleId} ${i.pointer}`);
};

const course = (i: number) => ({ code: `C ${i}`, title: `Course ${i}`, credits: { value: 1, unit: 'us-credit-hour' } });
const approval = (i: number) => ({ step: 'office', decision: 'approved', date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` });

describe('proposal limits', () => {
  test(`lists inside a credential: ${LIMITS.list} items are read, one more is refused`, () => {
    const withCourses = (n: number) => ({ ...MINIMAL_PROPOSAL, credential: { ...MINIMAL_PROPOSAL.credential, courses: Array.from({ length: n }, (_, i) => course(i)) } });
    expect(issuesOf(withCourses(LIMITS.list))).toEqual([]);
    expect(issuesOf(withCourses(LIMITS.list + 1))).toEqual(['schema/too-big-array /credential/courses']);
  });

  test(`approval history and waivers: ${LIMITS.history} entries are read, one more is refused`, () => {
    const withApprovals = (n: number) => ({ ...MINIMAL_PROPOSAL, approvals: Array.from({ length: n }, (_, i) => approval(i)) });
    expect(issuesOf(withApprovals(LIMITS.history))).toEqual([]);
    expect(issuesOf(withApprovals(LIMITS.history + 1))).toEqual(['schema/too-big-array /approvals']);
  });

  test('text fields: 20,000 characters, names 500, ids 200', () => {
    const credential = MINIMAL_PROPOSAL.credential;
    expect(issuesOf({ ...MINIMAL_PROPOSAL, credential: { ...credential, description: 'x'.repeat(20_000) } })).toEqual([]);
    expect(issuesOf({ ...MINIMAL_PROPOSAL, credential: { ...credential, description: 'x'.repeat(20_001) } })).toEqual(['schema/too-big-string /credential/description']);
    expect(issuesOf({ ...MINIMAL_PROPOSAL, credential: { ...credential, title: 'x'.repeat(501) } })).toEqual(['schema/too-big-string /credential/title']);
    expect(issuesOf({ ...MINIMAL_PROPOSAL, credential: { ...credential, id: 'x'.repeat(201) } })).toHaveLength(1);
  });

  test('a huge list is refused as a whole, without a problem per item', () => {
    const huge = { ...MINIMAL_PROPOSAL, credential: { ...MINIMAL_PROPOSAL.credential, courses: Array.from({ length: 100_000 }, () => ({})) } };
    const started = performance.now();
    expect(issuesOf(huge).length).toBeLessThan(10);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('docs/security.md states the limits the code enforces', () => {
  const security = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8');
  const number = (n: number) => n.toLocaleString('en-US');

  test.each([
    ['file size', `${DEFAULT_MAX_BYTES / 1024 / 1024} MB`],
    ['nesting in files', `${DEFAULT_MAX_DEPTH} levels`],
    ['lists in a proposal', `${number(LIMITS.list)} items`],
    ['approvals and waivers', `${number(LIMITS.history)} entries`],
    ['JsonLogic nesting', `${number(LOGIC_LIMITS.maxDepth)} levels`],
    ['JsonLogic nodes', `${number(LOGIC_LIMITS.maxNodes)} nodes`],
    ['JsonLogic work per run', `${number(LOGIC_LIMITS.maxSteps)} steps`],
    ['JsonLogic work per proposal', `${number(LOGIC_LIMITS.maxEvaluationSteps)} steps`],
    ['JsonLogic strings', `${number(LOGIC_LIMITS.maxStringLength)} characters`],
  ])('%s: %s', (_what, text) => {
    expect(security).toContain(text);
  });
});
