// Whole-proposal scenarios per pack: a realistic proposal with the expected verdict, rule ids,
// waived rule ids and approval route (every step in stage order, with its status).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAward, evaluate } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { listFiles, POLICIES, readData } from '../_helpers/files';

interface Scenario {
  description: string;
  asOf: string;
  expect: {
    verdict: string;
    violations: string[];
    waived?: string[];
    route: Record<string, string>[];
    /** The route's overall state (in-progress, approved, rejected), when the scenario is about it. */
    routeState?: string;
    /** Expected dates of steps whose policy gives a duration, by step id. */
    expectedBy?: Record<string, string>;
  };
  proposal: unknown;
  /**
   * An award of the proposal's credential to a learner, judged with the pack and the proposal
   * (`approval: { proposal }`), as of the scenario's date unless it gives its own.
   */
  award?: { asOf?: string; learnerRecord: unknown; expect: { earned: boolean; unmet: string[] } };
}

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort();

describe.each(builtinPacks.map((pack) => [pack.id, pack] as const))('pack %s scenarios', (packId, pack) => {
  const dir = join(POLICIES, packId, 'scenarios');
  const files = listFiles(dir, /\.(ya?ml|json)$/);

  test('has at least six scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  test.each(files)('%s', (file) => {
    const scenario = readData(join(dir, file)) as Scenario;
    const report = evaluate(scenario.proposal, pack, { asOf: scenario.asOf });
    expect(report.verdict, scenario.description).toBe(scenario.expect.verdict);
    expect(sortedUnique(report.violations.map((v) => v.ruleId))).toEqual(sortedUnique(scenario.expect.violations));
    expect(sortedUnique(report.waived.map((v) => v.ruleId))).toEqual(sortedUnique(scenario.expect.waived ?? []));
    const route = report.route?.stages.flatMap((stage) => stage.steps.map((step) => ({ [step.id]: step.status }))) ?? [];
    expect(route).toEqual(scenario.expect.route);
    if (scenario.expect.routeState) expect(report.route?.state).toBe(scenario.expect.routeState);
    if (scenario.expect.expectedBy) {
      const steps = report.route!.stages.flatMap((stage) => stage.steps);
      const dates = Object.fromEntries(Object.keys(scenario.expect.expectedBy).map((id) => [id, steps.find((s) => s.id === id)?.expectedBy]));
      expect(dates).toEqual(scenario.expect.expectedBy);
    }
    if (scenario.award) {
      const credential = (scenario.proposal as { credential: unknown }).credential;
      const award = checkAward(credential, scenario.award.learnerRecord, { asOf: scenario.award.asOf ?? scenario.asOf, pack, approval: { proposal: scenario.proposal } });
      expect(award.earned).toBe(scenario.award.expect.earned);
      expect(sortedUnique(award.unmet.map((v) => v.ruleId))).toEqual(sortedUnique(scenario.award.expect.unmet));
    }
  });
});
