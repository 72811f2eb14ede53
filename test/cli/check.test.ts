// `microcred check` run as a subprocess over fixture folders: exit codes, quiet success, and
// clear one-line causes for bad input.
import { describe, expect, test } from 'vitest';
import { microcred } from '../_helpers/run-cli';

const AS_OF = ['--as-of', '2026-11-01'];
const FIXTURES = 'test/fixtures/cli';

describe('microcred check: exit codes', () => {
  test('0 and no output when every file complies', () => {
    const run = microcred(['check', `${FIXTURES}/clean`, ...AS_OF]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('1 when a file has errors; problems listed with line:column and rule id', () => {
    const run = microcred(['check', `${FIXTURES}/mixed`, ...AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/b-errors\.yaml\n/);
    expect(run.stdout).toMatch(/\d+:\d+\s+error\s+.*suny\/competency-based/);
    expect(run.stdout).toMatch(/\d+:\d+\s+warning\s+.*suny\/stackable/);
    expect(run.stdout).not.toMatch(/c-compliant\.json/);
    expect(run.stdout).toMatch(/3 problems \(2 errors, 1 warning\)/);
  });

  test('warnings alone pass, unless there are more than --max-warnings', () => {
    const file = `${FIXTURES}/mixed/a-warning-only.yaml`;
    expect(microcred(['check', file, ...AS_OF]).code).toBe(0);
    expect(microcred(['check', file, ...AS_OF, '--max-warnings', '1']).code).toBe(0);
    expect(microcred(['check', file, ...AS_OF, '--max-warnings', '0']).code).toBe(1);
  });

  test('--quiet reports errors only; --exit-zero never fails on violations', () => {
    const quiet = microcred(['check', `${FIXTURES}/mixed`, ...AS_OF, '--quiet']).stdout;
    expect(quiet).toMatch(/\d+:\d+\s+error\s/);
    expect(quiet).not.toMatch(/\d+:\d+\s+warning\s/);
    expect(microcred(['check', `${FIXTURES}/mixed`, ...AS_OF, '--exit-zero']).code).toBe(0);
  });

  test('2 for unreadable or invalid files, each with a one-line cause, and the run goes on', () => {
    const run = microcred(['check', `${FIXTURES}/broken`, `${FIXTURES}/clean`, ...AS_OF, '--format', 'json']);
    expect(run.code).toBe(2);
    const { results, summary } = JSON.parse(run.stdout);
    const byFile = Object.fromEntries(results.map((r: { file: string; errors: { code: string; line?: number }[] }) => [r.file.split('/').pop(), r.errors.map((e) => [e.code, e.line])]));
    expect(byFile).toEqual({
      'duplicate-key.yaml': [['duplicate-key', 3]],
      'malformed.yaml': expect.arrayContaining([['parse-error', expect.any(Number)]]),
      'not-an-object.yaml': [['not-an-object', 1]],
      'schema-invalid.json': [
        ['schema', 7],
        ['schema', 8],
      ],
      'trailing-comma.json': [['parse-error', 4]],
      'unknown-pack.yaml': [['unknown-pack', 2]],
      'compliant.yaml': [],
    });
    expect(summary).toEqual({ files: 7, errors: 0, warnings: 0, infos: 0, invalid: 6 });
    expect(run.stderr).toBe('');
  });

  test('stylish output for bad files: the file, then one line per cause, never a stack trace', () => {
    const run = microcred(['check', `${FIXTURES}/broken`, ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/unknown-pack\.yaml\n\s+2:\d+\s+error\s+The file names policy "atlantis", which is not a known pack/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test.each([
    [['check', 'no/such/file.yaml'], /No such file or directory: no\/such\/file\.yaml/],
    [['check', `${FIXTURES}/empty-dir`], /No proposal files .* in directory/],
    [['check', 'nothing-matches-*.yaml'], /No files match the pattern/],
    [['check', `${FIXTURES}/clean`, '--pack', 'atlantis'], /Unknown pack "atlantis"/],
    [['check', `${FIXTURES}/clean`, '--as-of', '2026-13-01'], /YYYY-MM-DD/],
    [['check', `${FIXTURES}/clean`, '--format', 'xml'], /Allowed choices are stylish, json, junit, sarif, github/],
    [['check', '--no-such-option', 'x'], /unknown option/],
  ])('usage error %j: exit 2 with the cause', (args, message) => {
    const run = microcred(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('--pack judges every file by the given pack, even a pack file', () => {
    const run = microcred(['check', 'docs/guides/example-pack/samples/max-credits', '--pack', 'docs/guides/example-pack/pack.yaml', ...AS_OF, '--format', 'json']);
    const { results } = JSON.parse(run.stdout);
    expect(results.map((r: { pack: { id: string } }) => r.pack.id)).toEqual(['northfield', 'northfield']);
    expect(run.code).toBe(1);
  });

  test('--as-of defaults to today and is reported', () => {
    const { results } = JSON.parse(microcred(['check', `${FIXTURES}/clean`, '--format', 'json']).stdout);
    expect(results[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('--output writes the report to a file', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const out = join(mkdtempSync(join(tmpdir(), 'microcred-')), 'report.json');
    const run = microcred(['check', `${FIXTURES}/mixed`, ...AS_OF, '-f', 'json', '-o', out]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(3);
  });
});

describe('colour', () => {
  test('off when stdout is not a TTY, on with --color, and never under NO_COLOR', () => {
    const args = ['check', `${FIXTURES}/mixed`, ...AS_OF];
    expect(microcred(args).stdout).not.toContain('\u001b[');
    expect(microcred([...args, '--color']).stdout).toContain('\u001b[');
    expect(microcred([...args, '--color'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});
