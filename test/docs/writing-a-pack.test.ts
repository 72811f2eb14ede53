// docs/guides/writing-a-pack.md is a tutorial that this test follows literally: in an empty
// folder, with microcred installed from the tarball `npm pack` makes, it writes every file the
// guide shows and runs every command, in order; each must succeed. The files are the example
// pack's (docs/guides/example-pack/), which is verified here in its YAML and TypeScript forms,
// and copies of it with one typo each are refused with the rule, the field and what was meant.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { northfield } from '../../docs/guides/example-pack/pack';
import { verifyPackDir } from '../../src/node/index';
import { requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const GUIDE = join(ROOT, 'docs', 'guides', 'writing-a-pack.md');
const EXAMPLE = join(ROOT, 'docs', 'guides', 'example-pack');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

type Step = { readonly kind: 'file'; readonly file: string; readonly text: string } | { readonly kind: 'command'; readonly command: string };

/** Every code block of the guide, in order: a file to write (```lang title="...") or commands to run (```sh). */
function guideSteps(markdown: string): { steps: Step[]; others: string[] } {
  const steps: Step[] = [];
  const others: string[] = [];
  for (const [, lang, title, body] of markdown.matchAll(/^```([\w-]*)(?: title="([^"]+)")?\n([\s\S]*?)^```$/gm)) {
    if (title) {
      steps.push({ kind: 'file', file: title, text: body! });
    } else if (lang === 'sh') {
      for (const line of body!.split('\n')) if (line.trim() && !line.startsWith('#')) steps.push({ kind: 'command', command: line.trim() });
    } else {
      others.push(body!.split('\n')[0]!);
    }
  }
  return { steps, others };
}

const { steps, others } = guideSteps(readFileSync(GUIDE, 'utf8'));
const commands = steps.flatMap((step, i) => (step.kind === 'command' ? [[step.command, i] as const] : []));
const results = new Map<number, { code: number | null; output: string }>();
let scratch: string;

beforeAll(() => {
  requireBuild();
  scratch = mkdtempSync(join(tmpdir(), 'microcred-guide-'));
  execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz'))!);
  const project = join(scratch, 'northfield');
  mkdirSync(project);
  steps.forEach((step, i) => {
    if (step.kind === 'file') {
      mkdirSync(dirname(join(project, step.file)), { recursive: true });
      writeFileSync(join(project, step.file), step.text);
      return;
    }
    // The package comes from the tarball, and everything else from npm's cache when it can.
    const command = step.command
      .replace(/^npm install microcred$/, `npm install ${JSON.stringify(tarball)}`)
      .replace(/^npm install /, 'npm install --prefer-offline --no-audit --no-fund ');
    const run = spawnSync('bash', ['-c', command], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, timeout: 240_000 });
    results.set(i, { code: run.status, output: `${run.stdout}\n${run.stderr}` });
  });
}, 900_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe('the guide, followed literally in an empty folder', () => {
  test('every code block is a file to write or a command to run', () => {
    expect(others).toEqual([]);
    expect(commands.map(([command]) => command)).toContain('npx microcred verify pack.yaml');
    expect(commands.map(([command]) => command)).toContain('npx microcred verify pack.js');
  });

  test.each(commands)('%s', (_command, i) => {
    const result = results.get(i)!;
    expect(result.code, result.output).toBe(0);
  });

  test('verify reports the YAML and the compiled TypeScript pack verified', () => {
    for (const [command, i] of commands) {
      if (command.startsWith('npx microcred verify')) expect(results.get(i)!.output).toMatch(/✔ 1 pack verified/);
    }
  });
});

describe('the example pack', () => {
  test('holds the files the guide shows, as the guide shows them', () => {
    for (const step of steps) {
      if (step.kind !== 'file' || step.file.endsWith('.json') || step.file.endsWith('.js')) continue;
      const repo = readFileSync(join(EXAMPLE, step.file), 'utf8');
      // The repository's twin imports the source instead of the package.
      expect(repo.replace("from '../../../src/index'", "from 'microcred'"), step.file).toBe(step.text);
    }
  });

  test('verifies in its YAML form, with the built CLI', () => {
    const run = microcred(['verify', 'docs/guides/example-pack/pack.yaml', '--format', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout).packs;
    expect(result.summary).toMatchObject({ failed: 0, skipped: 0 });
    expect(result.checks.filter((c: { kind: string }) => c.kind === 'scenario').length).toBeGreaterThanOrEqual(3);
  });

  test('verifies in its TypeScript form', () => {
    const result = verifyPackDir(northfield, EXAMPLE);
    expect(result.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(result.checks.filter((c) => c.kind === 'citation')).toHaveLength(9);
  });
});

describe('a typo in a copy of the example pack is refused, naming the rule, the field and what was meant', () => {
  const typos = [
    ['a var path', '{ var: credential.learningOutcomes }] }, 2]', '{ var: credential.learningOutcome }] }, 2]', /pack\.yaml:\d+:\d+: .*credential has no field "learningOutcome"\. Did you mean "credential\.learningOutcomes"\?/, 'rules.0.check'],
    ['an each path', 'each: credential.learningOutcomes', 'each: credential.learningOutcome', /Did you mean "credential\.learningOutcomes"\?/, 'rules.1.check.each'],
    ['an item path', '{ var: item.assessment.method }', '{ var: item.assesment.method }', /Did you mean "item\.assessment"\?/, 'rules.1.check.assert'],
    ['a finding path', 'path: [market, partners]', 'path: [market, partnrs]', /Did you mean "market\.partners"\?/, 'rules.3.check.path.1'],
    ['a placeholder', 'the maximum is 9.\n    check:', 'the maximum is {max}.\n    check:', /uses \{max\}, but the check's "data" has no "max"/, 'rules.2.messages.tooMany'],
    ['an operator arity', '{ count: [{ var: market.partners }] }', '{ count: [] }', /"count" takes 1 argument; it has 0/, 'rules.3.check.assert'],
  ] as const;

  test.each(typos)('%s', (_what, from, to, message, where) => {
    const copy = mkdtempSync(join(tmpdir(), 'microcred-typo-'));
    try {
      cpSync(EXAMPLE, copy, { recursive: true });
      const file = join(copy, 'pack.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, to));
      const run = microcred(['verify', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(where);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
