import { parseProposal } from '../../model/parse';
import type { Proposal } from '../../model/proposal';
import type { Violation } from '../../model/violation';
import { evaluate } from '../evaluate';
import { InvalidOptionError } from '../errors';
import { compiledOf } from '../_lib/internal';
import { planRoute } from '../route';
import type { Pack, Report } from '../types';
import { fieldChanges, translatePath, type FieldDiff } from './field-changes';
import { approvalsNotCovering, routeStepChanges } from './route-changes';
import type { ApprovalNotCovering, DiffProposalsOptions, DiffSide, ProposalDiff, ViolationChanges } from './types';

/**
 * Compares two versions of a proposal under one pack as of one date: the fields the edit
 * changed, the verdict and violations before and after, the route steps it brings in or takes
 * out, and the recorded approvals it leaves not covering the proposal.
 *
 * Approvals and revisions: `evaluate` sees one version, so the one change it can see is a new
 * `revision` (a decision recording another revision than the proposal's). It reports such a
 * decision (`route/earlier-revision`, info) and keeps it, unless the step's `reviewsAgainOn`
 * names `/revision`. `diffProposals` sees what changed: an approval recorded in the old version
 * no longer covers the new one when the edit changed a field its step's `reviewsAgainOn` names
 * (by default any field of `credential`); the new version's route (`after.route`) then shows
 * the step to be decided again. An approval first recorded in the new version is taken as
 * given to it.
 *
 * Violations are matched by rule id, message id and place (courses, outcomes and evidence items
 * by identity, so a moved course keeps its findings). A version that is not a well-formed
 * proposal gets the verdict `invalid` and its `schema/...` violations, as with `evaluate`, and
 * no field changes are listed. Pure and deterministic: it never throws on either version and
 * never changes them; it throws only for caller mistakes, as `evaluate` does.
 *
 * @example
 * ```ts
 * import { diffProposals } from 'microcred';
 * import { binghamton } from 'microcred/packs';
 *
 * const diff = diffProposals(before, after, binghamton, { asOf: '2026-11-01' });
 * diff.fields.map((f) => `${f.kind} ${f.pointer}`);       // ['changed /credential/courses/2/credits/value']
 * diff.violations.introduced.map((v) => v.ruleId);       // ['binghamton/max-credits']
 * diff.route.approvalsNotCovering.map((a) => a.step);    // ['unit-curriculum', 'office-review']
 * ```
 */
export function diffProposals(before: unknown, after: unknown, pack: Pack, options: DiffProposalsOptions): ProposalDiff {
  const oldReport = evaluate(before, pack, options);
  const newReport = evaluate(after, pack, options);
  const compiled = compiledOf(pack);
  if (!compiled) throw new InvalidOptionError('The pack was not made by definePack or loadPack.');
  const oldProposal = parsed(before, oldReport);
  const newProposal = parsed(after, newReport);

  const comparable = oldProposal !== undefined && newProposal !== undefined;
  const fields: FieldDiff = comparable ? fieldChanges(oldProposal, newProposal) : { changes: [], moves: new Map() };
  const violations = compareViolations(oldReport.violations, newReport.violations, fields.moves);
  const steps = oldReport.route && newReport.route ? routeStepChanges(pack, oldReport.route, newReport.route, fields.changes) : [];
  const notCovering: ApprovalNotCovering[] = comparable ? approvalsNotCovering(pack, compiled, oldProposal, newProposal, options.asOf, fields.changes) : [];
  let newRoute = newReport.route;
  if (newProposal && notCovering.length > 0) {
    newRoute = planRoute(pack, compiled, newProposal, options.asOf, { notCovering: new Set(notCovering.map((a) => a.approval)) }).route;
  }

  const count = (list: readonly Violation[]) => ({
    errors: list.filter((v) => v.severity === 'error').length,
    warnings: list.filter((v) => v.severity === 'warning').length,
    infos: list.filter((v) => v.severity === 'info').length,
  });
  const changed =
    fields.changes.length > 0 || violations.introduced.length > 0 || violations.resolved.length > 0 || steps.length > 0 || notCovering.length > 0;
  return {
    pack: newReport.pack,
    asOf: options.asOf,
    changed,
    before: side(oldReport, oldProposal, oldReport.route),
    after: side(newReport, newProposal, newRoute),
    fields: fields.changes,
    violations,
    route: { steps, approvalsNotCovering: notCovering },
    summary: {
      fields: fields.changes.length,
      introduced: count(violations.introduced),
      resolved: count(violations.resolved),
      routeSteps: steps.length,
      approvalsNotCovering: notCovering.length,
    },
  };
}

/** The parsed proposal behind a report, when the input is well-formed. */
function parsed(input: unknown, report: Report): Proposal | undefined {
  if (report.verdict === 'invalid') return undefined;
  const result = parseProposal(input);
  return result.success ? result.proposal : undefined;
}

function side(report: Report, proposal: Proposal | undefined, route: Report['route']): DiffSide {
  const { errors, warnings, infos } = report.summary;
  return {
    verdict: report.verdict,
    ...(proposal?.revision !== undefined && { revision: proposal.revision }),
    summary: { errors, warnings, infos },
    ...(route && { route: { state: route.state, current: route.current } }),
  };
}

/** Matches violations by rule id, message id and place, the old places moved to the new. */
function compareViolations(before: readonly Violation[], after: readonly Violation[], moves: FieldDiff['moves']): ViolationChanges {
  const waiting = new Map<string, number>();
  for (const v of before) {
    const key = keyOf(v, translatePath(v.path, moves));
    waiting.set(key, (waiting.get(key) ?? 0) + 1);
  }
  const introduced: Violation[] = [];
  const unchanged: Violation[] = [];
  const matched = new Map<string, number>();
  for (const v of after) {
    const key = keyOf(v, v.path);
    const left = waiting.get(key) ?? 0;
    if (left > 0) {
      waiting.set(key, left - 1);
      matched.set(key, (matched.get(key) ?? 0) + 1);
      unchanged.push(v);
    } else introduced.push(v);
  }
  const resolved: Violation[] = [];
  for (const v of before) {
    const key = keyOf(v, translatePath(v.path, moves));
    const used = matched.get(key) ?? 0;
    if (used > 0) matched.set(key, used - 1);
    else resolved.push(v);
  }
  return { introduced, resolved, unchanged };
}

function keyOf(v: Violation, path: Violation['path'] | undefined): string {
  // A finding on an item the edit removed matches nothing in the new version.
  return JSON.stringify([v.ruleId, v.messageId, path === undefined ? null : path]);
}
