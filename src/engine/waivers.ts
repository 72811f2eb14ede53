import type { Waiver } from '../model/proposal';
import type { Violation } from '../model/violation';
import { engineViolation } from './_lib/engine-violation';
import { packIdsText } from './compose';
import type { Pack, WaivedViolation } from './types';

/** A pack whose rules a proposal's waivers may name, with the ids of all its rules. */
export interface WaiverPack {
  readonly pack: Pack;
  readonly ruleIds: ReadonlySet<string>;
}

/**
 * Applies a proposal's waivers: a valid, unexpired waiver of a waivable rule moves that
 * rule's violations to `waived`. Waivers that name unknown or non-waivable rules, have
 * expired, repeat, or waive nothing are reported as warnings, naming the pack of the rule
 * (all the packs, for a rule none of them has).
 */
export function applyWaivers(
  waivers: readonly Waiver[],
  violations: readonly Violation[],
  packs: readonly WaiverPack[],
  asOf: string,
): { violations: Violation[]; waived: WaivedViolation[] } {
  if (waivers.length === 0) return { violations: violations as Violation[], waived: [] };
  const notes: Violation[] = [];
  const active = new Map<string, { waiver: Waiver; index: number; used: boolean }>();
  const waivable = new Set(packs.flatMap((p) => p.pack.waivable));
  const packOf = (ruleId: string): string => packs.find((p) => p.ruleIds.has(ruleId))?.pack.id ?? packIdsText(packs.map((p) => p.pack));

  waivers.forEach((waiver, index) => {
    const at = ['waivers', index];
    const data = { ruleId: waiver.ruleId, pack: packOf(waiver.ruleId), expires: waiver.expires };
    if (!packs.some((p) => p.ruleIds.has(waiver.ruleId))) {
      notes.push(engineViolation('waiver/unknown-rule', 'waiver-unknown-rule', 'warning', [...at, 'ruleId'], data));
    } else if (!waivable.has(waiver.ruleId)) {
      notes.push(engineViolation('waiver/not-waivable', 'waiver-not-waivable', 'warning', [...at, 'ruleId'], data));
    } else if (waiver.expires < asOf) {
      notes.push(engineViolation('waiver/expired', 'waiver-expired', 'warning', [...at, 'expires'], data));
    } else if (active.has(waiver.ruleId)) {
      notes.push(engineViolation('waiver/duplicate', 'waiver-duplicate', 'warning', at, data));
    } else {
      active.set(waiver.ruleId, { waiver, index, used: false });
    }
  });

  const kept: Violation[] = [];
  const waived: WaivedViolation[] = [];
  for (const violation of violations) {
    const entry = active.get(violation.ruleId);
    if (!entry) {
      kept.push(violation);
      continue;
    }
    entry.used = true;
    const { justification, ownerRole, expires } = entry.waiver;
    waived.push({ ...violation, waiver: { justification, ownerRole, expires } });
  }
  for (const { waiver, index, used } of active.values()) {
    if (!used) {
      notes.push(
        engineViolation('waiver/unused', 'waiver-unused', 'warning', ['waivers', index], { ruleId: waiver.ruleId, pack: packOf(waiver.ruleId), expires: waiver.expires }),
      );
    }
  }
  return { violations: [...kept, ...notes], waived };
}
