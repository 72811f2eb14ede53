import { extraPacksOf, loadConfig } from './config';
import { chainOf } from '../engine/_lib/build-pack';
import { describePeriods, periodRows } from './effective-text';
import { printableLines, safeJson } from '../engine/format/_printable';
import { openOutput } from './output';
import { cliPacks } from './packs';

export interface PacksOptions {
  readonly extraPack?: readonly string[];
  /** A config file, or `false` for none (default: searched upwards, as `check` does). */
  readonly config?: string | false;
  readonly format: 'stylish' | 'json';
  readonly rules?: boolean;
}

/** `microcred packs`: packs with versions, effective dates and rule counts. */
export async function runPacks(options: PacksOptions): Promise<number> {
  const registry = await (await cliPacks(extraPacksOf(loadConfig(options.config), options.extraPack))).all();
  const rows = registry.list().map((pack) => ({
    id: pack.id,
    name: pack.name,
    version: pack.version,
    extends: chainOf(pack).slice(0, -1).reverse(),
    effective: periodRows(pack.effective),
    rules: {
      own: pack.rules.filter((r) => r.packId === pack.id).length,
      inherited: pack.rules.filter((r) => r.packId !== pack.id).length,
      disabled: pack.disabled.length,
      total: pack.rules.length,
    },
    routeSteps: pack.route.steps.length,
    ...(options.rules && { ruleIds: pack.rules.map((r) => `${r.id} (${r.severity})`) }),
  }));
  const output = openOutput(undefined, undefined);
  if (options.format === 'json') {
    await output.write(safeJson(rows, 2) + '\n');
    await output.close();
    return 0;
  }
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.id} ${row.version}  ${row.name}`);
    if (row.extends.length) lines.push(`  extends:   ${row.extends.join(' -> ')}`);
    lines.push(`  in force:  ${describePeriods(row.effective)}`);
    lines.push(`  rules:     ${row.rules.total} (${row.rules.own} own, ${row.rules.inherited} inherited, ${row.rules.disabled} turned off); route: ${row.routeSteps} steps`);
    if (row.ruleIds) lines.push(...row.ruleIds.map((id) => `    ${id}`));
    lines.push('');
  }
  await output.write(printableLines(lines.join('\n')));
  await output.close();
  return 0;
}
