// A folder of 1,000 generated proposal files is checked in one process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'microcred-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('checks 1,000 files in one run, in a stable order, with exact totals', () => {
  const base = parse(readFileSync(join(ROOT, 'test/fixtures/cli/clean/compliant.yaml'), 'utf8'));
  for (let i = 0; i < 1000; i++) {
    const proposal = structuredClone(base);
    proposal.credential.id = `generated-${i}`;
    if (i % 10 === 0) proposal.credential.competencies = [];
    writeFileSync(join(dir, `p-${String(i).padStart(4, '0')}.yaml`), stringify(proposal));
  }
  const run = microcred(['check', dir, '--as-of', '2026-11-01', '--format', 'json']);
  expect(run.code).toBe(1);
  const { results, summary } = JSON.parse(run.stdout);
  // infos depend on the packs' info rules, which this test is not about.
  expect(summary).toMatchObject({ files: 1000, errors: 100, warnings: 0, invalid: 0 });
  expect(results.map((r: { file: string }) => r.file.slice(-11))).toEqual(Array.from({ length: 1000 }, (_, i) => `p-${String(i).padStart(4, '0')}.yaml`));
}, 60_000);
