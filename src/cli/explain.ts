import { describeAppliesTo } from '../engine/applies-to';
import type { Rule } from '../engine/types';
import { describePeriods } from './effective-text';
import { printableLines, safeJson } from '../engine/format/_printable';
import { openOutput } from './output';
import { extraPacksOf, loadConfig } from './config';
import { locateExtraPacks } from './located-packs';
import { readSamples } from './samples';
import { UsageError } from './usage-error';

export interface ExplainOptions {
  readonly extraPack?: readonly string[];
  /** A config file, or `false` for none (default: searched upwards, as `check` does). */
  readonly config?: string | false;
  readonly format: 'stylish' | 'json';
  readonly color?: boolean;
}

/** `microcred explain <rule-id>`: the rule, its severity, citation and samples. */
export async function runExplain(ruleId: string, options: ExplainOptions): Promise<number> {
  const { packs, located } = await locateExtraPacks(extraPacksOf(loadConfig(options.config), options.extraPack));
  const registry = await packs.all();
  let rule: Rule | undefined;
  for (const pack of registry.list()) {
    rule = pack.rules.find((r) => r.id === ruleId && r.packId === pack.id) ?? rule;
  }
  rule ??= registry.list().flatMap((p) => p.rules).find((r) => r.id === ruleId);
  if (!rule) {
    const all = registry.list().flatMap((p) => p.rules.map((r) => r.id));
    const near = all.filter((id) => id.endsWith(`/${ruleId.split('/').pop()}`) || id.includes(ruleId)).slice(0, 5);
    throw new UsageError(`Unknown rule "${ruleId}".${near.length ? ` Did you mean ${near.join(', ')}?` : ' List rules with "microcred packs --rules".'}`);
  }
  // A custom pack's samples are in the folder beside its file.
  const definedBy = rule.packId;
  const samples = readSamples(rule.id, located.find((l) => l.pack.id === definedBy)?.dir);
  const pack = registry.get(rule.packId);
  const output = openOutput(undefined, undefined);
  if (options.format === 'json') {
    const { check: _check, ...data } = rule;
    await output.write(safeJson({ ...data, ...(pack && { packEffective: pack.effective }), samples }, 2) + '\n');
    await output.close();
    return 0;
  }
  const lines = [
    `${rule.id}  (${rule.severity}${rule.overriddenBy ? `, set by ${rule.overriddenBy}` : ''})`,
    `  ${rule.title}`,
    rule.description ? `  ${rule.description}` : '',
    '',
    `  applies to: ${describeAppliesTo(rule.appliesTo)}`,
    `  waivable:   ${rule.waivable ? 'yes' : 'no'}`,
    `  written in: ${rule.language}`,
    pack ? `  in force:   ${describePeriods(pack.effective)}` : '',
    `  source:     ${rule.citation.source}${rule.citation.section ? ` § ${rule.citation.section}` : ''}`,
    `  passage:    "${rule.citation.passage}"`,
    rule.reading ? `  reading:    ${rule.reading}` : '',
    '',
    '  messages:',
    ...Object.entries(rule.messages).map(([id, text]) => `    ${id}: ${text}`),
  ];
  if (rule.logic) lines.push('', '  check (JsonLogic):', ...JSON.stringify(rule.logic, null, 2).split('\n').map((l) => `    ${l}`));
  for (const [kind, list] of [['passing', samples.pass], ['failing', samples.fail]] as const) {
    for (const [file, text] of list) {
      lines.push('', `  ${kind} sample ${file}:`, ...text.trimEnd().split('\n').map((l) => `    ${l}`));
    }
  }
  await output.write(printableLines(lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n')) + '\n');
  await output.close();
  return 0;
}
