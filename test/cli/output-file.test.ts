// A report that cannot be written is never a silent pass: every write failure exits 2 naming
// the path; report files are replaced whole (a failed or interrupted run leaves the previous
// one), their directories created; a reader that stops early keeps the run's own exit code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const AS_OF = ['--as-of', '2026-11-01'];
const MIXED = 'test/fixtures/cli/mixed';
const CLEAN = 'test/fixtures/cli/clean';
const dir = mkdtempSync(join(tmpdir(), 'microcred-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Many files, with errors and an unreadable one: a large report, and a run that exits 2.
const big = join(dir, 'big');
mkdirSync(big);
const errors = readFileSync(join(ROOT, MIXED, 'b-errors.yaml'), 'utf8');
for (let i = 0; i < 400; i++) writeFileSync(join(big, `f-${String(i).padStart(3, '0')}.yaml`), errors);
writeFileSync(join(big, 'zz-broken.yaml'), 'a: [');

describe('write failures', () => {
  test('a missing directory is created, as ESLint does', () => {
    const out = join(dir, 'new', 'deeper', 'report.json');
    const run = microcred(['check', CLEAN, ...AS_OF, '-f', 'json', '--output-file', out]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(1);
  });

  test.each([
    ['a directory', () => dir, /is a directory/],
    ['a path through a file', () => (writeFileSync(join(dir, 'plain'), ''), join(dir, 'plain', 'report.json')), /not a directory/],
    ['a broken symbolic link', () => (symlinkSync(join(dir, 'nowhere', 'x'), join(dir, 'dangling')), join(dir, 'dangling')), /broken symbolic link/],
    ['a full device', () => '/dev/full', /no space left/],
  ])('%s: exit 2 naming the path, on a clean run and with a large report', (_name, target, why) => {
    const path = target();
    for (const input of [CLEAN, big]) {
      const run = microcred(['check', input, ...AS_OF, '-f', 'json', '-o', path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Cannot write the report to ${path}`);
      expect(run.stderr).toMatch(why);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('-o /dev/stdout writes in place', () => {
    const run = microcred(['check', CLEAN, ...AS_OF, '-f', 'json', '-o', '/dev/stdout']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.files).toBe(1);
  });

  test('SIGINT leaves the previous report whole and removes the temporary file', async () => {
    const reports = join(dir, 'interrupted');
    mkdirSync(reports);
    const out = join(reports, 'report.json');
    writeFileSync(out, 'previous');
    const child = spawn(process.execPath, [CLI, 'check', big, ...AS_OF, '-f', 'json', '-o', out, '--concurrency', 'off'], { cwd: ROOT, stdio: 'ignore' });
    // Interrupt once the temporary file exists: the run is writing.
    for (let i = 0; i < 400 && readdirSync(reports).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readdirSync(reports).length).toBe(2);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(reports)).toEqual(['report.json']);
  });
});

describe('a reader that stops early', () => {
  test('`check big/ | head -1` under pipefail exits with the run\'s code (2), not 0', () => {
    const script = `set -o pipefail; "${process.execPath}" "${CLI}" check "${big}" --as-of 2026-11-01 | head -1 >/dev/null`;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
  });

  test('and 1 when the run alone exits 1', () => {
    const script = `set -o pipefail; "${process.execPath}" "${CLI}" check "${big}/f-0"* --as-of 2026-11-01 -f json | head -c 10 >/dev/null`;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(existsSync(big)).toBe(true);
  });
});
