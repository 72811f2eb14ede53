import { addToIsoDate } from '../dates';
import type { EffectivePeriod } from '../engine/types';

/** A pack's effective period with the day it really ends: its `to`, or the day before the next starts. */
export interface PeriodRow extends EffectivePeriod {
  /** The last day in force; left out for the last period when it has no `to`. */
  readonly ends?: string;
}

/** The periods with their real end dates, for `microcred packs`. */
export function periodRows(periods: readonly EffectivePeriod[]): PeriodRow[] {
  return periods.map((period, i) => {
    const next = periods[i + 1]?.from;
    const ends = period.to ?? (next !== undefined ? addToIsoDate(next, { days: -1 }) : undefined);
    return { ...period, ...(ends !== undefined && { ends }) };
  });
}

/**
 * One line on when a pack is in force: each revision with its first and last day, the text
 * it is judged by when the pack does not hold its own, and a plain statement when the pack's
 * only period carries no date (it then applies on every date).
 */
export function describePeriods(periods: readonly EffectivePeriod[]): string {
  const only = periods.length === 1 ? periods[0] : undefined;
  if (only && only.from === undefined && only.to === undefined) {
    return `${only.revision} (undated: the source text carries no date, so this revision applies on every date)`;
  }
  return periodRows(periods)
    .map((p) => {
      const judgedBy = p.textApplied !== undefined ? `; judged by the ${p.textApplied} text` : '';
      return `${p.revision} (${p.from ?? 'undated'} – ${p.ends ?? 'open'}${judgedBy})`;
    })
    .join('; ');
}
