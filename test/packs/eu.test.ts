// The eu standards pack: written in YAML, verified with the built CLI as a pack author would,
// and used beside a campus pack to show which European standard elements a campus proposal
// lacks.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { evaluate, parseProposal, reportSections } from '../../src/index';
import { binghamton, builtinPackLoaders, eu } from '../../policies/index';
import { POLICIES, readData } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';
import { SHARED_POLICIES } from '../_helpers/shared-policies';

const scenario = (pack: string, file: string) => readData(join(POLICIES, pack, 'scenarios', file)) as { asOf: string; proposal: Record<string, unknown> };

describe('a complete Binghamton proposal judged by the eu pack', () => {
  const { asOf, proposal } = scenario('binghamton', '01-credit-bearing-undergraduate-compliant.yaml');

  test('complies with binghamton (the test can fail)', () => {
    expect(evaluate(proposal, binghamton, { asOf }).verdict).toBe('compliant');
  });

  test('shows exactly the EU elements it lacks, each with the severity its words give', () => {
    const report = evaluate(proposal, eu, { asOf });
    const found = report.violations.filter((v) => v.packId === 'eu').map((v) => [v.ruleId, v.severity, v.pointer]);
    expect(found.sort()).toEqual([
      ['eu/assessment-supervision', 'info', '/credential/assessment/supervision'],
      ['eu/eqf-level', 'info', '/credential/eqfLevel'],
      ['eu/issuer-country', 'error', '/credential/institution'],
      ['eu/prerequisites', 'info', '/credential/prerequisites'],
      ['eu/quality-assurance', 'error', '/credential/qualityAssurance'],
      ['eu/workload-in-ects', 'warning', '/credential/workload'],
    ]);
    expect(report.verdict).toBe('non-compliant');
    // The EU text sets no approval process: no steps.
    expect(report.route?.stages ?? []).toEqual([]);
  });

  test('checked with both packs: the campus section is clean, the eu section lists exactly those elements', () => {
    const report = evaluate(proposal, [binghamton, eu], { asOf });
    expect(report.packs.map((p) => p.id)).toEqual(['binghamton', 'eu']);
    const sections = reportSections(report);
    expect(sections.map((s) => [s.pack.id, s.verdict])).toEqual([
      ['binghamton', 'compliant'],
      ['eu', 'non-compliant'],
    ]);
    expect(sections[1]!.violations.map((v) => v.ruleId).sort()).toEqual([
      'eu/assessment-supervision',
      'eu/eqf-level',
      'eu/issuer-country',
      'eu/prerequisites',
      'eu/quality-assurance',
      'eu/workload-in-ects',
    ]);
    expect(report.violations.map((v) => v.ruleId)).not.toContain('proposal/policy-mismatch');
    // The campus pack's route.
    expect(report.route?.stages.flatMap((stage) => stage.steps.map((step) => step.id))).toContain('eppc');
  });

  test('once it carries them, only what the text leaves to the proposer remains', () => {
    const credential = proposal.credential as Record<string, unknown>;
    const withElements = {
      ...proposal,
      credential: {
        ...credential,
        institution: { name: 'Binghamton University', country: 'US', region: 'New York' },
        qualityAssurance: [{ type: 'Institutional accreditation', body: 'Middle States Commission on Higher Education' }],
        prerequisites: 'None',
        assessment: { method: 'rubric-scored web map and presentation', supervision: 'supervised-no-identity-verification' },
      },
    };
    const completed = {
      ...withElements,
      waivers: [{ ruleId: 'eu/workload-in-ects', justification: 'Binghamton awards US credit hours.', ownerRole: 'Director of Micro-Credentials', expires: '2027-06-30' }],
    };
    const report = evaluate(completed, eu, { asOf });
    expect(report.violations.filter((v) => v.packId === 'eu').map((v) => v.ruleId)).toEqual(['eu/eqf-level']);
    expect(report.waived.map((w) => w.ruleId)).toEqual(['eu/workload-in-ects']);
    // The fields are optional for every other pack: the campus verdict does not change.
    expect(evaluate(withElements, binghamton, { asOf }).verdict).toBe('compliant');
  });
});

describe('the eu pack through the built CLI', () => {
  test('`microcred verify policies/eu/pack.yaml` passes, citations checked against the text', () => {
    const run = microcred(['verify', 'policies/eu/pack.yaml', '--sources', SHARED_POLICIES, '--format', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [pack] = JSON.parse(run.stdout).packs;
    expect(pack.packId).toBe('eu');
    expect(pack.summary).toMatchObject({ failed: 0, skipped: 0 });
    expect(pack.summary.passed).toBeGreaterThan(50);
  });

  test('`microcred packs` lists it with no route; `explain` shows a rule and its samples', () => {
    const packs = JSON.parse(microcred(['packs', '--format', 'json']).stdout) as { id: string; routeSteps: number; rules: { own: number } }[];
    expect(packs.find((p) => p.id === 'eu')).toMatchObject({ routeSteps: 0, rules: { own: 12 } });
    const run = microcred(['explain', 'eu/workload-in-ects', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const explained = JSON.parse(run.stdout);
    expect(explained).toMatchObject({ id: 'eu/workload-in-ects', severity: 'warning' });
    expect(explained.samples.fail.map(([file]: [string]) => file)).toContain('fail-hours-only.yaml');
  });

  test('`check --pack eu` judges a campus proposal by the EU elements', () => {
    const run = microcred(['check', 'docs/examples/binghamton-peer-mentoring-badge.yaml', '--pack', 'eu', '--as-of', '2026-11-01', '--format', 'json']);
    expect(run.code).toBe(1);
    const ids = JSON.parse(run.stdout).results[0].violations.map((v: { ruleId: string }) => v.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['eu/issuer-country', 'eu/quality-assurance']));
    expect(ids.every((id: string) => id.startsWith('eu/') || id.startsWith('proposal/'))).toBe(true);
  });

  test('`init --pack eu` writes placeholders for the elements that take words, and asks for the rest', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'microcred-init-eu-')), 'new.yaml');
    const run = microcred(['init', '--pack', 'eu', file, '--as-of', '2026-11-01', '--kind', 'digital-badge', '--non-credit']);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    const parsed = parseProposal(load(text));
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      const { credential } = parsed.proposal;
      expect(Object.keys(credential)).toEqual(expect.arrayContaining(['institution', 'assessment', 'qualityAssurance', 'prerequisites']));
    }
    const asked = [...text.matchAll(/^# {3}- (eu\/[a-z-]+) \((error|warning|info)\)/gm)].map((m) => m[1]).sort();
    expect(asked).toEqual(['eu/eqf-level', 'eu/integration', 'eu/issuer-country', 'eu/learning-outcomes', 'eu/participation-form', 'eu/assessment-supervision', 'eu/workload'].sort());
    // A campus pack's starter does not grow these fields.
    expect(microcred(['init', '--pack', 'binghamton', '--as-of', '2026-11-01']).stdout).not.toMatch(/qualityAssurance|prerequisites/);
  });

  test('`check --pack binghamton --pack eu` judges a Binghamton proposal by both, each finding naming its pack', () => {
    const run = microcred(['check', 'docs/examples/binghamton-peer-mentoring-badge.yaml', '--pack', 'binghamton', '--pack', 'eu', '--as-of', '2026-11-01', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const [result] = JSON.parse(run.stdout).results;
    expect(result.packs.map((p: { id: string }) => p.id)).toEqual(['binghamton', 'eu']);
    const byPack = (id: string) => result.violations.filter((v: { packId: string }) => v.packId === id).map((v: { ruleId: string }) => v.ruleId);
    expect(byPack('binghamton')).toEqual([]);
    expect(byPack('eu')).toEqual(expect.arrayContaining(['eu/issuer-country', 'eu/quality-assurance', 'eu/workload']));
    expect(result.violations.every((v: { packId: string }) => ['binghamton', 'suny', 'eu'].includes(v.packId))).toBe(true);
  });

  test('the lazy loader gives the same pack', async () => {
    expect((await builtinPackLoaders.eu()).rules.map((r) => r.id)).toEqual(eu.rules.map((r) => r.id));
  });
});

describe('the model fields of the European standard elements', () => {
  const base = { id: 'x', title: 'X', kind: 'micro-credential', creditBearing: false } as const;
  const problems = (credential: Record<string, unknown>) => {
    const parsed = parseProposal({ schemaVersion: 1, credential: { ...base, ...credential } });
    return parsed.success ? [] : parsed.issues.map((issue) => issue.pointer);
  };

  test('are optional, and well-formed values parse', () => {
    expect(problems({})).toEqual([]);
    expect(
      problems({
        institution: { name: 'Hochschule Nordstadt', country: 'DE', region: 'Niedersachsen' },
        awardingBodies: [{ name: 'Hochschule Nordstadt', url: 'https://www.hochschule-nordstadt.example', country: 'DE' }],
        workload: { credits: { value: 5, unit: 'ects' } },
        eqfLevel: 8,
        qfEheaCycle: 'third-cycle',
        assessment: { method: 'thesis defence', supervision: 'supervised-with-identity-verification' },
        qualityAssurance: [{ type: 'External accreditation' }],
        prerequisites: 'None',
        integration: 'standalone',
        delivery: 'work-based',
      }),
    ).toEqual([]);
  });

  test('refuse what the text does not allow, each at its path', () => {
    expect(problems({ workload: {} })).toEqual(['/credential/workload']);
    expect(problems({ eqfLevel: 9 })).toEqual(['/credential/eqfLevel']);
    expect(problems({ eqfLevel: 5.5 })).toEqual(['/credential/eqfLevel']);
    expect(problems({ institution: { name: 'X', country: 'Germany' } })).toEqual(['/credential/institution/country']);
    expect(problems({ assessment: { method: 'exam', supervision: 'proctored' } })).toEqual(['/credential/assessment/supervision']);
    expect(problems({ integration: 'integrated' })).toEqual(['/credential/integration']);
  });
});
