import { formatRoute } from '../engine/format/stylish';
import { printable, safeJson } from '../engine/format/_printable';
import { readDataFile } from '../node/read-file';
import { judge } from './check';
import { openOutput } from './output';
import { extraPacksOf, loadConfig } from './config';
import { cliPacks, resolvePackList } from './packs';

export interface RouteOptions {
  /** Packs to judge by, together (repeated `--pack`); the route is the first pack's. */
  readonly pack?: readonly string[];
  readonly extraPack?: readonly string[];
  /** A config file, or `false` for none (default: searched upwards, as `check` does). */
  readonly config?: string | false;
  readonly asOf: string;
  readonly format: 'stylish' | 'json';
  readonly color?: boolean;
}

/** `microcred route <file>`: the approval route, each step's status, reason and expected date. */
export async function runRoute(file: string, options: RouteOptions): Promise<number> {
  // The config's packs and extra packs, as `check` reads them, so both judge a file alike.
  const config = loadConfig(options.config);
  const packs = await cliPacks(extraPacksOf(config, options.extraPack));
  const forced = await resolvePackList(packs, options.pack?.length ? options.pack : config.packs);
  const result = await judge(file, await readDataFile(file), packs, forced, options.asOf);
  const output = openOutput(undefined, options.color);
  if (options.format === 'json') {
    await output.write(safeJson({ file, pack: result.pack, ...(result.packs && result.packs.length > 1 && { packs: result.packs }), asOf: result.asOf, route: result.route, errors: result.errors }, 2) + '\n');
    await output.close();
    return result.route ? 0 : 2;
  }
  if (!result.route) {
    for (const e of result.errors) process.stderr.write(printable(`${file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`) + '\n');
    return 2;
  }
  // Judged by several packs: the route is the first one's; the others are named after it.
  const others = (result.packs ?? []).slice(1).map((p) => `; with ${p.id} ${p.version} (revision ${p.revision})`).join('');
  await output.write(`${printable(file)}\n  ${printable(`${result.pack!.id} ${result.pack!.version} (revision ${result.pack!.revision})${others}, as of ${result.asOf}`)}\n`);
  await output.write(formatRoute(result.route, { color: output.color, details: true }) + '\n');
  await output.close();
  return 0;
}
