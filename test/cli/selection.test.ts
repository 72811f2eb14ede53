// Which files a run checks: each file once whatever it is called, unreadable entries reported,
// extensions in any case, package files and ignored paths left out, a config file found
// upwards, and --shard splitting the sorted list so that the shards add up to one full run.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const AS_OF = ['--as-of', '2026-11-01'];
const FIXTURES = join(ROOT, 'test/fixtures/cli');
const scratch = mkdtempSync(join(tmpdir(), 'microcred-selection-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh repository of proposals: `files` maps paths to fixture files (or text). */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    if (source.startsWith('fixture:')) copyFileSync(join(FIXTURES, source.slice(8)), join(dir, path));
    else writeFileSync(join(dir, path), source);
  }
  return dir;
}

interface Result {
  file: string;
  verdict: string;
  errors: { code: string; message: string }[];
}

function checked(args: string[], cwd: string): { code: number | null; files: string[]; results: Result[]; stderr: string } {
  const run = microcred(['check', ...args, ...AS_OF, '-f', 'json'], {}, cwd);
  const results = run.stdout ? (JSON.parse(run.stdout).results as Result[]) : [];
  return { code: run.code, files: results.map((r) => r.file), results, stderr: run.stderr };
}

const COMPLIANT = 'fixture:clean/compliant.yaml';

describe('each file once, every entry reported', () => {
  test('the same file named several ways is judged once', () => {
    const dir = repository({ 'p/a.yaml': COMPLIANT });
    const run = checked(['./p/a.yaml', 'p//a.yaml', join(dir, 'p/a.yaml'), 'p', 'p/*.yaml'], dir);
    expect(run.files).toEqual(['p/a.yaml']);
  });

  test('extensions match in any case; package files, dot entries and node_modules are left out of walks', () => {
    const dir = repository({
      'A.YAML': COMPLIANT,
      'b.Json': readFileSync(join(FIXTURES, 'mixed/c-compliant.json'), 'utf8'),
      'c.yml': COMPLIANT,
      'package.json': '{"name": "x", "version": "1.0.0"}',
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
      '.github/workflows/ci.yml': 'on: push',
      '.hidden.yaml': 'x: 1',
      'node_modules/dep/data.yaml': 'x: 1',
    });
    const run = checked(['.'], dir);
    expect(run.code).toBe(0);
    expect(run.files).toEqual(['A.YAML', 'b.Json', 'c.yml']);
    // Named explicitly, a file is checked whatever it is called.
    expect(checked(['package.json'], dir).results.map((r) => [r.file, r.verdict])).toEqual([['package.json', 'invalid']]);
  });

  test('dot entries come back when a files pattern names them', () => {
    const dir = repository({ '.proposals/a.yaml': COMPLIANT, '.proposals/.b.yaml': COMPLIANT, 'c.yaml': COMPLIANT, 'microcred.config.json': JSON.stringify({ files: ['.proposals/**/*.yaml', '*.yaml'] }) });
    expect(checked([], dir).files).toEqual(['.proposals/a.yaml', 'c.yaml']);
    expect(checked(['--no-config'], dir).files).toEqual(['c.yaml']);
  });

  test('`check` with no arguments checks the working directory', () => {
    const dir = repository({ 'a.yaml': COMPLIANT, 'package.json': '{"name": "x"}' });
    expect(checked([], dir)).toMatchObject({ code: 0, files: ['a.yaml'] });
  });

  test('a subdirectory that cannot be read is reported as that entry, exit 2', () => {
    const dir = repository({ 'a.yaml': COMPLIANT, 'locked/b.yaml': COMPLIANT, 'm.yaml': COMPLIANT });
    chmodSync(join(dir, 'locked'), 0o000);
    for (const readable of [scratch, dir]) chmodSync(readable, 0o755);
    try {
      // Root reads any directory: run as nobody when the tests run as root.
      const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
      // In its sorted place among the files, on the main thread and on workers alike.
      for (const concurrency of ['off', '2']) {
        const [command, ...rest] = [...asNobody, process.execPath, CLI, 'check', '.', ...AS_OF, '-f', 'json', '--concurrency', concurrency];
        const run = spawnSync(command!, rest, { cwd: dir, encoding: 'utf8' });
        expect(run.status).toBe(2);
        const { results } = JSON.parse(run.stdout) as { results: Result[] };
        expect(results.map((r) => [r.file, r.verdict, r.errors.map((e) => e.code)])).toEqual([
          ['a.yaml', 'compliant', []],
          ['locked', 'invalid', ['unreadable']],
          ['m.yaml', 'compliant', []],
        ]);
      }
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('ignoring paths', () => {
  const files = { 'proposals/a.yaml': COMPLIANT, 'proposals/drafts/b.yaml': 'not: [valid', 'proposals/old/c.yaml': 'not: [valid', 'notes/d.yml': 'x: 1' };

  test('.microcredignore (gitignore syntax), with negation', () => {
    const dir = repository({ ...files, '.microcredignore': '# drafts are not ready\ndrafts/\nnotes/\nold/*\n!old/c.yaml\n' });
    expect(checked(['.'], dir).files).toEqual(['proposals/a.yaml', 'proposals/old/c.yaml']);
  });

  test('--ignore-pattern, repeatable, also filters globs', () => {
    const dir = repository(files);
    expect(checked(['.', '--ignore-pattern', 'drafts/', '--ignore-pattern', '**/old/**', '--ignore-pattern', 'notes'], dir).files).toEqual(['proposals/a.yaml']);
    expect(checked(['proposals/**/*.yaml', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/'], dir).files).toEqual(['proposals/a.yaml']);
  });

  test('a walk from outside the working directory applies --ignore-pattern inside it, by the same paths', () => {
    const dir = repository(files);
    const inside = join(dir, 'proposals');
    const expected = ['../notes/d.yml', '../proposals/a.yaml'];
    expect(checked(['..', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/*.yaml'], inside).files).toEqual(expected);
    // Named by its absolute path, the walk starts outside too.
    expect(checked([dir, '--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/*.yaml'], inside).files).toEqual([join(dir, 'notes/d.yml'), join(dir, 'proposals/a.yaml')]);
    // A sibling directory with the working directory's name is outside it: the patterns do not reach it.
    const sibling = repository({ 'proposals/drafts/b.yaml': COMPLIANT, 'elsewhere/proposals/drafts/e.yaml': COMPLIANT });
    expect(checked(['../elsewhere', '--ignore-pattern', 'drafts/'], join(sibling, 'proposals')).files).toEqual(['../elsewhere/proposals/drafts/e.yaml']);
  });

  test('a directory whose files are all ignored is a usage error, not a silent pass', () => {
    const dir = repository(files);
    const run = checked(['notes', '--ignore-pattern', '*.yml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No proposal files .* to check in directory notes, or all of them are ignored/);
  });
});

describe('config files', () => {
  const files = {
    'proposals/a.yaml': COMPLIANT,
    'proposals/drafts/b.yaml': 'not: [valid',
    'catalog/c.yaml': 'not: a proposal',
    'packs/northfield.yaml': readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), 'utf8'),
    'proposals/nf.yaml': readFileSync(join(ROOT, 'docs/guides/example-pack/samples/max-credits/pass-nine-credits.yaml'), 'utf8'),
  };
  const settings = { files: ['proposals/**/*.yaml'], ignore: ['drafts/'], extraPacks: ['packs/northfield.yaml'] };

  test.each([
    ['microcred.config.json', JSON.stringify(settings)],
    ['microcred.config.yaml', `# checked in CI\nfiles: ["proposals/**/*.yaml"]\nignore: [drafts/]\nextraPacks: [packs/northfield.yaml]\n`],
    ['microcred.config.yml', `files: ["proposals/**/*.yaml"]\nignore: [drafts/]\nextraPacks: [./packs/northfield.yaml]\n`],
    ['package.json', JSON.stringify({ name: 'proposals', private: true, microcred: settings })],
  ])('%s: files, ignore and extra packs, found from a subdirectory, paths relative to it', (name, text) => {
    const dir = repository({ ...files, [name]: text });
    const run = checked([], dir);
    // nf.yaml names the northfield pack, loaded from the config's extraPacks (it has an error).
    expect(run).toMatchObject({ code: 1, files: ['proposals/a.yaml', 'proposals/nf.yaml'] });
    expect(run.results[1]).toMatchObject({ verdict: 'non-compliant', pack: { id: 'northfield' } });
    // From a subdirectory: the same config, patterns still relative to the config's directory.
    const sub = checked(['.'], join(dir, 'proposals'));
    expect(sub.files).toEqual(['a.yaml', 'nf.yaml']);
  });

  test('--config names one; --no-config uses none', () => {
    const dir = repository({ ...files, 'microcred.ci.json': JSON.stringify(settings), 'microcred.config.json': JSON.stringify({ ignore: ['proposals/'] }) });
    expect(checked(['--config', 'microcred.ci.json', 'proposals'], dir).files).toEqual(['proposals/a.yaml', 'proposals/nf.yaml']);
    expect(checked(['proposals'], dir).code).toBe(2);
    const none = checked(['--no-config', 'proposals'], dir);
    expect(none.files).toEqual(['proposals/a.yaml', 'proposals/drafts/b.yaml', 'proposals/nf.yaml']);
    expect(none.results[2]!.errors[0]!.code).toBe('unknown-pack');
  });

  test('route, explain, packs and pathways load the config\'s extra packs too; --no-config loads none', () => {
    const dir = repository({ ...files, 'microcred.config.json': JSON.stringify(settings) });
    const listed = microcred(['packs', '--format', 'json'], {}, dir);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((p) => p.id)).toContain('northfield');
    expect(microcred(['explain', 'northfield/max-credits', '--format', 'json'], {}, dir)).toMatchObject({ code: 0 });
    const route = microcred(['route', 'proposals/nf.yaml', '--format', 'json', '--as-of', '2026-11-01'], {}, dir);
    expect(route.code).toBe(0);
    expect(JSON.parse(route.stdout)).toMatchObject({ pack: { id: 'northfield' } });
    const pathways = microcred(['pathways', 'proposals', '--pack', 'northfield', '--format', 'json'], {}, dir);
    expect(pathways.code).toBe(0);
    expect(JSON.parse(pathways.stdout)).toMatchObject({ pack: 'northfield' });
    // Without the config the pack is unknown: the same commands say so.
    expect((JSON.parse(microcred(['packs', '--format', 'json', '--no-config'], {}, dir).stdout) as { id: string }[]).map((p) => p.id)).not.toContain('northfield');
    expect(microcred(['explain', 'northfield/max-credits', '--no-config'], {}, dir).code).toBe(2);
    expect(microcred(['route', 'proposals/nf.yaml', '--no-config', '--as-of', '2026-11-01'], {}, dir).code).toBe(2);
    expect(microcred(['pathways', 'proposals', '--pack', 'northfield', '--no-config'], {}, dir).code).toBe(2);
  });

  test.each([
    ['an unknown setting', { packs: ['x'] }, /"packs" is not a setting \(settings: pack, extraPacks, ignore, files\)/],
    ['a setting of the wrong type', { ignore: 'drafts/' }, /"ignore" must be a list of non-empty strings/],
    ['not an object', ['x'], /must be an object/],
  ])('%s is a usage error naming the file and the key', (_name, config, message) => {
    const dir = repository({ 'a.yaml': COMPLIANT, 'microcred.config.json': JSON.stringify(config) });
    const run = checked(['.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('microcred.config.json');
    expect(run.stderr).toMatch(message);
  });

  test('two config files in one directory are a usage error', () => {
    const dir = repository({ 'a.yaml': COMPLIANT, 'microcred.config.json': '{}', 'microcred.config.yaml': 'ignore: []' });
    const run = checked(['.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Two config files/);
  });
});

describe('--shard', () => {
  const files: Record<string, string> = {};
  const sources = ['clean/compliant.yaml', 'mixed/a-warning-only.yaml', 'mixed/b-errors.yaml', 'broken/malformed.yaml'];
  for (let i = 0; i < 23; i++) files[`p/${String.fromCharCode(97 + (i % 26))}${i}.yaml`] = `fixture:${sources[i % sources.length]}`;
  const dir = repository(files);

  test.each([1, 2, 3, 7])('the %i shards together are one full run: every file once, in order, the same totals', (count) => {
    const full = microcred(['check', 'p', ...AS_OF, '-f', 'json'], {}, dir);
    const fullJson = JSON.parse(full.stdout);
    const parts = Array.from({ length: count }, (_, i) => microcred(['check', 'p', ...AS_OF, '-f', 'json', '--shard', `${i + 1}/${count}`], {}, dir));
    const results = parts.flatMap((part) => JSON.parse(part.stdout).results);
    expect(results).toEqual(fullJson.results);
    const sum = (key: string) => parts.reduce((total, part) => total + JSON.parse(part.stdout).summary[key], 0);
    expect(['files', 'errors', 'warnings', 'invalid'].map(sum)).toEqual(['files', 'errors', 'warnings', 'invalid'].map((key) => fullJson.summary[key]));
    // Shards are nearly equal, and the worst exit code among them is the full run's.
    const sizes = parts.map((part) => JSON.parse(part.stdout).summary.files);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...parts.map((part) => part.code!))).toBe(full.code);
  });

  test('a shard with no files (more shards than files) passes, with an empty report', () => {
    const run = microcred(['check', 'p', ...AS_OF, '-f', 'json', '--shard', '1/40'], {}, dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.files).toBe(0);
  });

  test.each(['0/3', '4/3', '1/0', 'x', '1/2/3', ''])('--shard %j is a usage error', (value) => {
    const run = microcred(['check', 'p', '--shard', value], {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Use i\/n with 1 <= i <= n/);
  });
});
