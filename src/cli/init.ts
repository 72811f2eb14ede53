import { existsSync, writeFileSync } from 'node:fs';
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
  if (file && existsSync(file) && !options.force) throw new UsageError(`${file} already exists; choose another name or pass --force to overwrite it.`);
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
    `# Explain any rule with: npx microcred explain <rule-id>`,
    '',
  ].join('\n');
  const text = header + dump(starter, { lineWidth: 100, noRefs: true });
  if (file) {
    writeFileSync(file, text);
    process.stderr.write(`Wrote ${file}: ${report.violations.length} thing(s) to fill in.\n`);
  } else {
    const output = openOutput(undefined, false);
    await output.write(text);
    await output.close();
  }
  return 0;
}
