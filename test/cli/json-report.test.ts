// The JSON report says each pack revision's route step text once (routeText) and each result's
// steps refer to it by ref: put back together, every route is the one the library gives.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, type Route } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { readData, ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const AS_OF = '2026-11-01';
const INPUTS = ['docs/examples', 'test/fixtures/cli/mixed', 'test/fixtures/cli/route'];

interface StepInReport {
  readonly id: string;
  readonly packId: string;
  readonly ref: string;
  readonly [key: string]: unknown;
}
interface Report {
  readonly results: { file: string; pack?: { id: string }; asOf?: string; route?: { stages: { steps: StepInReport[] }[]; state: string; current: string[] } }[];
  readonly routeText: Record<string, { packId: string; id: string; [key: string]: unknown }>;
  readonly summary: { files: number };
}

const run = microcred(['check', ...INPUTS, '--as-of', AS_OF, '--format', 'json']);
const report = JSON.parse(run.stdout) as Report;
const steps = report.results.flatMap((r) => r.route?.stages.flatMap((s) => s.steps) ?? []);

/** A route from the report with each step's text put back in. */
function expanded(route: NonNullable<Report['results'][number]['route']>): Route {
  return {
    ...route,
    stages: route.stages.map((stage) => ({
      steps: stage.steps.map(({ ref, ...particular }) => {
        const { packId: _packId, id: _id, ...text } = report.routeText[ref]!;
        return { ...text, ...particular };
      }),
    })),
  } as Route;
}

describe('check --format json: route text once per report', () => {
  test('validates against docs/schema/check-output.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/check-output.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(steps.length).toBeGreaterThan(20);
  });

  test('every route, its text put back from routeText, is the one evaluate() gives', () => {
    const proposals = INPUTS.flatMap((dir) => readdirSync(join(ROOT, dir)).map((name) => `${dir}/${name}`));
    let compared = 0;
    for (const result of report.results) {
      if (!result.route) continue;
      expect(proposals).toContain(result.file);
      const pack = builtinPacks.find((p) => p.id === result.pack!.id)!;
      const expected = evaluate(readData(join(ROOT, result.file)), pack, { asOf: AS_OF }).route;
      expect(expanded(result.route), result.file).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(8);
  });

  test('each text is said once: every entry is referenced, and no two entries of a step read the same', () => {
    expect(new Set(steps.map((s) => s.ref))).toEqual(new Set(Object.keys(report.routeText)));
    const seen = new Set<string>();
    for (const [ref, text] of Object.entries(report.routeText)) {
      expect(ref).toMatch(new RegExp(`:${text.packId}/${text.id}(~\\d+)?$`));
      const { packId, id, ...rest } = text;
      const key = JSON.stringify([packId, id, rest]);
      expect(seen.has(key), ref).toBe(false);
      seen.add(key);
    }
    // A step that is not required for some proposals says why not under a ref of its own.
    expect(Object.keys(report.routeText).some((ref) => /~2$/.test(ref))).toBe(true);
    // No step in a result repeats its text.
    for (const step of steps) expect(Object.keys(step)).not.toContain('reason');
  });

  test('a reason appears once in the whole report, however many files share it', () => {
    const [ref, text] = Object.entries(report.routeText).find(([r]) => steps.filter((s) => s.ref === r).length > 1)!;
    expect(steps.filter((s) => s.ref === ref).length).toBeGreaterThan(1);
    expect(run.stdout.split(JSON.stringify(text.reason)).length - 1).toBe(1);
  });
});
