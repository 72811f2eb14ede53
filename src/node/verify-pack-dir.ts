import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Pack } from '../engine/types';
import { sampleExpectations } from '../engine/verify/samples';
import { ownCitations, verifyPack } from '../engine/verify/verify-pack';
import type { PackSample, PackScenario, VerifyPackOptions, VerifyResult } from '../engine/verify/types';
import { loadPackFile, type LoadPackFileOptions } from './load-pack-file';
import { parseDataText } from './parse-text';

/**
 * Options for {@link readPackFixtures}, {@link verifyPackDir} and {@link verifyPackFile}.
 *
 * @example
 * ```ts
 * const options: VerifyPackDirOptions = { sources: ['../policy-texts'], asOf: '2026-06-01' };
 * ```
 */
export interface VerifyPackDirOptions {
  /** More folders to look for the pack's source texts in, after the pack's own folder. */
  readonly sources?: readonly string[];
  /** The date samples are judged at (see `verifyPack`). */
  readonly asOf?: string;
}

const DATA_FILE = /\.(ya?ml|json)$/i;
const SAMPLE_FILE = /^(pass|fail).*\.(ya?ml|json)$/i;
/** Largest sample, scenario or source text read: the same limit as for proposal files. */
const MAX_BYTES = 5 * 1024 * 1024;

function list(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function readText(file: string): { text?: string; error?: string } {
  try {
    if (statSync(file).size > MAX_BYTES) return { error: `Larger than ${MAX_BYTES / 1024 / 1024} MB.` };
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: `Cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
}

function readData(file: string): { data?: unknown; error?: string; text?: string } {
  const { text, error } = readText(file);
  if (text === undefined) return { error: error! };
  const parsed = parseDataText(text, { format: file.toLowerCase().endsWith('.json') ? 'json' : 'yaml' });
  if (parsed.errors.length > 0) {
    return { error: parsed.errors.map((e) => `${e.line ? `${e.line}:${e.column}: ` : ''}${e.message}`).join('; ') };
  }
  return { data: parsed.data, text };
}

/**
 * Reads what {@link verifyPackDir} checks a pack against, from the folder the pack is in:
 * `samples/<rule name>/pass-*.yaml|fail-*.yaml` (with `# expect:` lines, see
 * `sampleExpectations`), `scenarios/*.yaml|json`, and the source texts its citations name,
 * looked for in `dir` and then in `options.sources`. Files that cannot be read or parsed are
 * returned with an `error`, so the sample or scenario fails instead of the whole run.
 *
 * @example
 * ```ts
 * const fixtures = readPackFixtures(pack, 'policies/acme', { sources: ['policy-texts'] });
 * const result = verifyPack(pack, fixtures);
 * ```
 */
export function readPackFixtures(pack: Pack, dir: string, options: VerifyPackDirOptions = {}): VerifyPackOptions {
  const samples: PackSample[] = [];
  for (const rule of folders(join(dir, 'samples'))) {
    for (const file of list(join(dir, 'samples', rule), SAMPLE_FILE)) {
      const relative = `samples/${rule}/${file}`;
      const read = readData(join(dir, 'samples', rule, file));
      const expected = file.toLowerCase().startsWith('pass') ? ('pass' as const) : ('fail' as const);
      const header = read.text !== undefined ? sampleExpectations(read.text) : { expect: [], problems: [] };
      const error = read.error ?? (header.problems.length ? header.problems.join('; ') : undefined);
      samples.push({
        rule,
        file: relative,
        expected,
        ...(error === undefined ? { data: read.data } : { error }),
        ...(header.expect.length > 0 && { expect: header.expect }),
      });
    }
  }
  const scenarios: PackScenario[] = list(join(dir, 'scenarios'), DATA_FILE).map((file) => {
    const read = readData(join(dir, 'scenarios', file));
    return { file: `scenarios/${file}`, ...(read.error === undefined ? { data: read.data } : { error: read.error }) };
  });
  const sources: Record<string, string> = {};
  const places = [dir, ...(options.sources ?? [])];
  for (const { citation } of ownCitations(pack)) {
    const name = citation.source;
    // Only a plain file name is looked up: a citation cannot make verify read elsewhere.
    if (Object.hasOwn(sources, name) || basename(name) !== name || name.startsWith('.')) continue;
    for (const place of places) {
      const file = join(place, name);
      if (!existsSync(file)) continue;
      const { text } = readText(file);
      if (text !== undefined) sources[name] = text;
      break;
    }
  }
  return { samples, scenarios, sources, ...(options.asOf !== undefined && { asOf: options.asOf }) };
}

/**
 * Verifies a pack against the samples, scenarios and source texts in its folder: reads them
 * with {@link readPackFixtures} and runs `verifyPack` (from `microcred`).
 *
 * @example
 * ```ts
 * import { verifyPackDir } from 'microcred/node';
 * const result = verifyPackDir(acme, 'policies/acme');
 * if (!result.ok) process.exitCode = 1;
 * ```
 */
export function verifyPackDir(pack: Pack, dir: string, options: VerifyPackDirOptions = {}): VerifyResult {
  return verifyPack(pack, readPackFixtures(pack, resolve(dir), options));
}

/**
 * Options for {@link verifyPackFile}: where to look for texts, and how to load the pack.
 *
 * @example
 * ```ts
 * const options: VerifyPackFileOptions = { registry: builtinRegistry, sources: ['texts'] };
 * ```
 */
export interface VerifyPackFileOptions extends VerifyPackDirOptions, LoadPackFileOptions {}

/**
 * Loads a pack file (YAML, JSON or a JavaScript module, see {@link loadPackFile}) and verifies
 * it against the samples, scenarios and source texts beside it.
 *
 * @throws `PackError` when the pack itself cannot be loaded.
 * @example
 * ```ts
 * import { verifyPackFile } from 'microcred/node';
 * const result = await verifyPackFile('acme/pack.yaml');
 * result.summary; // { passed: 12, failed: 0, skipped: 0 }
 * ```
 */
export async function verifyPackFile(file: string, options: VerifyPackFileOptions = {}): Promise<VerifyResult> {
  const pack = await loadPackFile(file, options);
  return verifyPackDir(pack, dirname(resolve(file)), options);
}
