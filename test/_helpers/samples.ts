import { join } from 'node:path';
import { expect } from 'vitest';
import { evaluate, type Pack } from '../../src/index';
import { listFiles, readData, ruleName } from './files';

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
  return pack.rules
    .filter((rule) => rule.packId === pack.id)
    .flatMap((rule) => {
      const folder = `samples/${ruleName(rule.id)}`;
      return listFiles(join(packDir, folder), /^(pass|fail).*\.(ya?ml|json)$/).map((file) => ({
        ruleId: rule.id,
        file: `${folder}/${file}`,
        expected: file.startsWith('pass') ? ('pass' as const) : ('fail' as const),
      }));
    });
}

/** Asserts that a sample passes or fails its rule, that it is well-formed and that the rule ran. */
export function expectSample(pack: Pack, packDir: string, sample: SampleCase): void {
  const report = evaluate(readData(join(packDir, sample.file)), pack, { asOf: SAMPLE_AS_OF });
  expect(report.violations.filter((v) => v.ruleId.startsWith('schema/')), 'a sample must be a well-formed proposal').toEqual([]);
  expect(report.checked, 'the rule must apply to its sample').toContain(sample.ruleId);
  const ids = report.violations.map((v) => v.ruleId);
  if (sample.expected === 'pass') expect(ids).not.toContain(sample.ruleId);
  else expect(ids).toContain(sample.ruleId);
}
