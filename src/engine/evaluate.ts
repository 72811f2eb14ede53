import { isIsoDate } from '../dates';
import { parseProposal } from '../model/parse';
import type { Proposal } from '../model/proposal';
import { toPointer, type PathSegment, type Violation } from '../model/violation';
import { packIdsText, packsInForce, type EvaluatePacks, type PackInForce } from './compose';
import { InvalidOptionError } from './errors';
import { formatMessage } from './format/messages';
import { planRoute } from './route';
import { applyWaivers } from './waivers';
import { evaluationContext } from './json-logic/budget';
import { engineViolation } from './_lib/engine-violation';
import { isolateExtensions } from './_lib/isolate';
import { orderByPosition } from './_lib/order';
import type { EvaluateOptions, Finding, Report, ReportPack, ReportPackRef, Rule, RuleContext, Verdict, WaivedViolation } from './types';

/**
 * Judges a proposal against a pack, or against several packs together, as of a date: checks
 * it is well-formed, runs every rule in force that applies, applies waivers, and plans the
 * approval route from the recorded decisions.
 *
 * It never throws on the proposal, whatever it holds, and never changes it; the same input
 * gives the same report. A proposal that is not well-formed gets the verdict `invalid` and
 * its `schema/...` violations. Violations come in the order of the places they point to in
 * the input (its key order, array items by index), then by rule id. It throws only for caller mistakes: an `asOf` that is not a
 * `YYYY-MM-DD` date ({@link InvalidOptionError}), a date no revision of a pack covers
 * ({@link NoPolicyInForceError}), or a pack not made by `definePack` / `loadPack`.
 *
 * Revisions: when the proposal states its `revision` and an approval records another, the
 * approval was given to an earlier version. `evaluate` sees only this version, so the one change
 * it knows of is the new revision: the approval stays counted and is reported as
 * `route/earlier-revision` (info), unless the step's `reviewsAgainOn` names `/revision`, when it
 * does not count (`route/approval-not-covering`, warning). Which fields changed, and so whether
 * the approval still covers the proposal, is what {@link diffProposals} tells.
 *
 * Given a list of packs (a campus pack, then packs that add rules beside it, such as a
 * standards pack), each pack is judged at its own revision in force on `asOf` and the report
 * is the same shape: `packs` lists them, `violations`, `checked` and `summary` cover them all,
 * and `reportSections` splits it per pack. Only the first pack may have an approval route (the
 * one the proposal follows), and no pack may be given twice or beside a pack it extends (its
 * rules would count twice); otherwise it throws {@link InvalidOptionError}.
 *
 * @example
 * ```ts
 * import { evaluate } from 'microcred';
 * import { binghamton } from 'microcred/packs';
 *
 * const report = evaluate(proposal, binghamton, { asOf: '2026-11-01' });
 * report.verdict;                              // 'non-compliant'
 * report.violations.map((v) => v.ruleId);      // ['binghamton/max-credits']
 * report.route?.current;                       // ['unit-curriculum']
 *
 * const both = evaluate(proposal, [binghamton, eu], { asOf: '2026-11-01' });
 * both.packs.map((p) => p.id);                 // ['binghamton', 'eu']
 * ```
 */
export function evaluate(input: unknown, packs: EvaluatePacks, options: EvaluateOptions): Report {
  const asOf = options?.asOf;
  if (!isIsoDate(asOf)) throw new InvalidOptionError(`asOf must be a date written as YYYY-MM-DD; got ${JSON.stringify(asOf)}.`);
  const judged = packsInForce(packs, asOf);
  const first = judged[0]!;
  // A pack without the text of the revision in force: say which text the proposal is judged by.
  const textNotices = textNoticesOf(judged, asOf);

  const parsed = parseProposal(input);
  if (!parsed.success) {
    // Not a proposal, so there is nothing to judge: the same verdict the CLI gives such a file.
    const refs = judged.map(({ ref }) => withRulesChecked(ref, 0));
    return { ...finish(first.ref, refs, asOf, orderByPosition([...parsed.issues, ...textNotices], input), [], undefined, []), verdict: 'invalid' };
  }
  const proposal = isolateExtensions(parsed.proposal);
  const found: Violation[] = [];
  let most = 0;
  for (let p = 0; p < judged.length; p++) most += judged[p]!.pack.rules.length;
  // At most every rule runs: made at that length and cut to the rules that ran, not grown.
  const checked: string[] = new Array(most);
  let ran = 0;
  const refs: ReportPack[] = [];
  for (let p = 0; p < judged.length; p++) {
    const { pack, compiled, ref } = judged[p]!;
    // One work budget for all of a pack's JsonLogic on this proposal (LOGIC_LIMITS.maxEvaluationSteps).
    const context = evaluationContext(asOf, pack.frameworks, ref);
    const before = ran;
    const rules = pack.rules;
    const appliesTo = compiled.appliesTo;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const applies = appliesTo[r];
      if ((applies !== undefined && !applies(proposal.credential)) || (rule.effective !== undefined && !inForce(rule, asOf))) continue;
      checked[ran++] = rule.id;
      runRule(rule, proposal, context, found);
    }
    refs.push(withRulesChecked(ref, ran - before));
  }
  checked.length = ran;
  if (proposal.policy !== undefined && !judged.some(({ pack }) => pack.id === proposal.policy)) {
    found.push(engineViolation('proposal/policy-mismatch', 'policy-mismatch', 'warning', ['policy'], { policy: proposal.policy, pack: packIdsText(judged.map((j) => j.pack)) }));
  }
  for (let n = 0; n < textNotices.length; n++) found.push(textNotices[n]!);
  let route: Report['route'];
  try {
    // Only the first pack may have a route (packsInForce checks): the one the proposal follows.
    const planned = planRoute(first.pack, first.compiled, proposal, asOf);
    route = planned.route;
    for (let v = 0; v < planned.violations.length; v++) found.push(planned.violations[v]!);
  } catch (error) {
    // Only a route condition (`when`) of the pack can throw here, on data it did not expect.
    found.push(engineViolation('engine/route-failed', 'route-failed', 'error', [], { pack: first.pack.id, error: describeError(error) }));
  }
  // Without waivers nothing moves: spare the list of the packs' rule ids.
  const { violations, waived } =
    proposal.waivers.length === 0
      ? { violations: found, waived: [] as WaivedViolation[] }
      : applyWaivers(
          proposal.waivers,
          found,
          judged.map(({ pack, compiled }) => ({ pack, ruleIds: compiled.ruleIds })),
          asOf,
        );
  return finish(first.ref, refs, asOf, ordered(violations, input), ordered(waived, input), route, checked);
}

/** The info notices of packs judged by another revision's text than the one in force. */
function textNoticesOf(judged: readonly PackInForce[], asOf: string): Violation[] {
  const notices: Violation[] = [];
  for (let i = 0; i < judged.length; i++) {
    const { pack, period } = judged[i]!;
    if (period.textApplied === undefined) continue;
    notices.push(engineViolation('pack/text-not-held', 'text-not-held', 'info', [], { pack: pack.id, revision: period.revision, textApplied: period.textApplied, asOf }));
  }
  return notices;
}

/** A pack's entry in `packs`: its reference and how many of its rules ran (keys in report order). */
function withRulesChecked(ref: ReportPackRef, rulesChecked: number): ReportPack {
  // Written out rather than spread: spreading the reference is a slow copy on this hot path.
  return ref.textApplied === undefined
    ? { id: ref.id, version: ref.version, revision: ref.revision, rulesChecked }
    : { id: ref.id, version: ref.version, revision: ref.revision, textApplied: ref.textApplied, rulesChecked };
}

/** A list of this evaluation's own in position order; none or one needs no sorting (nor a copy). */
function ordered<T extends Violation>(violations: T[], input: unknown): T[] {
  return violations.length < 2 ? violations : orderByPosition(violations, input);
}

function inForce(rule: Rule, asOf: string): boolean {
  const window = rule.effective;
  if (!window) return true;
  return (window.from === undefined || asOf >= window.from) && (window.to === undefined || asOf <= window.to);
}

function runRule(rule: Rule, proposal: Proposal, context: RuleContext, out: Violation[]): void {
  try {
    const result = rule.check(proposal, context);
    // Nothing found is the common case: it allocates nothing.
    if (result === undefined || result === null || typeof result !== 'object') return;
    // Converted in full before any is kept, so a finding that fails leaves no half report.
    const found = Array.isArray(result) ? findingsOf(rule, result as readonly (Finding | null | undefined)[]) : [toViolation(rule, result as Finding)];
    for (const violation of found) out.push(violation);
  } catch (error) {
    // A check that throws, runs past a JsonLogic limit or returns data that is not JSON is a
    // fault in the pack; report it instead of failing the evaluation.
    out.push({
      ...engineViolation('engine/rule-failed', 'rule-failed', 'error', [], { ruleId: rule.id, error: describeError(error) }),
      ruleId: rule.id,
      packId: rule.packId,
    });
  }
}

/** The violations of a list of findings; holes and nullish entries (sparse arrays) are none. */
function findingsOf(rule: Rule, findings: readonly (Finding | null | undefined)[]): Violation[] {
  const found: Violation[] = [];
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    if (finding !== undefined && finding !== null) found.push(toViolation(rule, finding));
  }
  return found;
}

function toViolation(rule: Rule, finding: Finding | null | undefined): Violation {
  const safe: Finding = finding !== null && typeof finding === 'object' ? finding : {};
  if (safe.messageId !== undefined && (typeof safe.messageId !== 'string' || !Object.hasOwn(rule.messages, safe.messageId))) {
    // A wrong id is a fault in the pack: swapping in another message would say something else.
    throw new Error(`The check returned messageId ${JSON.stringify(safe.messageId)}, which is not one of the rule's messages (${Object.keys(rule.messages).join(', ')}).`);
  }
  const messageId = safe.messageId ?? firstMessageId(rule);
  const path = Array.isArray(safe.path) ? (safe.path.filter((s) => typeof s === 'string' || typeof s === 'number') as PathSegment[]) : [];
  const data = safe.data !== null && typeof safe.data === 'object' ? safe.data : undefined;
  // Reports are data: every formatter writes them as JSON, so a finding's data must be JSON.
  if (data !== undefined) JSON.stringify(data);
  const message = formatMessage(rule.messages[messageId] ?? rule.title, data);
  // Two literals rather than a conditional spread (a slow copy): the keys keep their order.
  return data !== undefined
    ? { ruleId: rule.id, packId: rule.packId, severity: rule.severity, messageId, message, data, path, pointer: toPointer(path), citation: rule.citation }
    : { ruleId: rule.id, packId: rule.packId, severity: rule.severity, messageId, message, path, pointer: toPointer(path), citation: rule.citation };
}

function firstMessageId(rule: Rule): string {
  for (const id in rule.messages) return id;
  return 'default';
}

/** What a pack's check or condition threw, as text; never throws, whatever was thrown. */
function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${String(error.name)}: ${String(error.message)}`;
    return String(error);
  } catch {
    // A null-prototype object, a throwing toString or message, a revoked proxy.
    return 'a value that cannot be shown as text';
  }
}

function finish(
  pack: ReportPackRef,
  packs: readonly ReportPack[],
  asOf: string,
  violations: Violation[],
  waived: Report['waived'],
  route: Report['route'],
  checked: string[],
): Report {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const v of violations) {
    if (v.severity === 'error') errors++;
    else if (v.severity === 'warning') warnings++;
    else infos++;
  }
  const verdict: Verdict = errors > 0 ? 'non-compliant' : warnings > 0 ? 'compliant-with-warnings' : 'compliant';
  const summary = { errors, warnings, infos, waived: waived.length, rulesChecked: checked.length };
  // Two literals rather than a conditional spread (a slow copy): the keys keep their order.
  return route !== undefined
    ? { pack, packs, asOf, verdict, violations, waived, route, checked, summary }
    : { pack, packs, asOf, verdict, violations, waived, summary };
}
