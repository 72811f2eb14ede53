import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { evaluate } from '../engine/evaluate';
import type { CredentialKind, Level } from '../model/credential';
import { PROPOSAL_SCHEMA_ID } from '../model/json-schema';
import type { ProposalInput } from '../model/proposal';
import { openOutput } from './output';
import { cliPacks } from './packs';
import { UsageError } from './usage-error';

export interface InitOptions {
  readonly pack: string;
  readonly extraPack?: readonly string[];
  readonly asOf: string;
  readonly kind: CredentialKind;
  readonly creditBearing: boolean;
  readonly level: Level;
  readonly force?: boolean;
}

/** Points `$schema` at the installed package's schema when there is one, else at the published copy. */
function schemaReference(file: string | undefined): string {
  if (!file) return PROPOSAL_SCHEMA_ID;
  const local = resolve('node_modules/microcred/docs/schema/proposal.schema.json');
  if (!existsSync(local)) return PROPOSAL_SCHEMA_ID;
  const path = relative(dirname(resolve(file)), local).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** `microcred init --pack <id> [file]`: a starter proposal that parses, with the pack's open questions as comments. */
export async function runInit(file: string | undefined, options: InitOptions): Promise<number> {
  const existing = file ? lstatOrUndefined(file) : undefined;
  if (existing?.isSymbolicLink()) throw new UsageError(`${file} is a symbolic link; init does not write through links. Name the file itself.`);
  if (existing?.isDirectory()) throw new UsageError(`${file} is a directory; name the file to write, e.g. ${file}/proposal.yaml.`);
  if (existing && !options.force) throw new UsageError(`${file} already exists; choose another name or pass --force to overwrite it.`);
  const pack = await (await cliPacks(options.extraPack)).resolve(options.pack);
  const schema = schemaReference(file);
  const starter: ProposalInput = {
    $schema: schema,
    schemaVersion: 1,
    policy: pack.id,
    proposer: { department: 'Your department', contactRole: 'Your role, e.g. Program director' },
    credential: {
      id: 'my-micro-credential',
      title: 'Title of the credential',
      kind: options.kind,
      creditBearing: options.creditBearing,
      level: options.level,
      ...(options.creditBearing && creditBearingCourses()),
    },
  };
  const report = evaluate(starter, pack, { asOf: options.asOf });
  const asks = report.violations.map((v) => `#   - ${v.ruleId} (${v.severity}): ${v.message}`);
  const header = [
    `# yaml-language-server: $schema=${schema}`,
    `# A starter ${options.kind} proposal for ${pack.name} (${pack.id} ${pack.version}), written by "microcred init".`,
    `# Check it with: npx microcred check ${file ?? '<file>'}`,
    '#',
    `# What the ${pack.id} pack will still ask for (as of ${options.asOf}):`,
    ...(asks.length ? asks : ['#   nothing: it already complies.']),
    ...(options.creditBearing
      ? ['#', '# Courses: required ones, and elective options (required: false) with an elective group that says', '# how many of them a learner takes ("choose k of"); credit limits count the most a learner can take.']
      : []),
    `# Explain any rule with: npx microcred explain <rule-id>`,
    '',
  ].join('\n');
  const text = header + dump(starter, { lineWidth: 100, noRefs: true });
  if (file) {
    try {
      mkdirSync(dirname(resolve(file)), { recursive: true });
      // Without --force, "wx" refuses a file that appeared since the check above.
      writeFileSync(file, text, { flag: options.force ? 'w' : 'wx' });
    } catch (error) {
      throw new UsageError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    process.stderr.write(`Wrote ${file}: ${report.violations.length} thing(s) to fill in.\n`);
  } else {
    const output = openOutput(undefined, false);
    await output.write(text);
    await output.close();
  }
  return 0;
}

/** Placeholder coursework for a credit-bearing starter: two required courses and a "choose 1 of 2" elective group. */
function creditBearingCourses(): Pick<NonNullable<ProposalInput['credential']>, 'courses' | 'electiveGroups'> {
  const credits = { value: 3, unit: 'us-credit-hour' } as const;
  return {
    courses: [
      { code: 'ABC 101', title: 'A required course', credits },
      { code: 'ABC 102', title: 'Another required course', credits },
      { code: 'ABC 201', title: 'An elective option', credits, required: false },
      { code: 'ABC 202', title: 'Another elective option', credits, required: false },
    ],
    electiveGroups: [{ title: 'Electives', choose: 1, options: ['ABC 201', 'ABC 202'] }],
  };
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
