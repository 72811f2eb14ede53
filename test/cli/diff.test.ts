// `microcred diff`: two files, or each file against a git commit (--base); JSON against its
// shipped schema, Markdown for a pull-request comment, and the exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { dump } from 'js-yaml';
import { POLICIES, readData, ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const base = (readData(join(POLICIES, 'binghamton/scenarios/01-credit-bearing-undergraduate-compliant.yaml')) as { proposal: Record<string, any> }).proposal;
const overLimit = () => {
  const p = structuredClone(base);
  p.credential.courses.push({ code: 'GEOG 335', title: 'Spatial Statistics', credits: { value: 5, unit: 'us-credit-hour' } });
  return p;
};
const AS_OF = ['--as-of', '2026-10-15'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'microcred-diff-cli-'));
  writeFileSync(join(dir, 'old.yaml'), dump(base));
  writeFileSync(join(dir, 'new.yaml'), dump(overLimit()));
  writeFileSync(join(dir, 'broken.yaml'), 'credential: [\n');
});

describe('microcred diff OLD NEW', () => {
  test('json validates against docs/schema/diff-output.schema.json', () => {
    const run = microcred(['diff', join(dir, 'old.yaml'), join(dir, 'new.yaml'), ...AS_OF, '-f', 'json']);
    expect(run.code).toBe(1);
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/diff-output.schema.json'), 'utf8')));
    const output = JSON.parse(run.stdout);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.summary).toEqual({ files: 1, changed: 1, introducedErrors: 1, failed: 0 });
  });

  test('a file compared with itself: no change, exit 0', () => {
    const run = microcred(['diff', join(dir, 'old.yaml'), join(dir, 'old.yaml'), ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no change');
  });

  test('markdown for a pull-request comment', () => {
    const run = microcred(['diff', join(dir, 'old.yaml'), join(dir, 'new.yaml'), ...AS_OF, '-f', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^### microcred: /);
    expect(run.stdout).toContain('- error `binghamton/max-credits` at `/credential/courses`');
    expect(run.stdout).toContain('- added `/credential/courses/2`');
  });

  test('usage errors and files that cannot be read exit 2, naming the side, never quoting it', () => {
    expect(microcred(['diff', join(dir, 'old.yaml')]).code).toBe(2);
    expect(microcred(['diff', join(dir, 'old.yaml'), join(dir, 'new.yaml'), '-f', 'xml']).code).toBe(2);
    const broken = microcred(['diff', join(dir, 'broken.yaml'), join(dir, 'new.yaml'), ...AS_OF, '-f', 'json']);
    expect(broken.code).toBe(2);
    const entry = JSON.parse(broken.stdout).files[0];
    expect(entry.errors.map((e: { side: string; code: string }) => [e.side, e.code])).toEqual([['before', 'parse-error']]);
    expect(entry.diff).toBeUndefined();
    const missing = microcred(['diff', join(dir, 'nope.yaml'), join(dir, 'new.yaml'), ...AS_OF]);
    expect(missing.code).toBe(2);
  });
});

describe('microcred diff --base', () => {
  let repo: string;
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.edu', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.edu' } });
    expect(run.status, run.stderr).toBe(0);
  };
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'microcred-diff-git-'));
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'edited.yaml'), dump(base));
    writeFileSync(join(repo, 'same.yaml'), dump(base));
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'edited.yaml'), dump(overLimit()));
    writeFileSync(join(repo, 'added.yaml'), dump(base));
  });

  test('compares each changed file with the base commit, skips unchanged ones, names new ones', () => {
    const run = microcred(['diff', '--base', 'main', ...AS_OF, '-f', 'json'], {}, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['added.yaml', 'added'],
      ['edited.yaml', 'compared'],
    ]);
    expect(output.files[1].before).toBe('main:edited.yaml');
    expect(output.files[1].diff.violations.introduced.map((v: { ruleId: string }) => v.ruleId)).toEqual(['binghamton/max-credits']);
  });

  test('only the paths given', () => {
    const run = microcred(['diff', '--base', 'main', 'same.yaml', ...AS_OF], {}, repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No proposal file changed.');
  });

  test('a ref git does not know is a usage error', () => {
    const run = microcred(['diff', '--base', 'no-such-branch', ...AS_OF], {}, repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--base "no-such-branch" is not a commit/);
  });
});
