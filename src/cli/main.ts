import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lightFormat } from 'date-fns/lightFormat';
import { isIsoDate } from '../dates';
import { MicrocredError } from '../engine/errors';
import { FORMAT_NAMES } from '../engine/format/names';
import type { FormatName } from '../engine/format/types';
import { printableLines } from '../engine/format/_printable';
import { version } from '../../package.json';
import { stdoutStream } from './output';
import { parseShard } from './shard';
import { MICROCRED_ISSUES_URL } from '../package-info';
import { UsageError } from './usage-error';
import { CHECK_WORKER_ENV } from './worker-env';

// Each command's module is imported when the command runs: the bundler then defers its
// initialisation (zod schemas, packs, formatters), so `microcred --help` and a one-file check
// start fast.

/** Today's date, read once here at the edge: the library itself never reads the clock. */
const today = lightFormat(new Date(), 'yyyy-MM-dd');

function asOfDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Use a date written as YYYY-MM-DD, e.g. 2026-11-01.');
  return value;
}

// Number('') is 0 and Number('0x10') is 16: option values are checked as written first.
const WHOLE = /^-?\d+$/;
const DECIMAL = /^\d+(\.\d+)?([eE][-+]?\d+)?$/;

function count(value: string): number {
  const n = WHOLE.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < -1) throw new InvalidArgumentError('Use a whole number (or -1 for no limit).');
  return n;
}

function megabytes(value: string): number {
  const n = DECIMAL.test(value.trim()) ? Number(value) : NaN;
  const bytes = Math.round(n * 1024 * 1024);
  if (!Number.isFinite(n) || n <= 0 || !Number.isSafeInteger(bytes)) throw new InvalidArgumentError('Use a size in megabytes, e.g. 5.');
  if (bytes < 1) throw new InvalidArgumentError(`${value} MB is less than one byte; use a size in megabytes, e.g. 5 or 0.5.`);
  return bytes;
}

function credits(value: string): number {
  const n = DECIMAL.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('Use a number of US credit hours, e.g. 18.');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function concurrency(value: string): 'auto' | number {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 0;
  const n = WHOLE.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('Use auto, off, or a number of threads from 1 to 64 (1: the main thread only).');
  return n;
}

const asOfOption = () => new Option('--as-of <date>', 'judge as of this date (YYYY-MM-DD)').default(today, 'today').argParser(asOfDate);
const extraPackOption = () => new Option('--extra-pack <pack>', 'also load this pack (file or npm package) so proposals can name it; repeatable').argParser(collect);
const simpleFormat = () => new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish');
const configOptions = (command: Command) =>
  command
    .option('-c, --config <file>', 'use this config file (default: microcred.config.json|yaml|yml, or "microcred" in package.json, searched upwards)')
    .option('--no-config', 'use no config file');

function addCheck(cli: Command): void {
  const check = cli
    .command('check')
    .description('check proposal files (YAML or JSON) against their policy packs')
    .argument('[inputs...]', 'files, directories or glob patterns (default: the working directory)')
    .option('--pack <pack>', 'judge every file by this pack (id, pack file or npm package) instead of its "policy:"; repeat it to judge by several packs together (a campus pack first, e.g. --pack binghamton --pack eu)', collect)
    .addOption(extraPackOption())
    .addOption(asOfOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES as string[]).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this (counted under --quiet too)', count)
    .option('-o, --output-file <file>', 'write the report to this file (created with its directories, replaced whole) instead of stdout')
    .addOption(new Option('--output <file>').hideHelp())
    .addOption(new Option('--verbose', 'show every file and its approval route, not only problems').conflicts('quiet'))
    .addOption(new Option('--quiet', 'report errors only (warnings still count against --max-warnings)').conflicts('verbose'))
    .option('--ignore-pattern <pattern>', 'leave out files matching this gitignore-style pattern (relative to the working directory); repeatable', collect)
    .option('--shard <i/n>', 'check only part i of n of the sorted file list (for a CI matrix)', parseShard)
    .option('--stdin', 'read one proposal from standard input')
    .option('--stdin-filename <name>', 'the name to report the --stdin proposal under (its extension picks JSON or YAML)')
    .option('--exit-zero', 'exit 0 even when proposals have violations (unreadable files still exit 2)')
    .option('--max-file-size <MB>', 'refuse files larger than this (default 5)', megabytes)
    .addOption(
      new Option('--concurrency <n>', 'worker threads: auto (from 500 files, one per core but one, on 3 or more cores; two from 40,000 files on 2 cores), a number, or off')
        .default('auto')
        .argParser(concurrency),
    )
    .option('--color', 'force colour (also FORCE_COLOR; on a TTY it is on by default; NO_COLOR always turns it off)')
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      '\nExit codes: 0 nothing failing; 1 violations (errors, or warnings beyond --max-warnings); 2 usage errors, unknown packs, unreadable or invalid files, a report that cannot be written.\n\nExamples:\n  microcred check proposals/\n  microcred check "proposals/**/*.yaml" --format sarif -o microcred.sarif\n  microcred check new.yaml --pack binghamton --as-of 2026-11-01\n  microcred check --shard 2/4 -f junit -o reports/junit-2.xml',
    )
    .action(async (inputs: string[], o) => {
      const { runCheck } = await import('./check');
      const { output, outputFile, ...rest } = o;
      process.exitCode = await runCheck(inputs, {
        ...rest,
        ...((outputFile ?? output) !== undefined && { outputFile: outputFile ?? output }),
        format: o.format as FormatName,
        extraPack: o.extraPack,
      });
    });
  configOptions(check);
}

function addRoute(cli: Command): void {
  configOptions(cli.command('route'))
    .description("print a proposal's approval route: each step's status, reason and expected date")
    .argument('<file>', 'a proposal file')
    .option('--pack <pack>', 'judge by this pack instead of the file\'s "policy:"; repeatable (the route is the first pack\'s)', collect)
    .addOption(extraPackOption())
    .addOption(asOfOption())
    .addOption(simpleFormat())
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (file: string, o) => {
      const { runRoute } = await import('./route');
      process.exitCode = await runRoute(file, o);
    });
}

function addDiff(cli: Command): void {
  cli
    .command('diff')
    .description('what an edit to a proposal does: fields changed, violations introduced and resolved, route steps and approvals it affects')
    .argument('[files...]', 'OLD NEW, or with --base the files, directories or globs to compare (default: the working directory)')
    .option('--base <ref>', 'compare each file with its version in this git commit (read with git show)')
    .option('--pack <pack>', 'judge both versions by this pack instead of the file\'s "policy:"')
    .addOption(extraPackOption())
    .addOption(asOfOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'markdown']).default('stylish'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      '\nExit codes: 0 the edit introduces no error; 1 it introduces errors; 2 usage errors, unknown packs, files that cannot be read.\n\nExamples:\n  microcred diff old.yaml new.yaml\n  microcred diff --base origin/main proposals/ --format markdown',
    )
    .action(async (files: string[], o) => {
      const { runDiff } = await import('./diff');
      process.exitCode = await runDiff(files, o);
    });
}

function addExplain(cli: Command): void {
  configOptions(cli.command('explain'))
    .description('print a rule: severity, citation, messages, and its passing and failing samples')
    .argument('<rule-id>', 'e.g. binghamton/max-credits')
    .addOption(extraPackOption())
    .addOption(simpleFormat())
    .action(async (ruleId: string, o) => {
      const { runExplain } = await import('./explain');
      process.exitCode = await runExplain(ruleId, o);
    });
}

function addVerify(cli: Command): void {
  configOptions(cli.command('verify'))
    .description("test packs against their own samples, scenarios and cited texts (default: the config's pack and extra packs, else every built-in pack)")
    .argument('[packs...]', 'built-in pack ids, pack files (YAML, JSON, JavaScript), folders holding pack.yaml, or npm packages')
    .option('--sources <dir>', 'also look for the policy texts that citations name in this folder; repeatable', collect)
    .option('--as-of <date>', 'judge samples as of this date (default: 2026-06-01, or the start of the pack\'s latest revision if later)', asOfDate)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'tap', 'junit']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--verbose', 'list every check, not only failures')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      '\nSamples are samples/<rule name>/pass-*.yaml and fail-*.yaml beside the pack; a fail sample may state what it must report in a comment line: # expect: { messageId: tooMany, path: [credential, courses] }. Scenarios are scenarios/*.yaml.\n\nExit codes: 0 every check passed; 1 a sample, scenario, coverage or citation check failed; 2 usage errors or packs that cannot be loaded.\n\nExamples:\n  microcred verify\n  microcred verify ./acme/pack.yaml --sources ./policy-texts\n  microcred verify binghamton --format junit -o verify.xml',
    )
    .action(async (specs: string[], o) => {
      const { runVerify } = await import('./verify');
      process.exitCode = await runVerify(specs, o);
    });
}

function addPacks(cli: Command): void {
  configOptions(cli.command('packs'))
    .description('list the packs with their versions, effective dates and rule counts')
    .addOption(extraPackOption())
    .addOption(simpleFormat())
    .option('--rules', 'list each pack\'s rule ids too')
    .action(async (o) => {
      const { runPacks } = await import('./list-packs');
      process.exitCode = await runPacks(o);
    });
}

function addPathways(cli: Command): void {
  const pathways = cli
    .command('pathways')
    .description('check a catalog of credentials and print how they stack: text, JSON or a Mermaid flowchart')
    .argument('<dir>', 'a directory of credential, proposal or credential-list files (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'mermaid']).default('text'))
    .option('--pack <pack>', 'use this pack\'s competency frameworks to compare micro-certificate parts')
    .addOption(extraPackOption())
    .option('--max-pathway-credits <n>', 'report pathways whose courses add up to more US credit hours than this', credits)
    .option('--max-file-size <MB>', 'refuse files larger than this (default 5)', megabytes)
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      '\nExit codes: 0 no catalog errors; 1 catalog errors (cycles, dangling targets, duplicate ids, missing parts, pathways over the limit); 2 usage errors or unreadable files.\n\nExamples:\n  microcred pathways catalog/\n  microcred pathways catalog/ --format mermaid > docs/pathways.mmd',
    )
    .action(async (dir: string, o) => {
      const { runPathways } = await import('./pathways');
      process.exitCode = await runPathways(dir, o);
    });
  configOptions(pathways);
}

function addSchema(cli: Command): void {
  cli
    .command('schema')
    .description('print the JSON Schema of a proposal file')
    .action(async () => {
      const [{ proposalJsonSchema }, { openOutput }] = await Promise.all([import('../model/json-schema'), import('./output')]);
      const output = openOutput(undefined, false);
      await output.write(JSON.stringify(proposalJsonSchema(), null, 2) + '\n');
      await output.close();
    });
}

function addInit(cli: Command): void {
  cli
    .command('init')
    .description('write a starter proposal that parses, listing what the pack will still ask for')
    .argument('[file]', 'where to write it (default: print it)')
    .requiredOption('--pack <pack>', 'the pack the proposal is for')
    .addOption(extraPackOption())
    .addOption(asOfOption())
    .addOption(new Option('--kind <kind>', 'credential kind').choices(['micro-credential', 'digital-badge', 'micro-certificate']).default('micro-credential'))
    .option('--non-credit', 'a non-credit credential (default: credit-bearing)')
    .addOption(new Option('--level <level>', 'level').choices(['undergraduate', 'graduate', 'non-degree']).default('undergraduate'))
    .option('--force', 'overwrite an existing file')
    .action(async (file: string | undefined, o) => {
      const { runInit } = await import('./init');
      process.exitCode = await runInit(file, { ...o, creditBearing: !o.nonCredit });
    });
}

/** Each command's set-up, in the order `--help` lists them. */
const COMMANDS: Readonly<Record<string, (cli: Command) => void>> = {
  check: addCheck,
  route: addRoute,
  diff: addDiff,
  explain: addExplain,
  verify: addVerify,
  packs: addPacks,
  pathways: addPathways,
  schema: addSchema,
  init: addInit,
};

function program(argv: readonly string[]): Command {
  const cli = new Command('microcred')
    .description('Check micro-credential and digital-badge proposals against campus policy packs.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // Commander's messages repeat what was typed: shown escaped, like every other message.
    .configureOutput({ writeOut: (text) => stdoutStream().write(text), writeErr: (text) => process.stderr.write(printableLines(text)) });

  // Only the command named first is set up (all of them took a one-file check about 4 ms);
  // every command when the first word names none (help, a typo, an option).
  const named = argv[2];
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const name of names) COMMANDS[name]!(cli);
  return cli;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program(argv).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other parse error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError || error instanceof MicrocredError) {
      process.stderr.write(`microcred: ${printableLines(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`microcred: unexpected error: ${printableLines(detail)}\nPlease report it with the command you ran: ${MICROCRED_ISSUES_URL}\n`);
    if (process.env.MICROCRED_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}

// The same bundle runs `microcred check`'s worker threads, which are started with
// CHECK_WORKER_ENV set. node:worker_threads is loaded only then (with require: the bundler
// hoists imports of Node's modules to the top of the bundle, where every start would load it).
if (process.env[CHECK_WORKER_ENV] === 'check' && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) {
  void import('./check-worker').then(({ runCheckWorker }) => runCheckWorker());
} else {
  // A reader that stops early (`microcred check ... | head`) is not an error: the rest of the
  // report is dropped, and the run goes on to exit with its own code (for `set -o pipefail`);
  // see stdoutStream, through which everything reaches stdout.
  // Then exit at once, as Node would once its event loop is empty, less the tear-down of the
  // heap (2 to 5 ms of a one-file check, measured). On Linux every write to
  // stdout and stderr is synchronous, so nothing written can be cut short (elsewhere a pipe
  // may be written asynchronously: there Node's own exit waits for it). The code cache is
  // still written, on the 'exit' event (src/cli/bin.ts).
  void main(process.argv).then(() => {
    if (process.platform === 'linux') process.exit();
  });
}
