// Untrusted text (a pack's titles, messages and citations, a proposal's values, file names,
// arguments) reaches every command and format escaped: no control, bidi or separator character
// gets to the terminal raw, and no line it writes starts a GitHub Actions workflow command.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const HOSTILE = 'T\u001b[2J\u009b31m\u202eevil\u2028x\u2029\u061c\ufffe\uffff\u200f\r\n::error::pwned';

const dir = mkdtempSync(join(tmpdir(), 'microcred-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pack = parse(readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), 'utf8'));
pack.name = `Pack ${HOSTILE}`;
pack.sources[0].title = HOSTILE;
for (const rule of pack.rules) {
  rule.title = `${rule.title} ${HOSTILE}`;
  rule.description = `Checks ${HOSTILE}`;
  rule.citation.passage = `${rule.citation.passage} ${HOSTILE}`;
  rule.citation.section = HOSTILE;
  for (const id of Object.keys(rule.messages)) rule.messages[id] = `${HOSTILE} ${rule.messages[id]}`;
}
for (const step of pack.route.steps) {
  step.body = `${step.body} ${HOSTILE}`;
  step.reason = `${step.reason} ${HOSTILE}`;
}
const packFile = join(dir, 'hostile-pack.yaml');
writeFileSync(packFile, stringify(pack));

const proposals = join(dir, 'proposals');
mkdirSync(proposals);
const proposal = parse(readFileSync(join(ROOT, 'docs/guides/example-pack/samples/outcome-assessed/fail-missing-assessment.yaml'), 'utf8'));
proposal.credential.title = HOSTILE;
proposal.credential.learningOutcomes[1].id = HOSTILE;
const proposalFile = join(proposals, '::error::x\u001b[31m.yaml');
writeFileSync(proposalFile, stringify(proposal));
// A file that cannot be read: its error message names the file too.
writeFileSync(join(proposals, `broken\u009b.yaml`), 'a: [');

/** Characters that must never reach a terminal raw (tab and line feed aside). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/u;

function expectSafe(text: string, where: string, options: { commands?: boolean } = {}) {
  expect(RAW.exec(text)?.[0], `${where}: a raw control, bidi or separator character`).toBeUndefined();
  for (const line of text.split('\n')) {
    if (!/^\s*::/.test(line)) continue;
    // Only the github format writes workflow commands, each well formed, all on one line.
    expect(options.commands, `${where}: a line starts a workflow command: ${line}`).toBe(true);
    expect(line).toMatch(/^::(error|warning|notice) file=[^:]*(,line=\d+,col=\d+)?,title=[^:]*::/);
  }
  expect(text).not.toMatch(/(^|\n)\s*::error::pwned/);
}

const AS_OF = ['--as-of', '2026-11-01'];

describe('hostile text through every command and format', () => {
  test.each(['stylish', 'json', 'junit', 'sarif', 'github'])('check --format %s', (format) => {
    const run = microcred(['check', proposals, '--extra-pack', packFile, ...AS_OF, '-f', format, '--verbose'.repeat(format === 'stylish' ? 1 : 0)].filter(Boolean));
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBeGreaterThan(100);
    expectSafe(run.stdout, `check ${format} stdout`, { commands: format === 'github' });
    expectSafe(run.stderr, `check ${format} stderr`);
  });

  test('check with --pack naming the hostile pack, and --quiet', () => {
    const run = microcred(['check', proposalFile, '--pack', packFile, ...AS_OF, '--quiet']);
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr, 'check --pack');
  });

  test.each([['stylish'], ['json']])('route --format %s', (format) => {
    const run = microcred(['route', proposalFile, '--extra-pack', packFile, ...AS_OF, '-f', format]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/curriculum-committee/);
    expectSafe(run.stdout + run.stderr, `route ${format}`);
  });

  test.each([['text'], ['json'], ['mermaid']])('pathways --format %s', (format) => {
    const run = microcred(['pathways', proposals, '-f', format]);
    expect(run.stdout.length).toBeGreaterThan(10);
    expectSafe(run.stdout + run.stderr, `pathways ${format}`);
  });

  test.each([['stylish'], ['json']])('explain and packs --format %s', (format) => {
    const explain = microcred(['explain', 'northfield/outcome-assessed', '--extra-pack', packFile, '-f', format]);
    expect(explain.code).toBe(0);
    expectSafe(explain.stdout + explain.stderr, `explain ${format}`);
    const packs = microcred(['packs', '--rules', '--extra-pack', packFile, '-f', format]);
    expect(packs.code).toBe(0);
    expect(packs.stdout).toMatch(/northfield/);
    expectSafe(packs.stdout + packs.stderr, `packs ${format}`);
  });

  test('pack errors and usage errors', () => {
    const bad = { ...pack, rules: [{ ...pack.rules[0], id: `northfield/${HOSTILE}`, severity: HOSTILE }] };
    const badFile = join(dir, 'bad-pack.yaml');
    writeFileSync(badFile, stringify(bad));
    const runs = [
      microcred(['check', proposalFile, '--pack', badFile, ...AS_OF]),
      microcred(['check', proposalFile, '--pack', HOSTILE, ...AS_OF]),
      microcred(['explain', HOSTILE]),
      microcred(['check', proposalFile, `--${HOSTILE}`]),
      microcred(['check', proposalFile, '-f', HOSTILE]),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toBe('');
      expectSafe(run.stdout + run.stderr, 'an error');
    }
  });
});
