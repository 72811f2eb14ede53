// The `microcred` executable runs the bundled CLI through a V8 code cache in a per-user
// directory; it must give the same results with and without it, and never trust a directory
// others can write.
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';
import { COMPILE_AFTER } from '../../src/model/_lib/tiered-parser';

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

  test('a long run writes the cache as a one-file run would, without what only a long run compiles', () => {
    // Past COMPILE_AFTER files the run compiles zod's fast parser: a cache written at exit held it.
    const many = join(scratch, 'many');
    mkdirSync(many);
    const text = readFileSync(join(ROOT, 'test/fixtures/cli/clean', readdirSync(join(ROOT, 'test/fixtures/cli/clean'))[0]!), 'utf8');
    for (let i = 0; i < COMPILE_AFTER + 50; i++) writeFileSync(join(many, `p-${i}.yaml`), text);
    const sizeAfter = (inputs: string[], name: string) => {
      const dir = join(scratch, name);
      const run = microcred(['check', ...inputs, '--as-of', '2026-11-01', '--format', 'json'], { MICROCRED_COMPILE_CACHE_DIR: dir });
      expect(run.code).toBe(0);
      return statSync(join(dir, readdirSync(dir)[0]!)).size;
    };
    const long = sizeAfter([many], 'long');
    const short = sizeAfter([join(many, 'p-0.yaml')], 'short');
    expect(long).toBeLessThan(short * 1.05);
  });

  test('writing a cache removes the caches of other bundles unused for a week, and only those', () => {
    const dir = join(scratch, 'stale');
    mkdirSync(dir, { mode: 0o700 });
    const weeksAgo = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    const old = ['cli-1-1.v8cache', 'cli-2-2.v8cache.123.tmp'];
    for (const name of [...old, 'cli-3-3.v8cache', 'notes.txt']) writeFileSync(join(dir, name), 'x', { mode: 0o600 });
    for (const name of [...old, 'notes.txt']) utimesSync(join(dir, name), weeksAgo, weeksAgo);
    expect(microcred(ARGS, { MICROCRED_COMPILE_CACHE_DIR: dir }).code).toBe(1);
    const left = readdirSync(dir).sort();
    expect(left).toContain('cli-3-3.v8cache');
    expect(left).toContain('notes.txt');
    for (const name of old) expect(left).not.toContain(name);
    expect(left.filter((name) => /^cli-\d+-\d+\.v8cache$/.test(name))).toHaveLength(2);
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

describe('start-up', () => {
  test('the bundle is ASCII, so the launcher reads it as one-byte text without decoding UTF-8', () => {
    requireBuild();
    expect(isAscii(readFileSync(join(ROOT, 'dist', 'cli-main.cjs')))).toBe(true);
  });

  test('a one-file check into a pipe loads none of the Node modules it does not use', () => {
    requireBuild();
    const probe = join(scratch, 'modules-probe.cjs');
    writeFileSync(probe, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_FILE, JSON.stringify(process.moduleLoadList)));");
    const loaded = (args: string[]) => {
      const file = join(scratch, 'modules.json');
      const run = spawnSync(process.execPath, ['-r', probe, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MODULES_FILE: file } });
      expect(run.status).not.toBeNull();
      return new Set((JSON.parse(readFileSync(file, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)));
    };
    const bare = loaded(['-e', '0']);
    const check = loaded([CLI, 'check', 'test/fixtures/cli/clean/compliant.yaml', '--as-of', '2026-11-01']);
    const added = [...check].filter((m) => !bare.has(m) && !m.startsWith('internal/'));
    // Loaded by a report through process.stdout, commander's child processes, worker threads or
    // the first use of `performance`: none is needed here.
    for (const unused of ['net', 'stream', 'child_process', 'worker_threads', 'fs/promises', 'perf_hooks']) expect(added).not.toContain(unused);
  });
});
