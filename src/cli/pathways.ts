import { checkCatalog } from '../catalog/check-catalog';
import { pathwaysToMermaid, pathwaysToText } from '../catalog/format';
import { toPointer, type PathSegment, type Violation } from '../model/violation';
import { readDataFile } from '../node/read-file';
import type { ParsedText } from '../node/parse-text';
import { printable, printableLines, safeJson } from '../engine/format/_printable';
import { extraPacksOf, loadConfig } from './config';
import { expandInputs } from './files';
import { openOutput } from './output';
import { cliPacks } from './packs';

export interface PathwaysOptions {
  readonly format: 'text' | 'json' | 'mermaid';
  readonly pack?: string;
  readonly extraPack?: readonly string[];
  readonly maxPathwayCredits?: number;
  readonly maxFileSize?: number;
  readonly color?: boolean;
  readonly config?: string | false;
}

/** One credential read from a file: a bare credential, a proposal's credential, or an item of a list. */
interface Entry {
  readonly file: string;
  readonly prefix: readonly PathSegment[];
  readonly parsed: ParsedText;
  readonly value: unknown;
}

interface FileProblem {
  readonly file: string;
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** A catalog problem with the file and position it was found at. */
interface LocatedProblem extends Violation {
  readonly file: string;
  readonly filePointer: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * `microcred pathways <dir>`: reads every credential in a directory (bare credentials, proposal
 * files, or lists of credentials), checks them as a catalog and prints the stacking graph as
 * text, JSON or Mermaid. Exit 0 when the catalog has no errors, 1 when it has, 2 when a file
 * cannot be read.
 */
export async function runPathways(dir: string, options: PathwaysOptions): Promise<number> {
  const config = loadConfig(options.config);
  const pack = options.pack ? await (await cliPacks(extraPacksOf(config, options.extraPack))).resolve(options.pack) : undefined;
  const expanded = await expandInputs([dir], { base: config.base, ignore: config.ignore, ...(config.files && { files: config.files }) });
  const entries: Entry[] = [];
  const fileProblems: FileProblem[] = expanded.unreadable.map((entry) => ({ file: entry.file, code: 'unreadable', message: entry.message }));
  for (const file of expanded.files) {
    const parsed = await readDataFile(file, options.maxFileSize !== undefined ? { maxBytes: options.maxFileSize } : {});
    if (parsed.errors.length > 0) {
      for (const error of parsed.errors) fileProblems.push({ file, ...error });
      continue;
    }
    const data = parsed.data;
    if (Array.isArray(data)) data.forEach((value, index) => entries.push({ file, prefix: [index], parsed, value }));
    else if (data !== null && typeof data === 'object' && Object.hasOwn(data, 'credential')) entries.push({ file, prefix: ['credential'], parsed, value: (data as { credential: unknown }).credential });
    else if (data !== null && typeof data === 'object') entries.push({ file, prefix: [], parsed, value: data });
    else fileProblems.push({ file, code: 'not-an-object', message: 'The file holds no credential: expected a credential, a proposal or a list of credentials.', line: 1, column: 1 });
  }

  const report = checkCatalog(
    entries.map((entry) => entry.value),
    { ...(pack && { pack }), ...(options.maxPathwayCredits !== undefined && { maxPathwayCredits: options.maxPathwayCredits }) },
  );
  const problems = report.violations.map((violation) => locate(violation, entries));
  const output = openOutput(undefined, options.color);

  if (options.format === 'json') {
    await output.write(safeJson({ pack: pack?.id, graph: report.graph, violations: problems, errors: fileProblems, summary: report.summary }, 2) + '\n');
  } else if (options.format === 'mermaid') {
    await output.write(printableLines(pathwaysToMermaid(report.graph)));
    // Problems go to stderr so the diagram on stdout can be pasted as it is.
    for (const line of problemLines(problems, fileProblems)) process.stderr.write(printable(line) + '\n');
  } else {
    await output.write(printableLines(pathwaysToText(report.graph)));
    const lines = problemLines(problems, fileProblems);
    if (lines.length > 0) await output.write(['', ...lines.map(printable)].join('\n') + '\n');
    await output.write(`\n${report.summary.credentials} credential(s): ${report.summary.errors} error(s), ${report.summary.warnings} warning(s)${fileProblems.length ? `, ${fileProblems.length} unreadable` : ''}\n`);
  }
  await output.close();
  if (fileProblems.length > 0) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

function locate(violation: Violation, entries: readonly Entry[]): LocatedProblem {
  const [index, ...rest] = violation.path;
  const entry = typeof index === 'number' ? entries[index] : undefined;
  if (!entry) return { ...violation, file: '', filePointer: violation.pointer };
  const inFile = [...entry.prefix, ...rest];
  const position = entry.parsed.locate(inFile);
  // The library names the first holder of a duplicate id by its index; here the file says more.
  const first = violation.ruleId === 'catalog/duplicate-id' && typeof violation.data?.first === 'number' ? entries[violation.data.first] : undefined;
  const message = first ? `${violation.message} The first is in ${first.file}.` : violation.message;
  return { ...violation, message, file: entry.file, filePointer: toPointer(inFile), ...(position && { line: position.line, column: position.column }) };
}

function problemLines(problems: readonly LocatedProblem[], fileProblems: readonly FileProblem[]): string[] {
  const at = (p: { file: string; line?: number; column?: number }) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}`;
  return [
    ...fileProblems.map((p) => `${at(p)}  error  ${p.message}  (${p.code})`),
    ...problems.map((p) => `${at(p)}  ${p.severity}  ${p.message}  ${p.ruleId}`),
  ];
}
