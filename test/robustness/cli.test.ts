// The built CLI over a directory of hostile files, as CI runs it: each bad file gets a clear
// error of its own (line and column where known), every other file is judged exactly as if
// it were alone, nothing hangs or crashes, and the exit code is 2.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FileResult } from '../../src/index';
import { CLI, requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { AS_OF, mutatedProposal, proposalCorpus, SEED } from './_support';
import { resultsWithText, type JsonReport } from '../_helpers/json-report';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const EXAMPLES = join(ROOT, 'docs', 'examples');
const isRoot = process.getuid?.() === 0;
const isWindows = process.platform === 'win32';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[]): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each file's result, its route text and citations put back in (see test/_helpers/json-report.ts). */
function jsonResults(run: Run): Map<string, FileResult> {
  return new Map(resultsWithText(JSON.parse(run.stdout) as JsonReport).map((result) => [result.file, result]));
}

let dir: string;
let alone: string;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'microcred-hostile-'));
  alone = mkdtempSync(join(tmpdir(), 'microcred-alone-'));
  for (const file of readdirSync(HOSTILE).filter((f) => /\.(ya?ml|json)$/.test(f))) copyFileSync(join(HOSTILE, file), join(dir, file));
  for (const file of readdirSync(EXAMPLES)) {
    copyFileSync(join(EXAMPLES, file), join(dir, file));
    copyFileSync(join(EXAMPLES, file), join(alone, file));
  }
  const example = readFileSync(join(EXAMPLES, 'suny-cortland-coaching-badge.yaml'), 'utf8');
  writeFileSync(join(dir, 'bom-crlf.yaml'), `\ufeff${example.replace(/\n/g, '\r\n')}`);
  writeFileSync(join(dir, 'deep.json'), '['.repeat(200_000) + ']'.repeat(200_000));
  writeFileSync(join(dir, 'big.yaml'), '');
  truncateSync(join(dir, 'big.yaml'), 50 * 1024 * 1024);
  mkdirSync(join(dir, 'nested'));
  copyFileSync(join(EXAMPLES, 'suny-cortland-coaching-badge.yaml'), join(dir, 'nested', 'copy.yaml'));
  if (!isWindows) {
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    symlinkSync('.', join(dir, 'nested', 'walk-loop'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'broken-link.yaml'));
    symlinkSync('/dev/zero', join(dir, 'device.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  }
});

afterAll(() => {
  for (const path of [dir, alone]) if (path) rmSync(path, { recursive: true, force: true });
});

describe('microcred check over a directory of hostile files', () => {
  let run: Run;
  let results: Map<string, FileResult>;
  const at = (name: string) => results.get(`${dir}/${name}`);

  beforeAll(() => {
    run = cli(['check', dir, '--format', 'json', '--as-of', AS_OF]);
    results = jsonResults(run);
  });

  test('finishes with exit code 2 and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
  });

  test.each([
    ['malformed.yaml', 'parse-error', 5, 3],
    ['malformed.json', 'parse-error', 6, 3],
    ['duplicate-keys.yaml', 'duplicate-key', 7, 3],
    ['multiple-documents.yaml', 'parse-error', 3, 1],
    ['not-an-object.yaml', 'not-an-object', 1, 1],
    ['deep.json', 'too-deep', 1, undefined],
    ['empty.yaml', 'empty', undefined, undefined],
    ['yaml-bomb.yaml', 'alias-limit', undefined, undefined],
    ['big.yaml', 'too-large', undefined, undefined],
    ['prototype-pollution.json', 'schema', 2, 3],
    ['terminal-escape.yaml', 'schema', 5, 1],
  ])('%s: %s', (name, code, line, column) => {
    const result = at(name);
    expect(result?.verdict).toBe('invalid');
    expect(result?.errors).toContainEqual(expect.objectContaining({ code, ...(line !== undefined && { line }), ...(column !== undefined && { column }) }));
  });

  test.skipIf(isWindows)('links and special files: a loop, a broken link, a device and a pipe each get their own error', () => {
    for (const name of ['loop.yaml', 'broken-link.yaml', 'device.yaml', 'pipe.yaml']) {
      expect(at(name)?.errors.map((e) => e.code), name).toEqual(['unreadable']);
    }
    expect(at('loop.yaml')?.errors[0]?.message).toMatch(/link loop/);
    expect(at('device.yaml')?.errors[0]?.message).toMatch(/regular file/);
  });

  test.skipIf(isWindows)('a link to a directory is not walked, so a loop cannot trap the walk', () => {
    expect([...results.keys()].filter((file) => file.includes('walk-loop'))).toEqual([]);
    expect(at('nested/copy.yaml')?.verdict).toBe('non-compliant');
  });

  test.skipIf(isWindows)('a file without read permission is its own error; the other files are still judged', () => {
    // chmod 000 does not stop root, so as root the CLI runs as the unprivileged "nobody".
    const locked = mkdtempSync(join(tmpdir(), 'microcred-locked-'));
    try {
      chmodSync(locked, 0o755);
      writeFileSync(join(locked, 'locked.yaml'), readFileSync(join(EXAMPLES, 'suny-cortland-coaching-badge.yaml')));
      copyFileSync(join(EXAMPLES, 'suny-cortland-coaching-badge.yaml'), join(locked, 'readable.yaml'));
      chmodSync(join(locked, 'locked.yaml'), 0o000);
      chmodSync(join(locked, 'readable.yaml'), 0o644);
      const run = spawnSync(process.execPath, [CLI, 'check', locked, '--format', 'json', '--as-of', AS_OF], {
        encoding: 'utf8',
        ...(isRoot && { uid: 65534, gid: 65534 }),
      });
      expect(run.status).toBe(2);
      const results = jsonResults(run);
      const byName = new Map([...results].map(([file, result]) => [file.split('/').pop(), result]));
      expect(byName.get('locked.yaml')?.errors).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/Permission denied/) })]);
      expect(byName.get('readable.yaml')?.verdict).toBe('non-compliant');
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  test('a BOM and CRLF line ends are read like the plain file, lines and columns included', () => {
    const plain = at('suny-cortland-coaching-badge.yaml')!;
    expect(plain.violations.length).toBeGreaterThan(0);
    expect({ ...at('bom-crlf.yaml'), file: plain.file }).toEqual(plain);
  });

  test('every other file is judged exactly as when it is checked alone', () => {
    const solo = jsonResults(cli(['check', alone, '--format', 'json', '--as-of', AS_OF]));
    expect(solo.size).toBe(readdirSync(EXAMPLES).length);
    for (const [file, result] of solo) {
      const name = file.slice(alone.length + 1);
      expect({ ...at(name), file }, name).toEqual(result);
    }
  });

  test('the stylish report shows escape sequences from files as text, never raw', () => {
    const stylish = cli(['check', join(dir, 'terminal-escape.yaml'), join(dir, 'prototype-pollution.json'), '--as-of', AS_OF]);
    expect(stylish.status).toBe(2);
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(stylish.stdout).toContain('\\u001b[2J');
  });
});

describe('microcred check with explicit paths', () => {
  test.skipIf(isWindows)('a broken link or loop among the arguments is a file error; the other files are still judged', () => {
    const good = join(dir, 'suny-oswego-applied-data-analytics.yaml');
    const run = cli(['check', join(dir, 'loop.yaml'), join(dir, 'broken-link.yaml'), good, '--format', 'json', '--as-of', AS_OF]);
    expect(run.status).toBe(2);
    const results = jsonResults(run);
    expect(results.get(good)?.verdict).toBe('compliant');
    expect(results.get(join(dir, 'loop.yaml'))?.errors[0]?.code).toBe('unreadable');
  });

  test('--max-file-size sets the limit', () => {
    const file = join(dir, 'suny-oswego-applied-data-analytics.yaml');
    const refused = jsonResults(cli(['check', file, '--format', 'json', '--as-of', AS_OF, '--max-file-size', '0.001']));
    expect(refused.get(file)?.errors[0]?.code).toBe('too-large');
    const read = jsonResults(cli(['check', join(dir, 'big.yaml'), '--format', 'json', '--as-of', AS_OF, '--max-file-size', '60']));
    expect(read.get(join(dir, 'big.yaml'))?.errors[0]?.code).not.toBe('too-large');
  });
});

describe('microcred check over generated proposals', () => {
  test('damaged proposals in YAML and JSON: one result each, equal to the library, never a crash', async () => {
    const { checkFile } = await import('../../src/node/index');
    const { builtinRegistry } = await import('../../policies/index');
    const generated = mkdtempSync(join(tmpdir(), 'microcred-generated-'));
    try {
      const samples = fc.sample(mutatedProposal(proposalCorpus()), { seed: SEED, numRuns: 40 });
      samples.forEach(({ proposal }, i) => {
        const file = join(generated, `p${String(i).padStart(2, '0')}.${i % 2 ? 'json' : 'yaml'}`);
        writeFileSync(file, i % 2 ? JSON.stringify(proposal, null, 2) : stringify(proposal));
      });
      const run = cli(['check', generated, '--format', 'json', '--as-of', AS_OF]);
      expect(run.stderr).toBe('');
      expect([0, 1, 2]).toContain(run.status);
      const results = jsonResults(run);
      expect(results.size).toBe(samples.length);
      for (const [file, result] of results) {
        expect(result, file).toEqual(JSON.parse(JSON.stringify(await checkFile(file, { asOf: AS_OF, registry: builtinRegistry }))));
      }
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  });
});
