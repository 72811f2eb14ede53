import {
  addToSummary,
  createFormatter,
  emptySummary,
  ruleInfoFrom,
  type FileResult,
  type FormatName,
  type Pack,
  type Registry,
  type RunSummary,
} from '../index';
import { checkFile } from '../node/index';
import { expandInputs } from './files';
import { openOutput } from './output';
import { cliRegistry, resolvePackSpec } from './packs';
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
  const registry = await cliRegistry(options.extraPack);
  const forced = options.pack ? await resolvePackSpec(options.pack, registry) : undefined;
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UsageError('No files to check.');

  const output = openOutput(options.output, options.color);
  const formatter = createFormatter(options.format, {
    color: output.color,
    verbose: options.verbose ?? false,
    toolVersion: version,
    ruleInfo: ruleInfoFrom(forced ? [forced, ...registry.list()] : registry.list()),
  });
  let summary: RunSummary = emptySummary();
  await output.write(formatter.start());
  for (let i = 0; i < files.length; i += WINDOW) {
    const batch = files.slice(i, i + WINDOW);
    const results = await Promise.all(batch.map((file) => judge(file, registry, forced, options)));
    for (const judged of results) {
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

function judge(file: string, registry: Registry, pack: Pack | undefined, options: CheckOptions): Promise<FileResult> {
  return checkFile(file, {
    asOf: options.asOf,
    registry,
    ...(pack && { pack }),
    ...(options.maxFileSize !== undefined && { maxBytes: options.maxFileSize }),
  });
}

function onlyErrors(result: FileResult): FileResult {
  return { ...result, violations: result.violations.filter((v) => v.severity === 'error') };
}
