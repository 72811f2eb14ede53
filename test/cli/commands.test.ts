// The other commands: route, explain, packs, schema, init; --help and --version.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseProposal } from '../../src/index';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

describe('microcred route', () => {
  test('prints each step with its status, reason and citation', () => {
    const run = microcred(['route', 'test/fixtures/cli/clean/compliant.yaml', '--as-of', '2026-11-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\. ▶ faculty-governance \(current\)/);
    expect(run.stdout).toMatch(/A SUNY micro-credential is developed through local faculty governance processes/);
    expect(run.stdout).toMatch(/route in-progress; next: faculty-governance/);
  });

  test('--format json gives the route as data', () => {
    const run = microcred(['route', 'test/fixtures/cli/clean/compliant.yaml', '--as-of', '2026-11-01', '--format', 'json']);
    const { route } = JSON.parse(run.stdout);
    expect(route.stages.flatMap((s: { steps: { id: string; status: string }[] }) => s.steps.map((x) => [x.id, x.status]))).toEqual([
      ['faculty-governance', 'current'],
      ['institutional-endorsement', 'pending'],
    ]);
  });

  test('an invalid file exits 2 with its cause', () => {
    const run = microcred(['route', 'test/fixtures/cli/broken/not-an-object.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not-an-object\.yaml:1:1: The file holds a list/);
  });
});

describe('microcred explain', () => {
  test('prints the rule, its citation and its passing and failing samples', () => {
    const run = microcred(['explain', 'suny/disclose-costs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^suny\/disclose-costs {2}\(error\)/);
    expect(run.stdout).toMatch(/passage: {4}"SUNY is committed to ensuring/);
    expect(run.stdout).toMatch(/passing sample pass-costs-stated\.yaml:/);
    expect(run.stdout).toMatch(/failing sample fail-no-costs\.yaml:/);
    expect(run.stdout).toMatch(/check \(JsonLogic\):/);
    expect(run.stdout).toMatch(/written in: json-logic\n/);
  });

  test('an unknown rule exits 2 and suggests near matches', () => {
    const run = microcred(['explain', 'stackable']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown rule "stackable"\. Did you mean suny\/stackable/);
  });
});

describe('microcred packs, schema, init', () => {
  test('packs lists versions, effective periods and rule counts', () => {
    const rows = JSON.parse(microcred(['packs', '--format', 'json']).stdout);
    expect(rows[0]).toMatchObject({ id: 'suny', version: '1.0.0', rules: { own: 15, total: 15 } });
    expect(microcred(['packs']).stdout).toMatch(/suny 1\.0\.0 {2}SUNY micro-credential policy/);
  });

  test('schema prints the proposal JSON Schema that ships with the package', () => {
    const run = microcred(['schema']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'docs/schema/proposal.schema.json'), 'utf8')));
  });

  test('init writes a starter that parses and lists what the pack still asks for; it will not overwrite', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'microcred-init-')), 'new.yaml');
    const run = microcred(['init', '--pack', 'suny', file, '--as-of', '2026-11-01', '--kind', 'digital-badge', '--non-credit']);
    expect(run.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/#\s+- suny\/competency-based \(error\):/);
    const parsed = parseProposal(parse(text));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.proposal.credential).toMatchObject({ kind: 'digital-badge', creditBearing: false });
    const again = microcred(['init', '--pack', 'suny', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; .* --force/);
  });
});

describe('microcred init, credit-bearing', () => {
  test('a credit-bearing starter has required courses and an elective group that the size rule counts once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'microcred-init-')), 'new.yaml');
    const run = microcred(['init', '--pack', 'binghamton', file, '--as-of', '2026-11-01', '--kind', 'micro-credential', '--level', 'undergraduate']);
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const parsed = parseProposal(parse(text));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.proposal.credential.electiveGroups).toEqual([{ title: 'Electives', choose: 1, options: ['ABC 201', 'ABC 202'] }]);
    expect(text).not.toMatch(/binghamton\/max-credits/);
  });
});

describe('help and version', () => {
  test.each([[[]], [['check']], [['route']], [['explain']], [['packs']], [['schema']], [['init']]])('%j --help exits 0 and describes the command', (args) => {
    const run = microcred([...args, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: microcred/);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(microcred(['--version']).stdout.trim()).toBe(version);
  });
});
