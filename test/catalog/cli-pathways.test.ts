// `microcred pathways <dir>` as a user runs it: the built CLI on fixture directories.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';

const STACK = join('test', 'fixtures', 'catalog', 'stack');
const BROKEN = join('test', 'fixtures', 'catalog', 'broken');

function run(...args: string[]) {
  requireBuild();
  const result = spawnSync('node', [CLI, 'pathways', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('microcred pathways', () => {
  test('text: the graph and a clean summary, exit 0', () => {
    const { code, stdout } = run(STACK);
    expect(code).toBe(0);
    expect(stdout).toContain('python-basics-badge  Python Basics (digital-badge)\n  -> data-analytics-mc');
    expect(stdout).toContain('0 error(s), 0 warning(s)');
  });

  test('mermaid: a flowchart on stdout, the same every run', () => {
    const first = run(STACK, '--format', 'mermaid');
    expect(first.code).toBe(0);
    expect(first.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(first.stdout).toContain('  n_python_basics_badge --> n_data_analytics_mc\n');
    expect(run(STACK, '--format', 'mermaid').stdout).toBe(first.stdout);
    // The guide shows this very diagram; keep it current.
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'award-and-open-badges.md'), 'utf8');
    expect(guide).toContain('```mermaid\n' + first.stdout + '```');
  });

  test('problems: exit 1, each with its file, line and rule id; mermaid keeps them on stderr', () => {
    const { code, stdout } = run(BROKEN);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\/cycle\.yaml:9:7 {2}error .* catalog\/cycle/);
    expect(stdout).toMatch(/broken\/dangling\.yaml:7:5 {2}error .* catalog\/dangling-target/);
    expect(stdout).toMatch(/broken\/duplicate\.yaml:1:1 {2}error .*dangling\.yaml\. {2}catalog\/duplicate-id/);
    const mermaid = run(BROKEN, '--format', 'mermaid');
    expect(mermaid.code).toBe(1);
    expect(mermaid.stdout).not.toContain('catalog/');
    expect(mermaid.stderr).toContain('catalog/cycle');
  });

  test('json: graph, located violations and summary', () => {
    const { code, stdout } = run(BROKEN, '--format', 'json');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.summary).toEqual({ credentials: 5, invalid: 0, errors: 4, warnings: 1 });
    const cycle = out.violations.find((v: { ruleId: string }) => v.ruleId === 'catalog/cycle');
    expect(cycle).toMatchObject({ file: `${BROKEN}/cycle.yaml`, filePointer: '/0/stacksInto/0', pointer: '/1/stacksInto/0', line: 9, column: 7 });
    expect(out.graph.cycles).toEqual([['leadership-badge', 'leadership-mc', 'leadership-badge']]);
  });

  test('--max-pathway-credits and --pack', () => {
    const over = run(STACK, '--max-pathway-credits', '9', '--pack', 'suny', '--format', 'json');
    expect(over.code).toBe(1);
    const out = JSON.parse(over.stdout);
    expect(out.pack).toBe('suny');
    expect(out.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['catalog/pathway-credits', 'catalog/pathway-credits']);
    expect(run(STACK, '--max-pathway-credits', 'lots').code).toBe(2);
    expect(run(STACK, '--pack', 'no-such-pack').code).toBe(2);
  });

  test('an unreadable file exits 2 and the rest is still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-pathways-'));
    try {
      writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed\n');
      writeFileSync(join(dir, 'scalar.yaml'), '42\n');
      writeFileSync(join(dir, 'ok.yaml'), 'id: ok\ntitle: OK\nkind: digital-badge\ncreditBearing: false\n');
      const { code, stdout } = run(dir);
      expect(code).toBe(2);
      expect(stdout).toContain('ok  OK (digital-badge)');
      expect(stdout).toMatch(/bad\.yaml:\d+:\d+ {2}error/);
      expect(stdout).toContain('(not-an-object)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a directory with no data files is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-pathways-'));
    try {
      expect(run(dir).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
