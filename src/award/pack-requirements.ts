import type { Credential } from '../model/credential';
import type { Citation } from '../model/violation';
import { evaluate } from '../engine/evaluate';
import type { Pack } from '../engine/types';

/** A rule of a pack that makes accepted evidence a condition of award. */
export interface EvidenceRule {
  readonly ruleId: string;
  readonly packId: string;
  readonly citation?: Citation;
}

/**
 * Which of a pack's rules require a credential's badge to rest on submitted evidence.
 *
 * Packs state this as a condition on the proposal (for example, that a credit-bearing
 * credential's `credential.evidence.required` is true). This asks the pack itself rather than
 * reading its rules' text: the credential is judged twice, once with evidence required and once
 * without, and every error-severity rule in force on `asOf` that objects only to the second
 * version is such a rule. Warnings ("generally", "should") do not make evidence a condition.
 *
 * @throws the errors of {@link evaluate} for a malformed `asOf` or a date the pack does not cover.
 * @example
 * ```ts
 * evidenceRulesOf(credential, acme, '2026-06-01').map((r) => r.ruleId);
 * // ['acme/badge-evidence'] when that rule requires credential.evidence.required
 * ```
 */
export function evidenceRulesOf(credential: Credential, pack: Pack, asOf: string): readonly EvidenceRule[] {
  const withEvidence = objectionsTo(credential, true, pack, asOf);
  const withoutEvidence = objectionsTo(credential, false, pack, asOf);
  const rules: EvidenceRule[] = [];
  for (const [ruleId, found] of withoutEvidence) {
    if (found.count <= (withEvidence.get(ruleId)?.count ?? 0)) continue;
    rules.push({ ruleId, packId: found.packId, ...(found.citation && { citation: found.citation }) });
  }
  return rules.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

interface Objection {
  count: number;
  readonly packId: string;
  readonly citation: Citation | undefined;
}

function objectionsTo(credential: Credential, evidenceRequired: boolean, pack: Pack, asOf: string): Map<string, Objection> {
  const evidence = { ...(credential.evidence ?? { items: [] }), required: evidenceRequired };
  const report = evaluate({ schemaVersion: 1, credential: { ...credential, evidence } }, pack, { asOf });
  const found = new Map<string, Objection>();
  for (const violation of report.violations) {
    if (violation.severity !== 'error') continue;
    const known = found.get(violation.ruleId);
    if (known) known.count++;
    else found.set(violation.ruleId, { count: 1, packId: violation.packId, citation: violation.citation });
  }
  return found;
}
