import * as z from 'zod/mini';
import { isIsoDate } from '../../dates';
import { describeIssue } from '../../model/_lib/describe-issue';
import { checkAward } from '../../award/check-award';
import { evaluate } from '../evaluate';
import { MicrocredError } from '../errors';
import type { Pack } from '../types';
import type { PackScenario, VerifyCheck, VerifyProblem } from './types';

const IdList = z.array(z.string());

/** The shape of a scenario file; unknown fields are allowed so files can carry notes. */
const ScenarioSchema = z.object({
  description: z.optional(z.string()),
  asOf: z.string().check(z.refine(isIsoDate, 'Use a YYYY-MM-DD date')),
  expect: z.object({
    verdict: z.enum(['compliant', 'compliant-with-warnings', 'non-compliant']),
    violations: z.optional(IdList),
    waived: z.optional(IdList),
    route: z.optional(z.array(z.record(z.string(), z.string()))),
    routeState: z.optional(z.enum(['in-progress', 'approved', 'rejected'])),
    expectedBy: z.optional(z.record(z.string(), z.string())),
    expectedBasis: z.optional(z.record(z.string(), z.object({ step: z.optional(z.string()), decidedOn: z.optional(z.string()) }))),
  }),
  proposal: z.unknown(),
  award: z.optional(
    z.object({
      asOf: z.optional(z.string().check(z.refine(isIsoDate, 'Use a YYYY-MM-DD date'))),
      learnerRecord: z.unknown(),
      expect: z.object({ earned: z.boolean(), unmet: IdList }),
    }),
  ),
});

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort();
const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');

/** Runs one scenario: the verdict, rule ids, waived rule ids, route statuses and expected dates it states. */
export function verifyScenario(pack: Pack, scenario: PackScenario): VerifyCheck {
  const base = { kind: 'scenario' as const, name: scenario.file, file: scenario.file };
  if (scenario.error !== undefined) return { ...base, status: 'fail', problems: [{ code: 'unreadable', message: scenario.error }] };
  const parsed = ScenarioSchema.safeParse(scenario.data, { jitless: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      code: 'invalid-scenario',
      message: `${issue.path.map(String).join('.') || '(root)'}: ${describeIssue(issue)}`,
    }));
    return { ...base, status: 'fail', problems };
  }
  const { asOf, expect, proposal, award } = parsed.data;
  let report;
  try {
    report = evaluate(proposal, pack, { asOf });
  } catch (error) {
    if (error instanceof MicrocredError) return { ...base, status: 'fail', problems: [{ code: error.code, message: error.message }] };
    throw error;
  }
  const problems: VerifyProblem[] = [];
  if (report.verdict !== expect.verdict) {
    problems.push({ code: 'verdict', message: `Expected verdict ${expect.verdict}, got ${report.verdict}.` });
  }
  const compareIds = (code: string, what: string, expected: readonly string[] | undefined, actual: readonly string[]) => {
    if (expected === undefined) return;
    const want = sortedUnique(expected);
    const got = sortedUnique(actual);
    if (want.join('\n') !== got.join('\n')) {
      problems.push({ code, message: `Expected ${what} ${list(want)}; got ${list(got)}.` });
    }
  };
  compareIds('violations', 'violations of', expect.violations, report.violations.map((v) => v.ruleId));
  compareIds('waived', 'waived', expect.waived ?? (expect.violations === undefined ? undefined : []), report.waived.map((v) => v.ruleId));
  const steps = report.route?.stages.flatMap((stage) => stage.steps) ?? [];
  if (expect.route !== undefined) {
    const want = expect.route.map((entry) => Object.entries(entry).map(([id, status]) => `${id}: ${status}`).join(', '));
    const got = steps.map((step) => `${step.id}: ${step.status}`);
    if (want.join('\n') !== got.join('\n')) {
      problems.push({ code: 'route', message: `Expected route [${want.join('; ')}]; got [${got.join('; ')}].` });
    }
  }
  if (expect.routeState !== undefined && report.route?.state !== expect.routeState) {
    problems.push({ code: 'route-state', message: `Expected the route to be ${expect.routeState}; it is ${report.route?.state ?? 'not planned'}.` });
  }
  for (const [id, date] of Object.entries(expect.expectedBy ?? {})) {
    const actual = steps.find((step) => step.id === id)?.expectedBy;
    if (actual !== date) problems.push({ code: 'expected-by', message: `Expected step ${id} by ${date}; got ${actual ?? 'no date'}.` });
  }
  for (const [id, basis] of Object.entries(expect.expectedBasis ?? {})) {
    const actual = steps.find((step) => step.id === id)?.expectedBasis;
    if (basis.step !== undefined && actual?.step !== basis.step) {
      problems.push({ code: 'expected-basis', message: `Expected step ${id}'s date to count from ${basis.step}; it counts from ${actual?.step ?? 'nothing'}.` });
    }
    if (basis.decidedOn !== undefined && actual?.decidedOn !== basis.decidedOn) {
      problems.push({ code: 'expected-basis', message: `Expected step ${id}'s date to count from a decision on ${basis.decidedOn}; got ${actual?.decidedOn ?? 'none'}.` });
    }
  }
  if (award) {
    // An award of the proposal's credential to a learner, judged with the pack and the proposal.
    const credential = proposal !== null && typeof proposal === 'object' ? (proposal as { credential?: unknown }).credential : undefined;
    const result = checkAward(credential, award.learnerRecord, { asOf: award.asOf ?? asOf, pack, approval: { proposal } });
    if (result.earned !== award.expect.earned) {
      problems.push({ code: 'award-earned', message: `Expected the award to be ${award.expect.earned ? 'earned' : 'not earned'}; it is ${result.earned ? 'earned' : 'not earned'}.` });
    }
    compareIds('award-unmet', 'unmet award requirements', award.expect.unmet, result.unmet.map((v) => v.ruleId));
  }
  return { ...base, status: problems.length ? 'fail' : 'pass', problems };
}
