// --pack and --extra-pack accept an installed npm package whose export is a pack, resolved
// from the current directory the way `import` would.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const project = mkdtempSync(join(tmpdir(), 'microcred-npm-pack-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const packageDir = join(project, 'node_modules', '@acme', 'microcred-pack');
mkdirSync(packageDir, { recursive: true });
writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: '@acme/microcred-pack', version: '1.0.0', type: 'module', exports: './index.mjs' }));
cpSync(join(ROOT, 'test', 'fixtures', 'packs', 'esm-pack.mjs'), join(packageDir, 'index.mjs'));
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'campus-proposals', private: true }));
writeFileSync(
  join(project, 'proposal.yaml'),
  'schemaVersion: 1\npolicy: esm-campus\ncredential: { id: x, title: Sample, kind: digital-badge, creditBearing: false }\n',
);

test('--pack <package> judges files by the pack the package exports', () => {
  const run = microcred(['check', 'proposal.yaml', '--pack', '@acme/microcred-pack', '--as-of', '2026-11-01', '--format', 'json'], {}, project);
  const { results } = JSON.parse(run.stdout);
  expect(results[0].pack.id).toBe('esm-campus');
  expect(results[0].violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['esm-campus/has-description']);
  expect(run.code).toBe(1);
});

test('--extra-pack <package> lets files name that pack in "policy:"', () => {
  const run = microcred(['check', 'proposal.yaml', '--extra-pack', '@acme/microcred-pack', '--as-of', '2026-11-01', '--format', 'json'], {}, project);
  expect(JSON.parse(run.stdout).results[0].pack.id).toBe('esm-campus');
});

test('an npm package that is not installed is a usage error naming the fix', () => {
  const run = microcred(['check', 'proposal.yaml', '--pack', '@acme/not-installed', '--as-of', '2026-11-01'], {}, project);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/Unknown pack "@acme\/not-installed": .* install the package/);
});
