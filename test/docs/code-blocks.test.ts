// Every fenced block in README.md and docs/guides/*.md is checked, so the docs cannot drift
// from the package:
// - `ts`: a document's TypeScript blocks form one ES module, in order (imports hoisted). It is
//   type-checked against the built package's declarations (strict, node16 resolution) and run
//   with Node against the built package, in a scratch project that has `microcred` installed.
//   An expression statement followed by a comment that is a JavaScript value
//   (`report.verdict; // 'non-compliant'`, or a value over several `//` lines) is checked to
//   equal that value; other comments are prose.
// - `sh`: each command (each line; a block that is a script runs whole) runs with `sh` in the
//   same scratch project, where `microcred` and `npx microcred` are the built CLI and
//   `proposals/` holds copies of docs/examples; it must exit 0 or 1 (1 is "violations found")
//   and must not crash. A block starting with `#!` is a script and runs whole. The scratch
//   project is a Git repository with every file staged (for the pre-commit hook), and
//   `packs/northfield.yaml` is the pack of docs/guides/example-pack.
// - `yaml`, `json`: must parse. A block whose first line is `# file: <path>` (YAML) is also
//   written to that path in the scratch project before anything runs, so the guide's own
//   examples are the files its code reads. A workflow file (`jobs:`) also has the microcred
//   commands of its `run:` steps run as shell commands, `${{ matrix.* }}` set to the matrix's
//   first value.
// - Other fences (`mermaid`, `text`) are output shown to the reader and are not run.
// A block opts out of running with `no-run: <reason>` after its language, e.g.
// ```sh no-run: runs the whole test suite```; a `ts` block that opts out is still
// type-checked. Every opt-out must give its reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';
import { codeBlocks, tsModule, withChecks, type CodeBlock } from './extract';

// writing-a-pack.md is followed literally, block by block, from the packed tarball by
// test/docs/writing-a-pack.test.ts.
const RUN_ELSEWHERE = new Set<string>(['docs/guides/writing-a-pack.md']);

const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs/guides')).filter((f) => f.endsWith('.md')).map((f) => `docs/guides/${f}`)].filter(
  (doc) => !RUN_ELSEWHERE.has(doc),
);
const RUN_LANGS = new Set(['ts', 'sh', 'yaml', 'json']);
const SHOWN_LANGS = new Set(['mermaid', 'text']);

const blocksOf = (doc: string) => codeBlocks(readFileSync(join(ROOT, doc), 'utf8'));

let scratch: string;

const projects = new Map<string, string>();

/** A scratch project for one document: microcred installed, the document's files written. */
function project(doc: string): string {
  const made = projects.get(doc);
  if (made) return made;
  const dir = join(scratch, doc.replace(/[/.]/g, '_'));
  projects.set(doc, dir);
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'microcred'), 'dir');
  const bin = join(dir, 'node_modules', '.bin', 'microcred');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist', 'cli.cjs')}" "$@"\n`);
  chmodSync(bin, 0o755);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'docs-example', private: true, type: 'module', devDependencies: { microcred: '*' } }));
  // The proposals the README's CLI examples check: the repository's examples, as a user's own.
  cpSync(join(ROOT, 'docs/examples'), join(dir, 'proposals'), { recursive: true });
  // The third-party pack the CI guide's config names: the writing-a-pack guide's result.
  mkdirSync(join(dir, 'packs'));
  cpSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), join(dir, 'packs', 'northfield.yaml'));
  cpSync(join(ROOT, 'docs/guides/example-pack/policy.md'), join(dir, 'packs', 'policy.md'));
  for (const block of blocksOf(doc)) {
    if (!block.file) continue;
    mkdirSync(dirname(join(dir, block.file)), { recursive: true });
    writeFileSync(join(dir, block.file), block.code + '\n');
  }
  execFileSync('git', ['init', '--quiet'], { cwd: dir });
  execFileSync('git', ['add', '--all'], { cwd: dir });
  return dir;
}

beforeAll(() => {
  requireBuild();
  scratch = mkdtempSync(join(tmpdir(), 'microcred-docs-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.each(DOCUMENTS)('%s', (doc) => {
  const blocks = blocksOf(doc);

  test('every block is of a kind the harness knows, and every opt-out gives its reason', () => {
    for (const block of blocks) {
      expect(RUN_LANGS.has(block.lang) || SHOWN_LANGS.has(block.lang), `${doc}:${block.line} \`\`\`${block.lang}`).toBe(true);
      if (block.noRun !== undefined) expect(block.noRun.length, `${doc}:${block.line} no-run needs a reason`).toBeGreaterThan(10);
    }
  });

  test('data blocks parse', () => {
    for (const block of blocks) {
      if (block.lang === 'json') expect(() => JSON.parse(block.code), `${doc}:${block.line}`).not.toThrow();
      if (block.lang === 'yaml') expect(() => parseYaml(block.code), `${doc}:${block.line}`).not.toThrow();
    }
  });

  const tsBlocks = blocks.filter((b) => b.lang === 'ts');
  // A document without TypeScript blocks has no such test (rather than a skipped one).
  if (tsBlocks.length > 0) test('TypeScript blocks type-check against the built package and run', () => {
    const dir = project(doc);
    const { source } = tsModule(tsBlocks);
    const checkFile = join(dir, 'docs-example.mts');
    writeFileSync(checkFile, source);
    const program = ts.createProgram([checkFile], {
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      types: ['node'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${at ? `line ${at.line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics, `${doc} as one module:\n${source}`).toEqual([]);

    const runnable = tsModule(tsBlocks.filter((b) => b.noRun === undefined));
    const checked = withChecks(runnable.source, doc);
    const js = ts.transpileModule(checked, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const prelude = [
      "import { isDeepStrictEqual as __equal, inspect as __inspect } from 'node:util';",
      'function __expect(actual, expected, where) {',
      '  if (!__equal(actual, expected)) { process.exitCode = 1; console.error(`${where}: got ${__inspect(actual, { depth: 6 })}, the comment says ${__inspect(expected, { depth: 6 })}`); }',
      '}',
    ].join('\n');
    const runFile = join(dir, 'docs-example.mjs');
    writeFileSync(runFile, `${prelude}\n${js}`);
    const run = spawnSync(process.execPath, [runFile], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr, `${doc}: ${runFile}`).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  const shBlocks = blocks.filter((b) => b.lang === 'sh' && b.noRun === undefined);
  const workflowRuns = blocks.filter((b) => b.lang === 'yaml' && b.noRun === undefined).flatMap(workflowCommands);
  if (shBlocks.length + workflowRuns.length > 0) test('shell blocks and workflow steps run against the built CLI', () => {
    const dir = project(doc);
    const env = { ...process.env, PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1', npm_config_offline: 'true' };
    const commands = [...shBlocks.map((block) => ({ line: block.line, commands: commandsOf(block) })), ...workflowRuns];
    for (const block of commands) {
      for (const command of block.commands) {
        const run = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env });
        expect([0, 1], `${doc}:${block.line} \`${command}\` exited ${run.status}\n${run.stderr}`).toContain(run.status);
        expect(run.stderr, `${doc}:${block.line} \`${command}\``).not.toMatch(/unexpected error|Error:|command not found/);
      }
    }
  }, 120_000);
});

/**
 * The commands of a shell block: one per line, comments and blank lines left out; a block that
 * is a script (line continuations, `if`, `for`, `while`, `case`, functions) runs as one.
 */
function commandsOf(block: CodeBlock): string[] {
  if (block.code.startsWith('#!')) return [block.code];
  if (/\\\n|^\s*(if|for|while|case)\b|^\s*[\w-]+\s*\(\)\s*\{/m.test(block.code)) return [block.code];
  return block.code
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/**
 * The microcred commands of a GitHub Actions workflow block (a YAML block with `jobs:`): each
 * `run:` step that calls microcred, with `${{ matrix.<key> }}` set to the matrix's first value.
 * Steps of other tools (`npm ci`, uploads) are the CI runner's, not ours to run.
 */
function workflowCommands(block: CodeBlock): { line: number; commands: string[] }[] {
  const workflow = parseYaml(block.code) as { jobs?: Record<string, { strategy?: { matrix?: Record<string, unknown[]> }; steps?: { run?: string }[] }> } | null;
  if (!workflow || typeof workflow !== 'object' || !workflow.jobs) return [];
  return Object.values(workflow.jobs).map((job) => {
    const matrix = job.strategy?.matrix ?? {};
    const commands = (job.steps ?? [])
      .map((step) => step.run)
      .filter((run): run is string => typeof run === 'string' && /\bmicrocred\b/.test(run))
      .map((run) => run.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => String(matrix[key]?.[0])));
    return { line: block.line, commands };
  });
}

test('the harness sees the documents it claims to (and can fail)', () => {
  expect(DOCUMENTS).toContain('README.md');
  expect(DOCUMENTS).toContain('docs/guides/award-and-open-badges.md');
  expect(DOCUMENTS).toContain('docs/guides/ci.md');
  const ci = blocksOf('docs/guides/ci.md');
  expect(ci.filter((b) => b.lang === 'yaml').flatMap(workflowCommands).flatMap((w) => w.commands)).toContain('npx microcred check --shard 1/4 --format github --max-warnings 0');
  expect(ci.filter((b) => b.lang === 'sh' && b.code.startsWith('#!')).map((b) => commandsOf(b).length)).toEqual([1, 1]);
  expect(withChecks("report.verdict; // 'x'", 'doc')).toBe("__expect(report.verdict, ('x'), \"doc: report.verdict\");");
  expect(withChecks('report.verdict; // the verdict, in words', 'doc')).toBe('report.verdict; // the verdict, in words');
  expect(execFileSync('node', ['-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
});
