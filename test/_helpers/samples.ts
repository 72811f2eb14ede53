// The built-in packs are tested the way a campus tests its own pack: with verifyPack and the
// folder reader from microcred/node.
import { join } from 'node:path';
import { expect } from 'vitest';
import { verifyPack, verifyTestCases, type Pack, type VerifyCheckKind, type VerifyTestCase } from '../../src/index';
import { readPackFixtures, verifyPackDir } from '../../src/node/index';
import { POLICIES } from './files';

/** Samples are judged at one fixed date so results never depend on the clock. */
export const SAMPLE_AS_OF = '2026-06-01';




export interface SampleCase {
  readonly ruleId: string;
  /** Path relative to the pack folder, e.g. `samples/max-credits/pass-nine.yaml`. */
  readonly file: string;
  readonly expected: 'pass' | 'fail';
}

/** The pass-* and fail-* samples of a pack's own rules, found under `<packDir>/samples/<rule>/`. */
export function sampleCases(pack: Pack, packDir: string): SampleCase[] {
  const own = new Map(pack.rules.filter((rule) => rule.packId === pack.id).map((rule) => [rule.id.slice(rule.id.indexOf('/') + 1), rule.id]));
  return (readPackFixtures(pack, packDir).samples ?? [])
    .filter((sample) => own.has(sample.rule))
    .map((sample) => ({ ruleId: own.get(sample.rule)!, file: sample.file, expected: sample.expected }));
}

/** Asserts that a sample passes or fails its rule, that it is well-formed and that the rule ran. */
export function expectSample(pack: Pack, packDir: string, sample: SampleCase): void {
  const samples = (readPackFixtures(pack, packDir).samples ?? []).filter((s) => s.file === sample.file);
  const result = verifyPack(pack, { samples, asOf: SAMPLE_AS_OF });
  const checks = result.checks.filter((check) => check.kind === 'sample' && check.file === sample.file);
  expect(checks).toHaveLength(1);
  expect(checks[0]!.problems).toEqual([]);
}

/** A built-in pack's verification, as test cases of the kinds asked for. */
export function builtinPackCases(pack: Pack, kinds: readonly VerifyCheckKind[], sources?: string): VerifyTestCase[] {
  const result = verifyPackDir(pack, join(POLICIES, pack.id), { asOf: SAMPLE_AS_OF, ...(sources && { sources: [sources] }) });
  return verifyTestCases(result).filter((c) => kinds.includes(c.check.kind));
}
