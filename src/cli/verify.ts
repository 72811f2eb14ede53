import { resolve } from 'node:path';
import { builtinPackLoaders } from '../../policies/lazy';
import { verifyPackDir } from '../node/verify-pack-dir';
import { verifyPack } from '../engine/verify/verify-pack';
import { loadConfig } from './config';
import { locatePack } from './located-packs';
import { openOutput } from './output';
import { CliPacks } from './packs';
import { formatVerify, type VerifiedPack, type VerifyFormat } from './verify-format';

export interface VerifyOptions {
  readonly format: VerifyFormat;
  readonly sources?: readonly string[];
  readonly asOf?: string;
  readonly output?: string;
  readonly verbose?: boolean;
  readonly color?: boolean;
  /** `--config <file>`, or `false` for `--no-config`. */
  readonly config?: string | false;
}

/**
 * `microcred verify [pack ...]`: runs each pack's samples and scenarios and checks its
 * citations against the source texts beside it. Exit 0 when everything passes, 1 when a check
 * fails; a pack that cannot be loaded is a usage error (exit 2, thrown).
 */
export async function runVerify(specs: readonly string[], options: VerifyOptions): Promise<number> {
  const packs = new CliPacks();
  // With no pack named, the packs the repository's config uses, else every built-in pack.
  const config = specs.length > 0 ? undefined : loadConfig(options.config);
  const configured = config ? [...(config.packs ?? []), ...config.extraPacks] : [];
  const given = specs.length > 0 ? specs : configured.length > 0 ? configured : Object.keys(builtinPackLoaders);
  const verified: VerifiedPack[] = [];
  for (const spec of given) {
    const located = await locatePack(packs, spec);
    const settings = { sources: (options.sources ?? []).map((dir) => resolve(dir)), ...(options.asOf !== undefined && { asOf: options.asOf }) };
    const result = located.dir ? verifyPackDir(located.pack, located.dir, settings) : verifyPack(located.pack, options.asOf !== undefined ? { asOf: options.asOf } : {});
    verified.push({ spec, result });
  }
  const output = openOutput(options.output, options.color);
  await output.write(formatVerify(verified, options.format, { color: output.color, verbose: options.verbose === true }));
  await output.close();
  return verified.every((v) => v.result.ok) ? 0 : 1;
}
