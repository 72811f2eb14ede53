// A run of many files turns V8's allocation-site pretenuring off (src/cli/many-files.ts): it
// changes where objects are allocated, never what a file's result says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { MANY_FILES } from '../../src/cli/many-files';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'microcred-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sources = ['clean/compliant.yaml', 'mixed/a-warning-only.yaml', 'mixed/b-errors.yaml'];
const files: string[] = [];
for (let i = 0; i < MANY_FILES + 10; i++) {
  const parsed = parse(readFileSync(join(ROOT, 'test/fixtures/cli', sources[i % sources.length]!), 'utf8'));
  parsed.credential.id = `c-${i}`;
  const file = join(dir, `f-${String(i).padStart(4, '0')}.yaml`);
  writeFileSync(file, stringify(parsed));
  files.push(file);
}

test(`a run of ${MANY_FILES} files or more judges each file as a run of that file alone does`, () => {
  const results = (run: ReturnType<typeof microcred>) => JSON.parse(run.stdout).results as { file: string }[];
  const many = results(microcred(['check', dir, '--as-of', '2026-11-01', '--format', 'json', '--concurrency', 'off']));
  expect(many).toHaveLength(files.length);
  for (const index of [0, 1, 2, files.length - 1]) {
    const [alone] = results(microcred(['check', files[index]!, '--as-of', '2026-11-01', '--format', 'json']));
    const judged = many.find((result) => result.file.endsWith(`f-${String(index).padStart(4, '0')}.yaml`));
    expect({ ...judged, file: '' }).toEqual({ ...alone, file: '' });
  }
});
