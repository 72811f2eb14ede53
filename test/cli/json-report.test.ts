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
import { reportScope } from '../_helpers/json-report';
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
  readonly results: { file: string; pack?: { id: string; revision: string }; asOf?: string; violations: { ruleId: string; citationRef?: string }[]; waived: { ruleId: string; citationRef?: string }[]; route?: { stages: { steps: StepInReport[] }[]; state: string; current: string[] } }[];
  readonly routeText: Record<string, Record<string, { packId: string; id: string; [key: string]: unknown }>>;
  readonly citations: Record<string, Record<string, unknown>>;
  readonly summary: { files: number };
}

const run = microcred(['check', ...INPUTS, '--as-of', AS_OF, '--format', 'json']);
const report = JSON.parse(run.stdout) as Report;
const scopeOf = (result: Report['results'][number]) => reportScope(result as unknown as Record<string, unknown>);
/** Each step with the key of its text: its result's pack revision and its ref. */
const steps = report.results.flatMap((r) => r.route?.stages.flatMap((s) => s.steps.map((step) => ({ ...step, key: `${scopeOf(r)} ${step.ref}` }))) ?? []);
const texts = Object.entries(report.routeText).flatMap(([scope, entries]) => Object.entries(entries).map(([ref, text]) => ({ key: `${scope} ${ref}`, ref, text })));

/** A route from the report with each step's text put back in. */
function expanded(result: Report['results'][number]): Route {
  const route = result.route!;
  return {
    ...route,
    stages: route.stages.map((stage) => ({
      steps: stage.steps.map(({ ref, ...particular }) => {
        const { packId: _packId, id: _id, ...text } = report.routeText[scopeOf(result)]![ref]!;
        return { ...text, ...particular };
      }),
    })),
  } as unknown as Route;
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
      const expected = evaluate(readData(join(ROOT, result.file)), pack, { asOf: AS_OF });
      expect(expanded(result), result.file).toEqual(expected.route);
      // Violations, their citations put back in, are the library's (in line order, with lines).
      const cited = (list: Report['results'][number]['violations']) =>
        list.map(({ citationRef, ...v }) => ({ ...v, ...(citationRef !== undefined && { citation: report.citations[scopeOf(result)]![citationRef] }) }));
      const unplaced = (list: readonly object[]) => list.map((v) => JSON.stringify({ ...v, line: undefined, column: undefined })).sort();
      expect(unplaced(cited(result.violations)), result.file).toEqual(unplaced(expected.violations));
      expect(unplaced(cited(result.waived)), result.file).toEqual(unplaced(expected.waived));
      compared++;
    }
    expect(compared).toBeGreaterThan(8);
  });

  test('each text is said once: every entry is referenced, and no two entries of a step read the same', () => {
    expect(new Set(steps.map((s) => s.key))).toEqual(new Set(texts.map((t) => t.key)));
    const seen = new Set<string>();
    for (const { key, ref, text } of texts) {
      expect(ref).toMatch(new RegExp(`^${text.packId}/${text.id}(~\\d+)?$`));
      const { packId, id, ...rest } = text;
      const same = JSON.stringify([key.split(' ')[0], packId, id, rest]);
      expect(seen.has(same), key).toBe(false);
      seen.add(same);
    }
    // A step that is not required for some proposals says why not under a ref of its own.
    expect(texts.some((t) => /~2$/.test(t.ref))).toBe(true);
    // No step in a result repeats its text.
    for (const step of steps) expect(Object.keys(step)).not.toContain('reason');
  });

  test('a citation is said once per pack revision, and each violation names it', () => {
    const violations = report.results.flatMap((r) => [...r.violations, ...r.waived].map((v) => ({ ...v, scope: scopeOf(r) })));
    expect(violations.length).toBeGreaterThan(3);
    for (const v of violations) {
      expect(v.citationRef).toMatch(new RegExp(`^${v.ruleId}(~\\d+)?$`));
      expect(report.citations[v.scope]![v.citationRef!]).toMatchObject({ source: expect.any(String), passage: expect.any(String) });
      expect(Object.keys(v)).not.toContain('citation');
    }
  });

  test('a reason appears once in the whole report, however many files share it', () => {
    const { key, text } = texts.find((t) => steps.filter((s) => s.key === t.key).length > 1)!;
    expect(steps.filter((s) => s.key === key).length).toBeGreaterThan(1);
    expect(run.stdout.split(JSON.stringify(text.reason)).length - 1).toBe(1);
  });
});
