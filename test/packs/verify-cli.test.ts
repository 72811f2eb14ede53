// `microcred verify`, run as users run it: the built CLI, on built-in and custom packs, in
// every output format, with exit codes 0 (all pass), 1 (a check fails), 2 (no pack to verify).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const EXAMPLE = join(ROOT, 'docs', 'guides', 'example-pack');
const scratch = mkdtempSync(join(tmpdir(), 'microcred-verify-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the example pack with one pass sample moved to the fail side. */
function brokenCopy(): string {
  const dir = join(scratch, 'broken');
  cpSync(EXAMPLE, dir, { recursive: true });
  renameSync(join(dir, 'samples/max-credits/pass-nine-credits.yaml'), join(dir, 'samples/max-credits/fail-nine-credits.yaml'));
  return dir;
}

describe('microcred verify', () => {
  test('with no pack, verifies the packs the repository config names (and --no-config ignores it)', () => {
    const repo = join(scratch, 'configured');
    cpSync(EXAMPLE, join(repo, 'northfield'), { recursive: true });
    writeFileSync(join(repo, 'microcred.config.json'), JSON.stringify({ extraPacks: ['./northfield/pack.yaml'] }));
    const run = microcred(['verify', '--format', 'json'], {}, repo);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).packs.map((p: { packId: string }) => p.packId)).toEqual(['northfield']);
    const all = microcred(['verify', '--no-config', '--format', 'json'], {}, repo);
    expect(JSON.parse(all.stdout).packs.map((p: { packId: string }) => p.packId)).toEqual(['suny', 'binghamton', 'fiu', 'ub', 'eu']);
  });

  test('with no pack, verifies every built-in pack', () => {
    const run = microcred(['verify', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(true);
    expect(out.packs.map((p: { packId: string }) => p.packId)).toEqual(['suny', 'binghamton', 'fiu', 'ub', 'eu']);
    expect(out.packs.every((p: { summary: { passed: number } }) => p.summary.passed > 50)).toBe(true);
  });

  test('a pack file, and a folder holding pack.yaml', () => {
    expect(microcred(['verify', 'docs/guides/example-pack/pack.yaml']).stdout).toMatch(/✔ 1 pack verified/);
    expect(microcred(['verify', 'docs/guides/example-pack']).code).toBe(0);
  });

  test('a failing sample exits 1 and names the sample, the rule and why', () => {
    const dir = brokenCopy();
    const run = microcred(['verify', join(dir, 'pack.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('northfield/max-credits: samples/max-credits/fail-nine-credits.yaml should fail');
    expect(run.stdout).toContain('sample-not-triggered');
    expect(run.stdout).toContain('no-pass-sample');
  });

  test('tap and junit', () => {
    const dir = join(scratch, 'broken');
    const tap = microcred(['verify', join(dir, 'pack.yaml'), '--format', 'tap']);
    expect(tap.code).toBe(1);
    const lines = tap.stdout.split('\n');
    expect(lines[0]).toBe('TAP version 13');
    const plan = Number(/^1\.\.(\d+)$/.exec(lines[1]!)![1]);
    expect(lines.filter((l) => /^(not )?ok \d+ - /.test(l))).toHaveLength(plan);
    expect(lines.filter((l) => l.startsWith('not ok'))).toHaveLength(2);

    const junit = microcred(['verify', join(dir, 'pack.yaml'), '--format', 'junit', '-o', join(scratch, 'verify.xml')]);
    expect(junit.code).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(scratch, 'verify.xml'), 'utf8'));
    expect(xml.testsuites['@_failures']).toBe('2');
    expect(xml.testsuites.testsuite['@_name']).toBe('northfield');
  });

  test('citations are checked against the texts beside the pack, or skipped', () => {
    const dir = join(scratch, 'no-text');
    cpSync(EXAMPLE, dir, { recursive: true });
    rmSync(join(dir, 'policy.md'));
    const skipped = JSON.parse(microcred(['verify', join(dir, 'pack.yaml'), '--format', 'json']).stdout).packs[0];
    expect(skipped.summary).toMatchObject({ failed: 0, skipped: 9 });
    writeFileSync(join(scratch, 'policy.md'), 'A different text.');
    const checked = microcred(['verify', join(dir, 'pack.yaml'), '--sources', scratch, '--format', 'json']);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).packs[0].summary).toMatchObject({ failed: 9, skipped: 0 });
  });

  test('a JavaScript module whose only named export is a pack definition', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/packs/esm-pack.mjs'), 'utf8').replace('export default {', 'export const campus = {');
    writeFileSync(join(scratch, 'named.mjs'), text);
    const run = microcred(['verify', join(scratch, 'named.mjs'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const codes = JSON.parse(run.stdout).packs[0].checks.flatMap((c: { problems: { code: string }[] }) => c.problems.map((p) => p.code));
    expect(codes).toEqual(expect.arrayContaining(['no-pass-sample', 'no-fail-sample']));
  });

  test('a TypeScript pack is not parsed as YAML: the CLI says to compile it', () => {
    for (const args of [['verify', 'docs/guides/example-pack/pack.ts'], ['check', 'test/fixtures/cli/clean', '--pack', 'docs/guides/example-pack/pack.ts']]) {
      const run = microcred(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is TypeScript');
      expect(run.stderr).toContain('Compile it first');
      expect(run.stderr).not.toMatch(/stream|document separator/);
    }
  });

  test('usage errors exit 2', () => {
    expect(microcred(['verify', 'nope']).code).toBe(2);
    expect(microcred(['verify', './missing/pack.yaml']).stderr).toContain('does not exist');
  });
});

test('explain shows a custom pack\'s samples', () => {
  const run = microcred(['explain', 'northfield/max-credits', '--extra-pack', 'docs/guides/example-pack/pack.yaml', '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  const { samples } = JSON.parse(run.stdout);
  expect(samples.pass.map(([file]: [string]) => file)).toEqual(['pass-nine-credits.yaml']);
  expect(samples.fail.map(([file]: [string]) => file)).toEqual(['fail-twelve-credits.yaml']);
});

test('an installed npm package, with the samples it ships', () => {
  const project = join(scratch, 'project');
  const packageDir = join(project, 'node_modules', '@acme', 'microcred-pack');
  mkdirSync(join(packageDir, 'samples', 'has-description'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: '@acme/microcred-pack', version: '1.0.0', type: 'module', exports: './index.mjs' }));
  cpSync(join(ROOT, 'test', 'fixtures', 'packs', 'esm-pack.mjs'), join(packageDir, 'index.mjs'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'campus', private: true }));
  const badge = (description: string) => `schemaVersion: 1\ncredential: { id: x, title: X, kind: digital-badge, creditBearing: false${description} }\n`;
  writeFileSync(join(packageDir, 'samples', 'has-description', 'pass-described.yaml'), badge(', description: A badge.'));
  writeFileSync(join(packageDir, 'samples', 'has-description', 'fail-undescribed.yaml'), badge(''));
  const run = microcred(['verify', '@acme/microcred-pack'], {}, project);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/esm-campus .*\n {2}✔ 4 passed, 0 failed, 1 skipped/);
});
