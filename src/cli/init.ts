import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { CredentialKind, Level } from '../model/credential';
import { PROPOSAL_SCHEMA_ID } from '../model/json-schema';
import { initTemplate } from './init-template';
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
  const { text, asks } = initTemplate(pack, { ...options, schema: schemaReference(file), ...(file !== undefined && { file }) });
  if (file) {
    writeFileSync(file, text);
    process.stderr.write(`Wrote ${file}: ${asks} thing(s) to fill in.\n`);
  } else {
    const output = openOutput(undefined, false);
    await output.write(text);
    await output.close();
  }
  return 0;
}
