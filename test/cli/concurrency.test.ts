// Worker threads change how fast a run is, never what it says: every format gives the same
// output with and without them, files in the same order.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'microcred-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sixty files of every kind the fixtures hold: compliant, with warnings, with errors, unreadable.
const sources = ['clean/compliant.yaml', 'mixed/a-warning-only.yaml', 'mixed/b-errors.yaml', 'broken/duplicate-key.yaml', 'broken/unknown-pack.yaml'];
for (let i = 0; i < 60; i++) {
  const source = sources[i % sources.length]!;
  const text = readFileSync(join(ROOT, 'test/fixtures/cli', source), 'utf8');
  const parsed = source.startsWith('broken') ? undefined : parse(text);
  if (parsed) parsed.credential.id = `c-${i}`;
  writeFileSync(join(dir, `f-${String(i).padStart(2, '0')}.yaml`), parsed ? stringify(parsed) : text);
}

describe('--concurrency', () => {
  test.each(['json', 'stylish', 'junit', 'sarif', 'github'])('%s: the same output on the main thread and on 2 or 3 workers', (format) => {
    // JUnit's time="..." is the run's duration: the one thing allowed to differ.
    const untimed = (run: ReturnType<typeof microcred>) => ({ ...run, stdout: run.stdout.replace(/ time="[\d.]+"/, '') });
    const run = (concurrency: string) => untimed(microcred(['check', dir, '--as-of', '2026-11-01', '--format', format, '--concurrency', concurrency]));
    const single = run('off');
    expect(single.code).toBe(2);
    for (const threads of ['2', '3']) expect(run(threads)).toEqual(single);
  });

  test('--quiet applies on workers too', () => {
    const run = (concurrency: string) => microcred(['check', dir, '--as-of', '2026-11-01', '--format', 'json', '--quiet', '--concurrency', concurrency]);
    expect(run('2').stdout).toEqual(run('off').stdout);
    expect(run('2').stdout).not.toMatch(/"severity":"warning"/);
  });

  test('a bad value is a usage error', () => {
    const run = microcred(['check', dir, '--concurrency', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Use auto, off, or a number of threads/);
  });
});
