// `microcred check --pack A --pack B` (and a config's `pack` list) judges every file by both
// packs: each format names each pack's part, JSON carries `packs`, and packs that cannot judge
// together are a usage error before any file is read.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { reportScope } from '../_helpers/json-report';
import { microcred } from '../_helpers/run-cli';

const STANDARDS = 'test/fixtures/packs/standards/pack.yaml';
const FILE = 'test/fixtures/cli/clean/compliant.yaml';
const BOTH = ['--pack', 'suny', '--pack', STANDARDS, '--as-of', '2026-11-01'];

const repo = mkdtempSync(join(tmpdir(), 'microcred-multi-pack-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
copyFileSync(join(ROOT, FILE), join(repo, 'proposal.yaml'));
copyFileSync(join(ROOT, STANDARDS), join(repo, 'standards.yaml'));

describe('check --pack A --pack B', () => {
  test('stylish: a heading per pack, each over its own findings, with its own verdict', () => {
    const run = microcred(['check', FILE, ...BOTH]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        FILE,
        '  suny 1.0.0 (revision suny-page), as of 2026-11-01: compliant',
        '  standards 1.0.0 (revision 2025), as of 2026-11-01: non-compliant',
        '   47:3  error    State at least three learning outcomes; this proposal states 2.  standards/three-outcomes',
        '  102:1  warning  Name at least one employer partner (market.partners).  standards/employer-partner',
        '',
        '✖ 2 problems (1 error, 1 warning) (1 file)',
        '',
      ].join('\n'),
    );
  });

  test('json: each result lists its packs, and validates against the shipped schema', () => {
    const run = microcred(['check', FILE, 'test/fixtures/cli/broken/schema-invalid.json', ...BOTH, '-f', 'json']);
    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/check-output.schema.json'), 'utf8')));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const judged = output.results.find((r: { file: string }) => r.file === FILE);
    expect(judged.pack.id).toBe('suny');
    expect(judged.packs.map((p: { id: string; revision: string }) => [p.id, p.revision])).toEqual([
      ['suny', 'suny-page'],
      ['standards', '2025'],
    ]);
    const checked = output.checkedRules[reportScope(judged)][judged.checkedRef];
    expect(checked.slice(judged.packs[0].rulesChecked)).toEqual(['standards/three-outcomes', 'standards/employer-partner']);
    expect(judged.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['standards/three-outcomes', 'standards/employer-partner']);
  });

  test('one --pack: the packs field holds that one pack, and the rest of the result is as before', () => {
    const run = microcred(['check', FILE, '--pack', 'suny', '--as-of', '2026-11-01', '-f', 'json']);
    const report = JSON.parse(run.stdout);
    const [result] = report.results;
    expect(result.packs).toEqual([{ ...result.pack, rulesChecked: report.checkedRules[reportScope(result)][result.checkedRef].length }]);
  });

  test('github: each annotation names its namespaced rule id', () => {
    const run = microcred(['check', FILE, ...BOTH, '-f', 'github']);
    expect(run.stdout).toContain(`::error file=${FILE},line=47,col=3,title=standards/three-outcomes::`);
    expect(run.stdout).toContain(`::warning file=${FILE},line=102,col=1,title=standards/employer-partner::`);
  });

  test('the same output on worker threads as on the main thread', () => {
    const run = (concurrency: string) => microcred(['check', FILE, FILE.replace('clean/compliant', 'mixed/b-errors'), ...BOTH, '-f', 'json', '--concurrency', concurrency]);
    const single = run('off');
    expect(run('2').stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).results.every((r: { packs: unknown[] }) => r.packs.length === 2)).toBe(true);
  });

  test('packs that cannot judge together are a usage error, before any file is read', () => {
    const overlap = microcred(['check', 'no-such-file.yaml', '--pack', 'binghamton', '--pack', 'suny']);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain('"binghamton" and "suny" both include the rules of "suny"');
    const routes = microcred(['check', FILE, '--pack', 'suny', '--pack', 'docs/guides/example-pack/pack.yaml']);
    expect(routes.code).toBe(2);
    expect(routes.stderr).toContain('Pack "northfield" has an approval route, and only the first pack may have one');
  });

  test('route: the first pack\'s route, naming the other packs', () => {
    const run = microcred(['route', FILE, ...BOTH]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('  suny 1.0.0 (revision suny-page); with standards 1.0.0 (revision 2025), as of 2026-11-01');
    const json = JSON.parse(microcred(['route', FILE, ...BOTH, '-f', 'json']).stdout);
    expect(json.packs.map((p: { id: string }) => p.id)).toEqual(['suny', 'standards']);
    expect(json.route.stages[0].steps[0].packId).toBe('suny');
  });
});

describe('the config\'s pack', () => {
  test('a list judges every file by those packs together; --pack replaces it', () => {
    writeFileSync(join(repo, 'microcred.config.yaml'), 'files: [proposal.yaml]\npack: [suny, ./standards.yaml]\n');
    const run = microcred(['check', '--as-of', '2026-11-01', '-f', 'json'], {}, repo);
    expect(JSON.parse(run.stdout).results[0].packs.map((p: { id: string }) => p.id)).toEqual(['suny', 'standards']);
    const replaced = microcred(['check', '--as-of', '2026-11-01', '-f', 'json', '--pack', 'suny'], {}, repo);
    expect(JSON.parse(replaced.stdout).results[0].packs.map((p: { id: string }) => p.id)).toEqual(['suny']);
  });

  test.each([['[]'], ['[suny, ""]'], ['[1]'], ['{ id: suny }']])('pack: %s is a usage error naming the setting', (value) => {
    writeFileSync(join(repo, 'microcred.config.yaml'), `pack: ${value}\n`);
    const run = microcred(['check', 'proposal.yaml'], {}, repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"pack" must be a pack id, pack file or npm package name, or a non-empty list of them');
  });
});
