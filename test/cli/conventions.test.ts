// The conventions CI maintainers know from ESLint, packs that cannot shadow each other,
// deterministic messages, and arguments that mean what they say (or are refused).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { workerCount } from '../../src/cli/check-workers';
import { CLI } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const AS_OF = ['--as-of', '2026-11-01'];
const MIXED = 'test/fixtures/cli/mixed';
const WARNING = `${MIXED}/a-warning-only.yaml`;
const CLEAN = 'test/fixtures/cli/clean/compliant.yaml';
const dir = mkdtempSync(join(tmpdir(), 'microcred-conventions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withStdin(args: string[], input: string | Buffer) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ESLint conventions', () => {
  test('--output-file is the long name of -o', () => {
    const out = join(dir, 'long-name.json');
    expect(microcred(['check', CLEAN, ...AS_OF, '-f', 'json', '--output-file', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(1);
  });

  test.each([
    [['route', CLEAN]],
    [['explain', 'suny/stackable']],
    [['packs']],
    [['pathways', 'test/fixtures/catalog']],
  ])('-f works wherever --format does: %j', (args) => {
    const run = microcred([...args, '-f', 'json', ...(args[0] === 'route' ? AS_OF : [])]);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  test('--max-warnings: a failing run says why, in every format', () => {
    for (const format of ['stylish', 'json', 'junit', 'sarif', 'github']) {
      const run = microcred(['check', WARNING, ...AS_OF, '-f', format, '--max-warnings', '0']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/1 warning\(s\), more than --max-warnings 0 allows/);
    }
    const github = microcred(['check', WARNING, ...AS_OF, '-f', 'github', '--max-warnings', '0']).stdout;
    expect(github).toMatch(/^::error title=microcred --max-warnings::1 warning\(s\), more than --max-warnings 0 allows/m);
    expect(microcred(['check', WARNING, ...AS_OF, '--max-warnings', '1']).stderr).toBe('');
  });

  test('--quiet still counts warnings against --max-warnings, on the main thread and on workers', () => {
    for (const concurrency of ['off', '2']) {
      const run = microcred(['check', WARNING, ...AS_OF, '--quiet', '--max-warnings', '0', '--concurrency', concurrency]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/warning {2}/);
      expect(run.stderr).toMatch(/counted under --quiet too/);
    }
  });

  test('--no-color, FORCE_COLOR and NO_COLOR', () => {
    const args = ['check', MIXED, ...AS_OF];
    expect(microcred(args, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(microcred(args, { FORCE_COLOR: '0' }).stdout).not.toContain('\u001b[');
    expect(microcred([...args, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(microcred(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  test('--stdin with --stdin-filename: the name is reported, its extension picks the syntax', () => {
    const yaml = readFileSync(join(ROOT, `${MIXED}/b-errors.yaml`), 'utf8');
    const run = withStdin(['check', '--stdin', '--stdin-filename', 'proposals/new.yaml', ...AS_OF, '-f', 'json'], yaml);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).results.map((r: { file: string; violations: { ruleId: string; line: number }[] }) => [r.file, r.violations.map((v) => [v.ruleId, v.line])])).toEqual([
      ['proposals/new.yaml', [['suny/competency-based', 40], ['suny/outcomes-assessed', 41]]],
    ]);
    // A .json name reads strict JSON: YAML text is a syntax error there.
    const json = withStdin(['check', '--stdin', '--stdin-filename', 'new.json', ...AS_OF, '-f', 'json'], yaml);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).results[0].errors[0].code).toBe('parse-error');
    expect(withStdin(['check', '--stdin', CLEAN], '').code).toBe(2);
    expect(microcred(['check', CLEAN, '--stdin-filename', 'x.yaml']).code).toBe(2);
  });
});

describe('packs', () => {
  const pack = parse(readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), 'utf8'));
  const shadow = join(dir, 'shadow-suny.yaml');
  writeFileSync(shadow, stringify({ ...pack, id: 'suny', rules: pack.rules.map((r: { id: string }) => ({ ...r, id: r.id.replace('northfield/', 'suny/') })), waivable: [] }));

  test('--extra-pack cannot shadow a built-in pack; --pack names the override explicitly', () => {
    const run = microcred(['check', CLEAN, '--extra-pack', shadow, ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has the id "suny", which is a built-in pack's; give it another id, or judge files by it with --pack/);
    const forced = microcred(['check', CLEAN, '--pack', shadow, ...AS_OF, '-f', 'json']);
    expect(JSON.parse(forced.stdout).results[0].violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['suny/employer-partner']);
  });

  test('two extra packs with one id are refused', () => {
    const copy = join(dir, 'northfield-copy.yaml');
    writeFileSync(copy, readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml')));
    const run = microcred(['check', CLEAN, '--extra-pack', 'docs/guides/example-pack/pack.yaml', '--extra-pack', copy, ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/both have the id "northfield"/);
  });

  test('the unknown-pack message lists the packs sorted, whatever was loaded first', () => {
    const run = microcred(['check', 'test/fixtures/cli/broken/unknown-pack.yaml', ...AS_OF, '-f', 'json']);
    expect(JSON.parse(run.stdout).results[0].errors[0].message).toMatch(/not a known pack \(binghamton, eu, fiu, suny, ub\)/);
    const usage = microcred(['check', CLEAN, '--pack', 'atlantis']);
    expect(usage.stderr).toMatch(/not a built-in pack \(binghamton, eu, fiu, suny, ub\)/);
  });
});

describe('worker threads', () => {
  test('auto: none on one or two cores (measured slower there), one per core but one from three', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => workerCount(600, 'auto', cores))).toEqual([0, 0, 2, 3, 4, 4]);
    expect(workerCount(499, 'auto', 8)).toBe(0);
    // Two cores: the main thread alone, up to the size where two workers were measured faster.
    expect([39_999, 40_000].map((files) => workerCount(files, 'auto', 2))).toEqual([0, 2]);
    expect(workerCount(40_000, 'auto', 1)).toBe(0);
    expect(workerCount(600, 3, 2)).toBe(3);
    expect(workerCount(600, 1, 8)).toBe(0);
  });
});

describe('argument edge cases', () => {
  test.each([
    ['--max-file-size 1e-9 (less than a byte)', ['check', CLEAN, '--max-file-size', '1e-9'], /less than one byte/],
    ['--max-file-size 0x10', ['check', CLEAN, '--max-file-size', '0x10'], /Use a size in megabytes/],
    ["--max-warnings ''", ['check', CLEAN, '--max-warnings', ''], /Use a whole number/],
    ['--max-warnings 1.5', ['check', CLEAN, '--max-warnings', '1.5'], /Use a whole number/],
    ['--quiet with --verbose', ['check', CLEAN, '--quiet', '--verbose'], /cannot be used with/],
    ['--concurrency 0', ['check', CLEAN, '--concurrency', '0'], /from 1 to 64/],
    ['pathways --concurrency (pathways has no threads)', ['pathways', 'test/fixtures/catalog', '--concurrency', '2'], /unknown option '--concurrency'/],
    ["--max-pathway-credits ''", ['pathways', 'test/fixtures/catalog', '--max-pathway-credits', ''], /Use a number of US credit hours/],
    ['--pack fs (a Node built-in module)', ['check', CLEAN, '--pack', 'fs'], /Unknown pack "fs"/],
  ])('%s: a usage error, exit 2', (_name, args, message) => {
    const run = microcred(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/unexpected error/);
  });

  test('--max-file-size 0.5 still works (half a megabyte)', () => {
    expect(microcred(['check', CLEAN, ...AS_OF, '--max-file-size', '0.5']).code).toBe(0);
  });

  test('invalid UTF-8 is refused with its position, not read as U+FFFD', () => {
    const text = readFileSync(join(ROOT, CLEAN));
    const at = text.indexOf('title:') + 'title: '.length;
    // "Café" written in Latin-1: 0xE9 is not UTF-8 on its own.
    const latin1 = Buffer.concat([text.subarray(0, at), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), text.subarray(at)]);
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, latin1);
    const line = text.subarray(0, at).toString('utf8').split('\n').length;
    const run = microcred(['check', file, ...AS_OF, '-f', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).results[0].errors).toEqual([
      { code: 'encoding', message: `The file is not valid UTF-8 (byte ${at + 3}); save it as UTF-8.`, line, column: 'title: '.length + 4 + 2 },
    ]);
    // A U+FFFD written as UTF-8 is text like any other.
    const fffd = join(dir, 'fffd.yaml');
    writeFileSync(fffd, Buffer.concat([text.subarray(0, at), Buffer.from('\uFFFD ', 'utf8'), text.subarray(at)]));
    expect(microcred(['check', fffd, ...AS_OF]).code).toBe(0);
  });
});

describe('init', () => {
  test('into a missing directory: created, the file written', () => {
    const file = join(dir, 'init', 'nested', 'new.yaml');
    const run = microcred(['init', '--pack', 'suny', file, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(readFileSync(file, 'utf8')).toMatch(/policy: suny/);
  });

  test('onto a dangling symbolic link: refused, nothing written through it', () => {
    const target = join(dir, 'elsewhere', 'written-through.yaml');
    mkdirSync(join(dir, 'elsewhere'), { recursive: true });
    const link = join(dir, 'link.yaml');
    symlinkSync(target, link);
    for (const force of [[], ['--force']]) {
      const run = microcred(['init', '--pack', 'suny', link, ...force, ...AS_OF]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is a symbolic link/);
      expect(existsSync(target)).toBe(false);
    }
  });
});
