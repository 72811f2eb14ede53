// The `microcred` executable runs the bundled CLI through a V8 code cache in a per-user
// directory; it must give the same results with and without it, and never trust a directory
// others can write.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { microcred } from '../_helpers/run-cli';

const scratch = mkdtempSync(join(tmpdir(), 'microcred-cache-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ARGS = ['check', 'test/fixtures/cli/mixed', '--as-of', '2026-11-01', '--format', 'json'];

describe('the compile cache', () => {
  test('is written on the first run, reused after, and changes nothing in the output', () => {
    const dir = join(scratch, 'cache');
    const first = microcred(ARGS, { MICROCRED_COMPILE_CACHE_DIR: dir });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, files[0]!)).mode & 0o077).toBe(0);
    const written = statSync(join(dir, files[0]!)).mtimeMs;
    const second = microcred(ARGS, { MICROCRED_COMPILE_CACHE_DIR: dir });
    expect(statSync(join(dir, files[0]!)).mtimeMs).toBe(written);
    const without = microcred(ARGS, { MICROCRED_COMPILE_CACHE: '0' });
    expect(second).toEqual(first);
    expect(without).toEqual(first);
    expect(first.code).toBe(1);
  });

  test('MICROCRED_COMPILE_CACHE=0 writes nothing', () => {
    const dir = join(scratch, 'off');
    microcred(ARGS, { MICROCRED_COMPILE_CACHE: '0', MICROCRED_COMPILE_CACHE_DIR: dir });
    expect(existsSync(dir)).toBe(false);
  });

  test('a cache directory that others can write is not used', () => {
    const dir = join(scratch, 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const run = microcred(ARGS, { MICROCRED_COMPILE_CACHE_DIR: dir });
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a pack written as a JavaScript module loads through --pack (dynamic import inside the cached script)', () => {
    const run = microcred(['check', 'test/fixtures/cli/clean', '--pack', 'test/fixtures/packs/esm-pack.mjs', '--as-of', '2026-11-01', '--format', 'json'], {
      MICROCRED_COMPILE_CACHE_DIR: join(scratch, 'cache'),
    });
    const { results } = JSON.parse(run.stdout);
    expect(results[0].pack.id).toBe('esm-campus');
    expect(results[0].violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['proposal/policy-mismatch']);
    expect(run.code).toBe(0);
  });
});
