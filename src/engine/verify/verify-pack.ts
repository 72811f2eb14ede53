import type { Citation } from '../../model/violation';
import { findPassage } from '../citations';
import type { Pack } from '../types';
import { verifySample } from './samples';
import { verifyScenario } from './scenario';
import type { PackSample, VerifyCheck, VerifyPackOptions, VerifyResult } from './types';

/** Samples are judged at a fixed date, so results never depend on the clock. */
const SAMPLE_DATE = '2026-06-01';

/**
 * The date {@link verifyPack} judges samples at when none is given: 2026-06-01, or the start
 * of the pack's latest revision when that is later. Fixed, so a pack's samples give the same
 * result on any day.
 *
 * @example
 * ```ts
 * defaultSampleDate(pack); // '2026-06-01'
 * ```
 */
export function defaultSampleDate(pack: Pack): string {
  const starts = pack.effective.map((period) => period.from).filter((from): from is string => from !== undefined);
  const latest = starts.sort().at(-1);
  return latest !== undefined && latest > SAMPLE_DATE ? latest : SAMPLE_DATE;
}

/** The name of a rule inside its pack: `acme/max-credits` -> `max-credits`. */
export function ruleName(ruleId: string): string {
  return ruleId.slice(ruleId.indexOf('/') + 1);
}

/**
 * Verifies a pack against its own samples, scenarios and source texts, all already read (see
 * `verifyPackDir` in `microcred/node` to read them from the pack's folder). Checks, in order:
 *
 * - every own rule has a passing and a failing sample (`coverage`);
 * - each `pass` sample is a well-formed proposal on which the rule runs and reports nothing;
 *   each `fail` sample makes it report, with the message id and path it expects (`sample`);
 * - every sample belongs to an own rule of the pack (`samples-folder`);
 * - each scenario gives the verdict, rule ids, route statuses and dates it states (`scenario`);
 * - every citation of the pack's own rules, route steps and `notEnforced` passages is found
 *   in its source text (`citation`; skipped when the text is not given).
 *
 * Pure: the same input gives the same result, and it never throws on samples or scenarios.
 *
 * @example
 * ```ts
 * const result = verifyPack(pack, { samples, scenarios, sources: { 'policy.md': policyText } });
 * result.ok;                                               // true when nothing failed
 * result.checks.filter((c) => c.status === 'fail');        // what to fix
 * ```
 */
export function verifyPack(pack: Pack, options: VerifyPackOptions = {}): VerifyResult {
  const asOf = options.asOf ?? defaultSampleDate(pack);
  const own = pack.rules.filter((rule) => rule.packId === pack.id);
  const samples = [...(options.samples ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byRule = new Map<string, PackSample[]>();
  for (const sample of samples) byRule.set(sample.rule, [...(byRule.get(sample.rule) ?? []), sample]);

  const checks: VerifyCheck[] = [];
  for (const rule of own) {
    const mine = byRule.get(ruleName(rule.id)) ?? [];
    const missing = (['pass', 'fail'] as const).filter((kind) => !mine.some((s) => s.expected === kind));
    checks.push({
      kind: 'coverage',
      name: `${rule.id} has a passing and a failing sample`,
      ruleId: rule.id,
      status: missing.length ? 'fail' : 'pass',
      problems: missing.map((kind) => ({ code: `no-${kind}-sample`, message: `Add samples/${ruleName(rule.id)}/${kind}-*.yaml.` })),
    });
  }
  for (const rule of own) {
    for (const sample of byRule.get(ruleName(rule.id)) ?? []) checks.push(verifySample(pack, rule, sample, asOf));
  }
  const names = new Set(own.map((rule) => ruleName(rule.id)));
  const strays = [...new Set(samples.filter((s) => !names.has(s.rule)).map((s) => s.rule))];
  checks.push({
    kind: 'samples-folder',
    name: 'every samples folder belongs to a rule of the pack',
    status: strays.length ? 'fail' : 'pass',
    problems: strays.map((folder) => ({ code: 'unknown-rule', message: `samples/${folder}/ names no rule of pack ${pack.id} (its rules: ${[...names].join(', ') || 'none'}).` })),
  });
  const scenarios = [...(options.scenarios ?? [])].sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const scenario of scenarios) checks.push(verifyScenario(pack, scenario));
  checks.push(...verifyCitations(pack, options.sources ?? {}));

  const count = (status: VerifyCheck['status']) => checks.filter((c) => c.status === status).length;
  const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip') };
  return { packId: pack.id, asOf, ok: summary.failed === 0, checks, summary };
}

/**
 * Every citation a pack makes itself (not those it inherits): its rules, its route steps and
 * the passages it does not enforce, each with a readable name.
 *
 * @example
 * ```ts
 * ownCitations(pack).map((c) => c.citation.source); // ['policy.md', 'policy.md', ...]
 * ```
 */
export function ownCitations(pack: Pack): { readonly name: string; readonly ruleId?: string; readonly stepId?: string; readonly citation: Citation }[] {
  return [
    ...pack.rules.filter((r) => r.packId === pack.id).map((r) => ({ name: `rule ${r.id}`, ruleId: r.id, citation: r.citation })),
    ...pack.route.steps.filter((s) => s.packId === pack.id).map((s) => ({ name: `route step ${s.id}`, stepId: s.id, citation: s.citation })),
    ...pack.notEnforced.filter((n) => n.by === pack.id).map((n, i) => ({ name: `notEnforced[${i}]`, citation: n.citation })),
  ];
}

function verifyCitations(pack: Pack, sources: Readonly<Record<string, string>>): VerifyCheck[] {
  return ownCitations(pack).map(({ name, ruleId, stepId, citation }) => {
    const base = { kind: 'citation' as const, name: `citation of ${name} is in ${citation.source}`, file: citation.source, ...(ruleId && { ruleId }), ...(stepId && { stepId }) };
    const text = Object.hasOwn(sources, citation.source) ? sources[citation.source] : undefined;
    if (text === undefined) {
      return { ...base, status: 'skip' as const, problems: [{ code: 'source-not-given', message: `The text of ${citation.source} was not found, so the passage was not checked.` }] };
    }
    const match = findPassage(citation.passage, text);
    if (match.found) return { ...base, status: 'pass' as const, problems: [] };
    const index = match.missing === undefined ? -1 : match.parts.indexOf(match.missing);
    const part = match.parts.length > 1 && index >= 0 ? ` (part ${index + 1} of ${match.parts.length}, between its elisions)` : '';
    return { ...base, status: 'fail' as const, problems: [{ code: 'passage-not-found', message: `The passage${part} is not in ${citation.source}.` }] };
  });
}
