import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { readDataFileSync } from '../node/read-file';
import { UsageError } from './usage-error';

/** Config file names, looked for in this order in each directory from the working directory up. */
export const CONFIG_FILES = ['microcred.config.json', 'microcred.config.yaml', 'microcred.config.yml'] as const;

/** A repository's microcred settings, with paths made absolute. */
export interface CliConfig {
  /** The file they came from (`package.json` for its `microcred` key); undefined when none. */
  readonly file?: string;
  /** The directory patterns are relative to: the config file's, else the working directory. */
  readonly base: string;
  /** The packs to judge every file by (`pack`: one, or a list judged together). */
  readonly packs?: readonly string[];
  readonly extraPacks: readonly string[];
  readonly ignore: readonly string[];
  readonly files?: readonly string[];
}

const KEYS = ['pack', 'extraPacks', 'ignore', 'files'] as const;

/** The packs a command loads besides the built-in ones: the config's `extraPacks`, then `--extra-pack`'s. */
export function extraPacksOf(config: CliConfig, given: readonly string[] = []): string[] {
  return [...config.extraPacks, ...given];
}

/**
 * The config in force: the file named by `--config`, none with `--no-config` (`false`), else
 * the first found searching upwards from the working directory.
 */
export function loadConfig(option: string | false | undefined, cwd = process.cwd()): CliConfig {
  if (option === false) return { base: cwd, extraPacks: [], ignore: [] };
  if (option !== undefined) {
    const file = resolve(cwd, option);
    if (!existsSync(file)) throw new UsageError(`Config file ${option} does not exist; check the path given to --config.`);
    return read(file, option.endsWith('package.json'));
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const present = CONFIG_FILES.map((name) => join(dir, name)).filter((file) => existsSync(file));
    if (present.length > 1) throw new UsageError(`Two config files in ${dir} (${present.map((f) => f.slice(dir.length + 1)).join(', ')}); keep one.`);
    if (present.length === 1) return read(present[0]!, false);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && hasMicrocredKey(manifest)) return read(manifest, true);
    if (dirname(dir) === dir) return { base: cwd, extraPacks: [], ignore: [] };
  }
}

function hasMicrocredKey(manifest: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return data !== null && typeof data === 'object' && Object.hasOwn(data, 'microcred');
  } catch {
    // A package.json that does not parse is npm's problem, not a microcred config.
    return false;
  }
}

function read(file: string, fromManifest: boolean): CliConfig {
  const parsed = readDataFileSync(file);
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new UsageError(`Config file ${file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`);
  }
  const where = fromManifest ? `${file} ("microcred")` : file;
  const data = fromManifest ? (parsed.data as Record<string, unknown>).microcred : parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`Config ${where} must be an object with ${KEYS.join(', ')}.`);
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '$schema') continue;
    if (!(KEYS as readonly string[]).includes(key)) throw new UsageError(`Config ${where}: "${key.slice(0, 40)}" is not a setting (settings: ${KEYS.join(', ')}).`);
  }
  const base = dirname(file);
  const list = (key: string): string[] | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) throw new UsageError(`Config ${where}: "${key}" must be a list of non-empty strings.`);
    return value as string[];
  };
  const pack = record.pack;
  const packs = pack === undefined ? undefined : typeof pack === 'string' ? [pack] : Array.isArray(pack) ? (pack as unknown[]) : [];
  if (packs !== undefined && (packs.length === 0 || !packs.every((item) => typeof item === 'string' && item !== ''))) {
    throw new UsageError(`Config ${where}: "pack" must be a pack id, pack file or npm package name, or a non-empty list of them.`);
  }
  const files = list('files');
  return {
    file,
    base,
    ...(packs && { packs: (packs as string[]).map((spec) => packSpec(spec, base)) }),
    extraPacks: (list('extraPacks') ?? []).map((spec) => packSpec(spec, base)),
    ignore: list('ignore') ?? [],
    ...(files && { files }),
  };
}

/** A pack path in a config is relative to the config's directory; ids and package names stay as written. */
function packSpec(spec: string, base: string): string {
  if (isAbsolute(spec) || spec.startsWith('./') || spec.startsWith('../') || /\.(ya?ml|json|m?js|cjs)$/i.test(spec)) return resolve(base, spec);
  return spec;
}
