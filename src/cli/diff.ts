import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { diffProposals } from '../engine/diff/diff-proposals';
import { formatProposalDiff } from '../engine/diff/format-diff';
import type { ProposalDiff } from '../engine/diff/types';
import { MicrocredError } from '../engine/errors';
import { printable, safeJson } from '../engine/format/_printable';
import type { FileError } from '../engine/format/types';
import type { Pack } from '../engine/types';
import type { ParsedText } from '../node/parse-text';
import { parseDataBytes, readDataFile } from '../node/read-file';
import { version } from '../../package.json';
import { loadConfig } from './config';
import { expandInputs } from './files';
import { openOutput } from './output';
import { cliPacks, type CliPacks } from './packs';
import { UsageError } from './usage-error';

export interface DiffOptions {
  readonly base?: string;
  readonly pack?: string;
  readonly extraPack?: readonly string[];
  readonly asOf: string;
  readonly format: 'stylish' | 'json' | 'markdown';
  readonly color?: boolean;
}

/** One comparison: a file's two versions, and the diff or why there is none. */
interface Compared {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** `added`: the file is not in the base commit, so there is nothing to compare it with. */
  readonly status: 'compared' | 'added';
  readonly diff?: ProposalDiff;
  readonly errors?: readonly (FileError & { readonly side: 'before' | 'after' | 'both' })[];
}

/**
 * `microcred diff OLD NEW` and `microcred diff --base <ref> [paths]`: what an edit does to
 * compliance and to approvals already given. Returns the exit code: 1 when an edit introduces
 * errors, 2 when a version cannot be read or judged.
 */
export async function runDiff(inputs: readonly string[], options: DiffOptions): Promise<number> {
  const packs = await cliPacks(options.extraPack);
  const forced = options.pack ? await packs.resolve(options.pack) : undefined;
  const pairs = options.base === undefined ? await givenPair(inputs) : await againstBase(options.base, inputs);
  const results: Compared[] = [];
  for (const pair of pairs) results.push(pair.status === 'added' ? pair.entry : await compare(pair.entry, pair.before!, pair.after!, packs, forced, options.asOf));

  const output = openOutput(undefined, options.color);
  const introducedErrors = results.reduce((n, r) => n + (r.diff?.summary.introduced.errors ?? 0), 0);
  const failed = results.filter((r) => r.errors !== undefined).length;
  if (options.format === 'json') {
    const summary = { files: results.length, changed: results.filter((r) => r.diff?.changed).length, introducedErrors, failed };
    await output.write(safeJson({ tool: { name: 'microcred', version }, asOf: options.asOf, ...(options.base !== undefined && { base: options.base }), files: results, summary }, 2) + '\n');
  } else {
    const md = options.format === 'markdown';
    const blocks = results.map((r) => describe(r, md, options.base));
    if (blocks.length === 0) blocks.push(md ? '### microcred\n\nNo proposal file changed.' : 'No proposal file changed.');
    await output.write(blocks.join(md ? '\n\n---\n\n' : '\n\n') + '\n');
  }
  await output.close();
  return failed > 0 ? 2 : introducedErrors > 0 ? 1 : 0;
}

interface Pair {
  readonly status: 'compared' | 'added';
  readonly entry: Compared;
  readonly before?: ParsedText;
  readonly after?: ParsedText;
}

async function givenPair(inputs: readonly string[]): Promise<Pair[]> {
  if (inputs.length !== 2) throw new UsageError('Give two proposal files, the old version then the new (microcred diff OLD NEW), or --base <git ref> with the files to compare.');
  const [oldFile, newFile] = inputs as [string, string];
  return [{ status: 'compared', entry: { file: newFile, before: oldFile, after: newFile, status: 'compared' }, before: await readDataFile(oldFile), after: await readDataFile(newFile) }];
}

/** Each file among the paths whose text differs from the base commit's. */
async function againstBase(base: string, inputs: readonly string[]): Promise<Pair[]> {
  if (base.startsWith('-') || git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).status !== 0) {
    throw new UsageError(`--base ${printable(JSON.stringify(base))} is not a commit git knows here (run it inside the repository; fetch the base branch first in CI).`);
  }
  const config = loadConfig(undefined);
  const expanded = await expandInputs(inputs.length > 0 ? inputs : ['.'], { base: config.base, ignore: config.ignore, ...(config.files && { files: config.files }) });
  const pairs: Pair[] = [];
  for (const file of expanded.files) {
    const entry = { file, before: `${base}:${file}`, after: file };
    const shown = git(['show', `${base}:./${relative(process.cwd(), file).split('\\').join('/')}`]);
    if (shown.status !== 0) {
      pairs.push({ status: 'added', entry: { ...entry, status: 'added' } });
      continue;
    }
    let current: Buffer;
    try {
      current = readFileSync(file);
    } catch {
      current = Buffer.alloc(0);
    }
    if (current.equals(shown.stdout)) continue;
    pairs.push({ status: 'compared', entry: { ...entry, status: 'compared' }, before: parseDataBytes(shown.stdout, file), after: await readDataFile(file) });
  }
  return pairs;
}

function git(args: readonly string[]): { status: number | null; stdout: Buffer } {
  const run = spawnSync('git', args, { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  return { status: run.error ? 1 : run.status, stdout: run.stdout ?? Buffer.alloc(0) };
}

async function compare(entry: Compared, before: ParsedText, after: ParsedText, packs: CliPacks, forced: Pack | undefined, asOf: string): Promise<Compared> {
  const unreadable = [...before.errors.map((e) => ({ ...e, side: 'before' as const })), ...after.errors.map((e) => ({ ...e, side: 'after' as const }))];
  if (unreadable.length > 0) return { ...entry, errors: unreadable };
  let pack = forced;
  if (!pack) {
    const policy = policyOf(after.data) ?? policyOf(before.data);
    if (policy === undefined) return { ...entry, errors: [{ side: 'both', code: 'no-pack', message: 'Neither version names a policy pack; add "policy: <pack id>" or pass --pack <id>.' }] };
    pack = await packs.ensure(policy);
    if (!pack) return { ...entry, errors: [{ side: 'after', code: 'unknown-pack', message: 'The file names a policy that is not a known pack; fix "policy:" or pass --pack.', ...after.locate(['policy']) }] };
  }
  try {
    return { ...entry, diff: diffProposals(before.data, after.data, pack, { asOf }) };
  } catch (error) {
    if (error instanceof MicrocredError) return { ...entry, errors: [{ side: 'both', code: error.code, message: error.message }] };
    throw error;
  }
}

function policyOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'policy')) return undefined;
  const policy = (data as { policy: unknown }).policy;
  return typeof policy === 'string' ? policy : undefined;
}

function describe(result: Compared, md: boolean, base: string | undefined): string {
  const labels = { before: result.before, after: result.after };
  if (result.status === 'added') {
    const text = `${result.file}: not in ${base ?? 'the base'}, so there is nothing to compare it with (microcred check judges it).`;
    return md ? `### microcred: \`${printable(result.file).replace(/`/g, "'")}\`\n\nA new file: not in the base commit, nothing to compare it with (\`microcred check\` judges it).` : printable(text);
  }
  if (result.errors) {
    const lines = result.errors.map((e) => `${e.side === 'before' ? result.before : e.side === 'after' ? result.after : result.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`);
    return md ? [`### microcred: could not compare`, '', ...lines.map((l) => `- ${printable(l).replace(/[`*_<>[\]]/g, (c) => `\\${c}`)}`)].join('\n') : lines.map(printable).join('\n');
  }
  return formatProposalDiff(result.diff!, { format: md ? 'markdown' : 'stylish', labels });
}
