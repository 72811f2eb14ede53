// The pack-authoring guide's example pack exists twice, as YAML (loadPackFile) and as
// TypeScript (definePack). Both must give the same verdicts, violations and routes on the
// guide's samples and proposals, and every sample must behave as its name says.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { evaluate, type Pack } from '../../src/index';
import { loadPackFile } from '../../src/node/index';
import { northfield } from '../../docs/guides/example-pack/pack';
import { readData, ROOT } from '../_helpers/files';
import { expectSample, SAMPLE_AS_OF, sampleCases } from '../_helpers/samples';

const dir = join(ROOT, 'docs', 'guides', 'example-pack');
let fromYaml: Pack;

beforeAll(async () => {
  fromYaml = await loadPackFile(join(dir, 'pack.yaml'));
});

const strip = (report: ReturnType<typeof evaluate>) => ({
  ...report,
  violations: report.violations.map(({ ruleId, severity, messageId, message, path, data }) => ({ ruleId, severity, messageId, message, path, data })),
});

describe('the guide pack: YAML and TypeScript twins', () => {
  test('define the same rules, in the same order, with the same route', () => {
    expect(fromYaml.rules.map((r) => [r.id, r.severity, r.waivable])).toEqual(northfield.rules.map((r) => [r.id, r.severity, r.waivable]));
    expect(fromYaml.rules.every((r) => r.language === 'json-logic')).toBe(true);
    expect(northfield.rules.every((r) => r.language === 'typescript')).toBe(true);
    expect(fromYaml.route.stages).toEqual(northfield.route.stages);
  });

  const files = readdirSync(join(dir, 'samples'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

  test.each(files)('give the same report on samples/%s', (file) => {
    const input = readData(join(dir, 'samples', file));
    const history = { ...(input as object), approvals: [{ step: 'department', decision: 'approved', date: '2026-01-10' }] };
    for (const proposal of [input, history]) {
      expect(strip(evaluate(proposal, fromYaml, { asOf: SAMPLE_AS_OF }))).toEqual(strip(evaluate(proposal, northfield, { asOf: SAMPLE_AS_OF })));
    }
  });

  test.each(sampleCases(northfield, dir).map((c) => [c.file, c] as const))('TypeScript pack: %s', (_file, sample) => expectSample(northfield, dir, sample));

  test('YAML pack: every sample behaves as its name says', () => {
    for (const sample of sampleCases(fromYaml, dir)) expectSample(fromYaml, dir, sample);
    expect(sampleCases(fromYaml, dir)).toHaveLength(8);
  });
});
