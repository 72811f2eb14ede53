import type { Violation } from '../model/violation';
import { InvalidOptionError, NoPolicyInForceError, type Problem } from './errors';
import { periodInForce } from './_lib/effective';
import { compiledOf, type CompiledPack } from './_lib/internal';
import type { EffectivePeriod, Pack, ReportPack, ReportPackRef, Verdict, WaivedViolation } from './types';

/**
 * The packs a proposal is judged by: one pack, or a non-empty list of packs judged together
 * (a campus pack first, then packs that add rules beside it, such as a standards pack).
 *
 * @example
 * ```ts
 * const one: EvaluatePacks = binghamton;
 * const both: EvaluatePacks = [binghamton, eu];
 * ```
 */
export type EvaluatePacks = Pack | readonly Pack[];

/** One pack of an evaluation, with what the engine needs to judge by it. */
export interface PackInForce {
  readonly pack: Pack;
  readonly compiled: CompiledPack;
  readonly period: EffectivePeriod;
  readonly ref: ReportPackRef;
}

/**
 * Checks that packs can judge a proposal together and finds each one's revision in force.
 * Throws for a caller's mistake: no pack, something that is not a pack, a date no revision
 * covers, or packs that overlap (the same pack, or two that include one pack's rules) or
 * that bring a second approval route (only the first pack may have one: a proposal follows
 * one route, its own campus's).
 */
export function packsInForce(packs: EvaluatePacks, asOf: string): PackInForce[] {
  const list: readonly Pack[] = Array.isArray(packs) ? packs : [packs as Pack];
  if (list.length === 0) throw new InvalidOptionError('No pack to judge by: give a pack, or a list of at least one pack.');
  const inForce = list.map((pack, i): PackInForce => {
    const compiled = pack !== null && typeof pack === 'object' ? compiledOf(pack) : undefined;
    if (!compiled) {
      const which = list.length === 1 ? 'The pack' : `Pack ${i + 1} of ${list.length}`;
      throw new InvalidOptionError(`${which} was not made by definePack or loadPack.`, [{ path: ['packs', i], code: 'not-a-pack', message: 'Not made by definePack or loadPack.' }]);
    }
    const period = periodInForce(pack.effective, asOf);
    if (!period) throw new NoPolicyInForceError(pack.id, asOf, pack.effective[0]?.from);
    const ref: ReportPackRef =
      period.textApplied === undefined
        ? { id: pack.id, version: pack.version, revision: period.revision }
        : { id: pack.id, version: pack.version, revision: period.revision, textApplied: period.textApplied };
    return { pack, compiled, period, ref };
  });
  if (inForce.length > 1) {
    const problems = combinationProblems(list);
    if (problems.length > 0) {
      throw new InvalidOptionError(`These packs cannot judge a proposal together: ${problems.map((p) => p.message).join(' ')}`, problems);
    }
  }
  return inForce;
}

/**
 * What stops packs from judging a proposal together: a pack given twice or included in
 * another (through `extends`: its rules would run, and count, twice), and a route on any pack
 * but the first. Rule ids start with the id of the pack that defines them, so packs that share
 * no pack share no rule.
 */
export function combinationProblems(packs: readonly Pack[]): Problem[] {
  const problems: Problem[] = [];
  const chains = packs.map((pack) => lineageOf(pack));
  packs.forEach((pack, i) => {
    for (let j = 0; j < i; j++) {
      const shared = chains[i]!.filter((id) => chains[j]!.includes(id));
      if (shared.length > 0) {
        const what =
          pack.id === packs[j]!.id
            ? `Pack "${pack.id}" is given twice.`
            : `Packs "${packs[j]!.id}" and "${pack.id}" both include the rules of "${shared.join('", "')}" (through "extends"); give only one of them.`;
        problems.push({ path: ['packs', i], code: 'overlapping-packs', message: what });
        return;
      }
    }
    if (i > 0 && pack.route.steps.length > 0) {
      problems.push({
        path: ['packs', i],
        code: 'second-route',
        message: `Pack "${pack.id}" has an approval route, and only the first pack may have one (a proposal follows one route): give one pack with a route, first, and after it only packs without one.`,
      });
    }
  });
  return problems;
}

/** Ids of a pack and the packs it extends. */
function lineageOf(pack: Pack): string[] {
  const ids: string[] = [];
  for (let p: Pack | undefined = pack; p; p = p.parent) ids.push(p.id);
  return ids;
}

/** The ids of the packs, as the engine's messages name a group of them. */
export function packIdsText(packs: readonly { readonly id: string }[]): string {
  return packs.map((p) => p.id).join(' + ');
}

/**
 * One pack's part of a report: its findings, the waived findings of its rules, the rules of
 * it that ran, and the verdict they give on their own (see {@link reportSections}).
 *
 * @example
 * ```ts
 * const [campus, standard]: ReportSection[] = reportSections(report);
 * standard.pack.id;   // 'eu'
 * standard.verdict;   // 'non-compliant'
 * ```
 */
export interface ReportSection<V extends Violation = Violation, W extends WaivedViolation = WaivedViolation> {
  readonly pack: ReportPack;
  /** `invalid` for every section of a proposal that is not well-formed. */
  readonly verdict: Verdict;
  readonly violations: readonly V[];
  readonly waived: readonly W[];
  readonly checked: readonly string[];
}

/**
 * What {@link reportSections} reads: a report from `evaluate`, or a file's result in a run
 * (`FileResult`, as the formatters get it).
 *
 * @example
 * ```ts
 * const sectioned: SectionedReport = evaluate(proposal, [binghamton, eu], { asOf: '2026-11-01' });
 * ```
 */
export interface SectionedReport<V extends Violation = Violation, W extends WaivedViolation = WaivedViolation> {
  readonly packs?: readonly ReportPack[];
  readonly verdict: Verdict;
  readonly violations: readonly V[];
  readonly waived: readonly W[];
  readonly checked?: readonly string[];
}

/**
 * Splits a report into one section per pack it was judged by, in the order of `packs`. A
 * finding belongs to the pack whose rule it is; an engine finding that names a pack of the
 * report (`data.pack`: a revision's text not held, a waiver of that pack's rule) to that
 * pack; every other engine finding (the route, the proposal's `policy`, a waiver of no
 * pack's rule, the file format) to the first pack, whose route the proposal follows. A report
 * judged by one pack is one section holding everything; a result with no pack (a file that
 * could not be read) has none.
 *
 * @example
 * ```ts
 * const report = evaluate(proposal, [binghamton, eu], { asOf: '2026-11-01' });
 * reportSections(report).map((section) => [section.pack.id, section.verdict, section.violations.map((v) => v.ruleId)]);
 * // [['binghamton', 'compliant', []], ['eu', 'non-compliant', ['eu/workload']]]
 * ```
 */
export function reportSections<V extends Violation, W extends WaivedViolation>(report: SectionedReport<V, W>): ReportSection<V, W>[] {
  const packs = report.packs ?? [];
  if (packs.length === 0) return [];
  const checked = report.checked ?? [];
  if (packs.length === 1) return [{ pack: packs[0]!, verdict: report.verdict, violations: report.violations, waived: report.waived, checked }];
  // `checked` lists the packs' rules pack by pack, `rulesChecked` of each.
  const sectionOfRule = new Map<string, number>();
  const checkedBy: string[][] = packs.map(() => []);
  let at = 0;
  packs.forEach((pack, i) => {
    for (const id of checked.slice(at, at + pack.rulesChecked)) {
      sectionOfRule.set(id, i);
      checkedBy[i]!.push(id);
    }
    at += pack.rulesChecked;
  });
  const sectionOf = (v: Violation): number => {
    const byRule = sectionOfRule.get(v.ruleId);
    if (byRule !== undefined) return byRule;
    const named = v.data?.pack;
    const byName = typeof named === 'string' ? packs.findIndex((p) => p.id === named) : -1;
    return byName >= 0 ? byName : 0;
  };
  const violations: V[][] = packs.map(() => []);
  const waived: W[][] = packs.map(() => []);
  for (const v of report.violations) violations[sectionOf(v)]!.push(v);
  for (const w of report.waived) waived[sectionOf(w)]!.push(w);
  return packs.map((pack, i) => ({
    pack,
    verdict: report.verdict === 'invalid' ? 'invalid' : verdictOf(violations[i]!),
    violations: violations[i]!,
    waived: waived[i]!,
    checked: checkedBy[i]!,
  }));
}

/** The verdict a list of findings gives. */
export function verdictOf(violations: readonly Violation[]): Verdict {
  let warnings = false;
  for (const v of violations) {
    if (v.severity === 'error') return 'non-compliant';
    if (v.severity === 'warning') warnings = true;
  }
  return warnings ? 'compliant-with-warnings' : 'compliant';
}
