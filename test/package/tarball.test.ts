// Packs the tarball as npm would publish it, installs it into a scratch project, and uses it
// the way users do: `import` (ESM), `require` (CJS), a type-checked consumer, and the bin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { requireBuild } from '../_helpers/built';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;

const proposal = {
  schemaVersion: 1,
  policy: 'suny',
  credential: { id: 'x', title: 'Data Literacy', kind: 'digital-badge', creditBearing: false },
};

beforeAll(() => {
  requireBuild();
  scratch = mkdtempSync(join(tmpdir(), 'microcred-consumer-'));
  execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The dependencies are in npm's cache after `npm ci`, so this works without the network too.
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

describe('the published package', () => {
  test('imports from ESM', () => {
    writeFileSync(
      join(scratch, 'esm.mjs'),
      `import { evaluate } from 'microcred';\nimport { suny } from 'microcred/packs';\nimport { parseDataText } from 'microcred/node';\n` +
        `const r = evaluate(${JSON.stringify(proposal)}, suny, { asOf: '2026-01-01' });\n` +
        `console.log(JSON.stringify({ verdict: r.verdict, pack: r.pack.id, node: typeof parseDataText }));\n`,
    );
    const out = JSON.parse(execFileSync('node', ['esm.mjs'], { cwd: scratch, encoding: 'utf8' }));
    expect(out).toEqual({ verdict: 'non-compliant', pack: 'suny', node: 'function' });
  });

  test('requires from CommonJS', () => {
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      `const { evaluate, parseProposal } = require('microcred');\nconst { builtinRegistry } = require('microcred/packs');\n` +
        `const r = evaluate(${JSON.stringify(proposal)}, builtinRegistry.require('suny'), { asOf: '2026-01-01' });\n` +
        `console.log(JSON.stringify({ verdict: r.verdict, parsed: parseProposal({}).success }));\n`,
    );
    const out = JSON.parse(execFileSync('node', ['cjs.cjs'], { cwd: scratch, encoding: 'utf8' }));
    expect(out).toEqual({ verdict: 'non-compliant', parsed: false });
  });

  // A full type-check of the declarations (skipLibCheck: false) can take well over vitest's 5 s
  // default on a busy machine.
  test('type-checks a consumer written in TypeScript', () => {
    writeFileSync(
      join(scratch, 'consumer.ts'),
      [
        "import { evaluate, parseProposal, type Report, type Proposal, type Violation } from 'microcred';",
        "import { suny, builtinPacks, type BuiltinRuleId } from 'microcred/packs';",
        "import { checkFile } from 'microcred/node';",
        'const parsed = parseProposal({});',
        'if (parsed.success) { const p: Proposal = parsed.proposal; p.credential.title.toUpperCase(); }',
        "const report: Report = evaluate({}, suny, { asOf: '2026-01-01' });",
        'const first: Violation | undefined = report.violations[0];',
        "const verdict: 'compliant' | 'compliant-with-warnings' | 'non-compliant' | 'invalid' = report.verdict;",
        "const ruleId: BuiltinRuleId = 'binghamton/max-credits';",
        'export const used = [first, verdict, ruleId, builtinPacks.length, checkFile];',
      ].join('\n'),
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync('node', [tsc, '-p', scratch], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 60_000);

  test('exports the JSON Schemas by subpath, and ships the eu pack as YAML', () => {
    writeFileSync(
      join(scratch, 'schemas.cjs'),
      `const ids = ['proposal', 'check-output', 'diff-output'].map((n) => require('microcred/' + n + '.schema.json').$id);\n` +
        `const fs = require('node:fs');\n` +
        `console.log(JSON.stringify({ ids, eu: fs.existsSync('node_modules/microcred/policies/eu/pack.yaml') }));\n`,
    );
    const out = JSON.parse(execFileSync('node', ['schemas.cjs'], { cwd: scratch, encoding: 'utf8' })) as { ids: string[]; eu: boolean };
    expect(out.ids.map((id) => id.split('/').pop())).toEqual(['proposal.schema.json', 'check-output.schema.json', 'diff-output.schema.json']);
    expect(out.eu).toBe(true);
  });

  test('installs the microcred bin', () => {
    const out = execFileSync(join(scratch, 'node_modules', '.bin', 'microcred'), ['--version'], { cwd: scratch, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('ships the rule samples, so an installed `microcred explain` shows them', () => {
    const out = execFileSync(join(scratch, 'node_modules', '.bin', 'microcred'), ['explain', 'binghamton/max-credits'], { cwd: scratch, encoding: 'utf8' });
    expect(out).toMatch(/passing sample pass-/);
    expect(out).toMatch(/failing sample fail-/);
  });
});
