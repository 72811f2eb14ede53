import type { Pack } from '../engine/types';
import type { FileResult, FormatName, RunOutcome, RunSummary } from '../engine/format/types';
import { addToSummary, createFormatter, emptySummary, ruleInfoFrom } from '../engine/format/index';
import { printable } from '../engine/format/_printable';
import { checkParsed } from '../node/check-file';
import { parseDataBytes, readDataFileSync } from '../node/read-file';
import type { ParsedText } from '../node/parse-text';
import { judgeOnWorkers, workerCount, type CheckWorkerData, type Judged } from './check-workers';
import { extraPacksOf, loadConfig } from './config';
import { expandInputs } from './files';
import { openOutput } from './output';
import { compileCacheReady } from './compile-cache';
import { MANY_FILES, settleForManyFiles } from './many-files';
import { cliPacks, resolvePackList, type CliPacks } from './packs';
import { ruleAnchor } from '../engine/pack-docs';
import { shardOf, type Shard } from './shard';
import { UsageError } from './usage-error';
import { version } from '../../package.json';

export interface CheckOptions {
  /** Packs to judge every file by, together (repeated `--pack`). */
  readonly pack?: readonly string[];
  readonly extraPack?: readonly string[];
  readonly asOf: string;
  readonly format: FormatName;
  readonly maxWarnings?: number;
  readonly outputFile?: string;
  readonly color?: boolean;
  readonly verbose?: boolean;
  readonly quiet?: boolean;
  readonly exitZero?: boolean;
  readonly maxFileSize?: number;
  readonly concurrency?: 'auto' | number;
  /** A config file to use; `false` for none (`--no-config`); undefined: search upwards. */
  readonly config?: string | false;
  readonly ignorePattern?: readonly string[];
  readonly shard?: Shard;
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
}

/** `microcred check`: judge files and stream the report. Returns the exit code. */
export async function runCheck(inputs: readonly string[], options: CheckOptions): Promise<number> {
  // process.hrtime rather than performance.now(): the first use of `performance` loads a module
  // that took a one-file check 2 ms.
  const started = process.hrtime.bigint();
  const config = loadConfig(options.config);
  const extraPack = extraPacksOf(config, options.extraPack);
  const packSpec = options.pack?.length ? options.pack : config.packs;
  const packs = await cliPacks(extraPack);
  const forced = await resolvePackList(packs, packSpec);
  const readOptions = options.maxFileSize !== undefined ? { maxBytes: options.maxFileSize } : {};

  // Files to judge and directories that could not be read, in one sorted list.
  let entries: { file: string; message?: string }[] = [];
  let stdinText: ParsedText | undefined;
  if (options.stdin) {
    if (inputs.length > 0) throw new UsageError('--stdin reads one proposal from standard input; give no files with it.');
    stdinText = parseDataBytes(await readStdin(options.maxFileSize), options.stdinFilename ?? '<stdin>.yaml', readOptions);
    entries = [{ file: options.stdinFilename ?? '<stdin>' }];
  } else {
    if (options.stdinFilename !== undefined) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
    const patterns = inputs.length > 0 ? inputs : ['.'];
    const expanded = await expandInputs(patterns, {
      base: config.base,
      ignore: config.ignore,
      ...(config.files && { files: config.files }),
      ...(options.ignorePattern && { ignorePatterns: options.ignorePattern }),
    });
    // Files and unreadable entries share one sorted list, so a shard takes each exactly once.
    const all = [...expanded.files.map((file) => ({ file })), ...expanded.unreadable].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    entries = options.shard ? shardOf(all, options.shard) : all;
    if (all.length === 0) throw new UsageError('No files to check.');
  }
  if (entries.length >= MANY_FILES) settleForManyFiles();

  // SARIF lists each rule's title and citation; the packs may be judged on worker threads, so
  // the main thread loads them to look rules up.
  if (options.format === 'sarif') await packs.all();
  const output = openOutput(options.outputFile, options.color);
  const formatter = createFormatter(options.format, {
    color: output.color,
    verbose: options.verbose ?? false,
    toolVersion: version,
    srcRoot: process.cwd(),
    // Looked up when the formatter needs it (SARIF rule metadata), among the packs loaded by then.
    ruleInfo: (ruleId) => {
      const info = ruleInfoFrom(forced ? [...forced, ...packs.registry.list()] : packs.registry.list())(ruleId);
      const readme = info && builtinReadmeAnchor(ruleId, packs);
      return readme ? { ...info, helpUri: readme } : info;
    },
  });
  let summary: RunSummary = emptySummary();
  // Warnings count against --max-warnings even when --quiet leaves them out of the report.
  let warnings = 0;
  await output.write(formatter.start());
  // A promise only when the output must be waited for: most files add to the buffer and go on.
  const emit = (judged: FileResult): Promise<void> | void => {
    warnings += addToSummary(emptySummary(), judged).warnings;
    const result = options.quiet ? onlyErrors(judged) : judged;
    summary = addToSummary(summary, result);
    return output.write(formatter.file(result));
  };
  const files = entries.map((entry) => entry.file);
  const workers = stdinText ? 0 : workerCount(files.length, options.concurrency);
  if (workers > 0) {
    // Many files: judged on worker threads, one per core, and reported in order. For formats
    // made per file, the workers also write each file's text.
    const perFile = formatter.fragments;
    const data: CheckWorkerData = {
      role: 'check',
      asOf: options.asOf,
      extraPack,
      quiet: options.quiet ?? false,
      ...(packSpec && { pack: packSpec }),
      ...(options.maxFileSize !== undefined && { maxFileSize: options.maxFileSize }),
      ...(perFile && { fragments: { format: options.format, color: output.color, verbose: options.verbose ?? false } }),
    };
    const receive = async (judged: Judged) => {
      if ('result' in judged) {
        await emit(judged.result);
        // The worker left warnings out under --quiet; it counted them first.
        if (options.quiet) warnings += judged.warnings;
        return;
      }
      summary = addSummaries(summary, judged.counts);
      warnings += judged.warnings;
      await output.write(perFile!.join(judged.fragment));
    };
    const crashedFile = (file: string, message: string): Judged => ({ result: crashed(file, message), warnings: 0 });
    const ready = new Map<number, Judged>();
    entries.forEach((entry, index) => entry.message !== undefined && ready.set(index, { result: unreadableResult(entry.file, entry.message), warnings: 0 }));
    await judgeOnWorkers(files, workers, data, receive, crashedFile, ready);
  } else {
    // One file at a time, read synchronously: nothing waits on I/O, and memory stays flat.
    for (let i = 0; i < entries.length; i++) {
      const { file, message } = entries[i]!;
      let judged: FileResult;
      try {
        if (message !== undefined) judged = unreadableResult(file, message);
        else {
          const judging = judge(file, stdinText ?? readDataFileSync(file, readOptions), packs, forced, options.asOf);
          judged = judging instanceof Promise ? await judging : judging;
        }
      } catch (error) {
        judged = crashed(file, error instanceof Error ? error.message : String(error));
      }
      const writing = emit(judged);
      if (writing) await writing;
      // What judging one file needs is compiled by now: the cache of a long run stays as small.
      if (i === 0 && entries.length > 1) compileCacheReady();
      // Now and then let the event loop run, so Ctrl-C is handled (and the report file cleaned up) at once.
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const tooManyWarnings = !options.exitZero && options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings;
  const outcome: RunOutcome = {
    ...(tooManyWarnings && { warningLimit: { warnings, max: options.maxWarnings! } }),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  await output.write(formatter.end(summary, outcome));
  await output.close();

  if (tooManyWarnings) {
    process.stderr.write(`microcred: ${warnings} warning(s), more than --max-warnings ${options.maxWarnings} allows${options.quiet ? ' (counted under --quiet too)' : ''}.\n`);
  }
  if (summary.invalid > 0) return 2;
  if (options.exitZero) return 0;
  if (summary.errors > 0) return 1;
  return tooManyWarnings ? 1 : 0;
}

/** Where a built-in pack's README documents a rule: its row in the rule table, at this version. */
function builtinReadmeAnchor(ruleId: string, packs: CliPacks): string | undefined {
  const packId = ruleId.slice(0, ruleId.indexOf('/'));
  if (!packs.isBuiltin(packId) || packs.registry.get(packId)?.rules.every((r) => r.id !== ruleId)) return undefined;
  return `https://github.com/microcred/microcred/blob/v${version}/policies/${packId}/README.md#${ruleAnchor(ruleId)}`;
}

/** Standard input, refused past the size limit (default 5 MB) without reading the rest. */
async function readStdin(maxFileSize: number | undefined): Promise<Buffer> {
  const limit = maxFileSize ?? 5 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    // One byte past the limit is enough for the reader to refuse it.
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Judges one parsed file by the forced packs, else by the built-in pack its `policy:` names:
 * at once when that pack is loaded (nearly every file of a run), else once it is.
 */
export function judge(file: string, parsed: ParsedText, packs: CliPacks, forced: readonly Pack[] | undefined, asOf: string): FileResult | Promise<FileResult> {
  const now = () => checkParsed(file, parsed, { asOf, registry: packs.registry, ...(forced && { pack: forced }) });
  const policy = forced ? undefined : policyOf(parsed.data);
  if (policy === undefined || packs.registry.get(policy)) return now();
  // An unknown id loads every pack, so the error can list them all.
  return packs.ensure(policy).then(async (pack) => {
    if (!pack) await packs.all();
    return now();
  });
}

function policyOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'policy')) return undefined;
  const policy = (data as { policy: unknown }).policy;
  return typeof policy === 'string' ? policy : undefined;
}

/** A file whose judging failed unexpectedly: reported for that file alone; the run goes on. */
function crashed(file: string, message: string): FileResult {
  return {
    file,
    verdict: 'invalid',
    violations: [],
    waived: [],
    errors: [{ code: 'internal-error', message: `microcred failed on this file (${printable(message)}); please report it, with the file if you can.` }],
  };
}

/** A directory that could not be read: reported as that entry's error. */
function unreadableResult(file: string, message: string): FileResult {
  return { file, verdict: 'invalid', violations: [], waived: [], errors: [{ code: 'unreadable', message }] };
}

function addSummaries(a: RunSummary, b: RunSummary): RunSummary {
  return { files: a.files + b.files, errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos, invalid: a.invalid + b.invalid };
}

export function onlyErrors(result: FileResult): FileResult {
  return { ...result, violations: result.violations.filter((v) => v.severity === 'error') };
}
