import type { Pack } from '../engine/types';
import type { FileResult, FormatName, RunSummary } from '../engine/format/types';
import { addToSummary, createFormatter, emptySummary, ruleInfoFrom } from '../engine/format/index';
import { checkParsed } from '../node/check-file';
import { readDataFile } from '../node/read-file';
import type { ParsedText } from '../node/parse-text';
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
}

/** Files judged at once: enough to overlap reading with judging, few enough to bound memory. */
const WINDOW = 16;

/** `microcred check`: judge files and stream the report. Returns the exit code. */
export async function runCheck(inputs: readonly string[], options: CheckOptions): Promise<number> {
  const packs = await cliPacks(options.extraPack);
  const forced = options.pack ? await packs.resolve(options.pack) : undefined;
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UsageError('No files to check.');

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
  for (let i = 0; i < files.length; i += WINDOW) {
    const batch = files.slice(i, i + WINDOW);
    const parsed = await Promise.all(batch.map((file) => readDataFile(file, options.maxFileSize !== undefined ? { maxBytes: options.maxFileSize } : {})));
    for (let k = 0; k < batch.length; k++) {
      const judged = await judge(batch[k]!, parsed[k]!, packs, forced, options.asOf);
      const result = options.quiet ? onlyErrors(judged) : judged;
      summary = addToSummary(summary, result);
      await output.write(formatter.file(result));
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

function onlyErrors(result: FileResult): FileResult {
  return { ...result, violations: result.violations.filter((v) => v.severity === 'error') };
}
