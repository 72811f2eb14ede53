import type { Pack } from '../engine/types';
import type { FileResult, FormatName, RunSummary } from '../engine/format/types';
import { addToSummary, createFormatter, emptySummary, ruleInfoFrom } from '../engine/format/index';
import { checkParsed } from '../node/check-file';
import { readDataFileSync } from '../node/read-file';
import type { ParsedText } from '../node/parse-text';
import { judgeOnWorkers, workerCount, type CheckWorkerData, type Judged } from './check-workers';
import { expandInputs } from './files';
import { openOutput } from './output';
import { cliPacks, type CliPacks } from './packs';
import { UsageError } from './usage-error';
import { version } from '../../package.json';

export interface CheckOptions {
  readonly pack?: string;
  readonly extraPack?: readonly string[];
  readonly asOf: string;
  readonly format: FormatName;
  readonly maxWarnings?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly verbose?: boolean;
  readonly quiet?: boolean;
  readonly exitZero?: boolean;
  readonly maxFileSize?: number;
  readonly concurrency?: 'auto' | number;
}

/** `microcred check`: judge files and stream the report. Returns the exit code. */
export async function runCheck(inputs: readonly string[], options: CheckOptions): Promise<number> {
  const packs = await cliPacks(options.extraPack);
  const forced = options.pack ? await packs.resolve(options.pack) : undefined;
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UsageError('No files to check.');

  // SARIF lists each rule's title and citation; the packs may be judged on worker threads, so
  // the main thread loads them to look rules up.
  if (options.format === 'sarif') await packs.all();
  const output = openOutput(options.output, options.color);
  const formatter = createFormatter(options.format, {
    color: output.color,
    verbose: options.verbose ?? false,
    toolVersion: version,
    // Looked up when the formatter needs it (SARIF rule metadata), among the packs loaded by then.
    ruleInfo: (ruleId) => ruleInfoFrom(forced ? [forced, ...packs.registry.list()] : packs.registry.list())(ruleId),
  });
  let summary: RunSummary = emptySummary();
  await output.write(formatter.start());
  const readOptions = options.maxFileSize !== undefined ? { maxBytes: options.maxFileSize } : {};
  const emit = async (judged: FileResult) => {
    const result = options.quiet ? onlyErrors(judged) : judged;
    summary = addToSummary(summary, result);
    await output.write(formatter.file(result));
  };
  const workers = workerCount(files.length, options.concurrency);
  if (workers > 0) {
    // Many files: judged on worker threads, one per core, and reported in order. For formats
    // made per file, the workers also write each file's text.
    const perFile = formatter.fragments;
    const data: CheckWorkerData = {
      role: 'check',
      asOf: options.asOf,
      extraPack: options.extraPack ?? [],
      quiet: options.quiet ?? false,
      ...(options.pack && { pack: options.pack }),
      ...(options.maxFileSize !== undefined && { maxFileSize: options.maxFileSize }),
      ...(perFile && { fragments: { format: options.format, color: output.color, verbose: options.verbose ?? false } }),
    };
    const receive = async (judged: Judged) => {
      if ('result' in judged) return emit(judged.result);
      summary = addSummaries(summary, judged.counts);
      await output.write(perFile!.join(judged.fragment));
    };
    const crashedFile = (file: string, message: string): Judged => ({ result: crashed(file, message) });
    await judgeOnWorkers(files, workers, data, receive, crashedFile);
  } else {
    // One file at a time, read synchronously: nothing waits on I/O, and memory stays flat.
    for (const file of files) {
      let judged: FileResult;
      try {
        judged = await judge(file, readDataFileSync(file, readOptions), packs, forced, options.asOf);
      } catch (error) {
        judged = crashed(file, error instanceof Error ? error.message : String(error));
      }
      await emit(judged);
    }
  }
  await output.write(formatter.end(summary));
  await output.close();

  if (summary.invalid > 0) return 2;
  if (options.exitZero) return 0;
  if (summary.errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && summary.warnings > options.maxWarnings) return 1;
  return 0;
}

/** Judges one parsed file, loading the built-in pack its `policy:` names first. */
export async function judge(file: string, parsed: ParsedText, packs: CliPacks, forced: Pack | undefined, asOf: string): Promise<FileResult> {
  if (!forced) {
    const policy = policyOf(parsed.data);
    // An unknown id loads every pack, so the error can list them all.
    if (policy !== undefined && !(await packs.ensure(policy))) await packs.all();
  }
  return checkParsed(file, parsed, { asOf, registry: packs.registry, ...(forced && { pack: forced }) });
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
    errors: [{ code: 'internal-error', message: `microcred failed on this file (${message}); please report it, with the file if you can.` }],
  };
}

function addSummaries(a: RunSummary, b: RunSummary): RunSummary {
  return { files: a.files + b.files, errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos, invalid: a.invalid + b.invalid };
}

export function onlyErrors(result: FileResult): FileResult {
  return { ...result, violations: result.violations.filter((v) => v.severity === 'error') };
}
