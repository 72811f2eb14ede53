import type { Problem } from '../errors';
import type { EffectivePeriod } from '../types';

/**
 * The effective period in force on a date, or `undefined`. A period without `to` ends the
 * day before the next one starts.
 */
export function periodInForce(periods: readonly EffectivePeriod[], asOf: string): EffectivePeriod | undefined {
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i]!;
    if (period.from !== undefined && asOf < period.from) continue;
    if (period.to !== undefined && asOf > period.to) return undefined;
    return period;
  }
  return undefined;
}

/** Problems with a pack's effective periods: order, overlap, and undated periods. */
export function checkPeriods(periods: readonly EffectivePeriod[]): Problem[] {
  const problems: Problem[] = [];
  periods.forEach((period, i) => {
    const path = ['effective', i];
    if (i > 0 && period.from === undefined) {
      problems.push({ path, code: 'period-without-start', message: 'Only the first effective period may leave out "from".' });
    }
    if (period.from !== undefined && period.to !== undefined && period.to < period.from) {
      problems.push({ path, code: 'period-ends-before-start', message: `"to" (${period.to}) is before "from" (${period.from}).` });
    }
    const previous = periods[i - 1];
    if (previous && period.from !== undefined) {
      const previousEnd = previous.to ?? previous.from;
      if (previousEnd !== undefined && period.from <= previousEnd) {
        problems.push({ path, code: 'periods-overlap', message: `Starts on ${period.from}, not after the previous period (${previousEnd}).` });
      }
    }
  });
  const revisions = new Set<string>();
  periods.forEach((period, i) => {
    if (revisions.has(period.revision)) {
      problems.push({ path: ['effective', i, 'revision'], code: 'duplicate-revision', message: `Revision "${period.revision}" appears twice.` });
    }
    revisions.add(period.revision);
  });
  // A period judged by another revision's text must name a period whose text the pack holds.
  const ownText = new Set(periods.filter((p) => p.textApplied === undefined).map((p) => p.revision));
  periods.forEach((period, i) => {
    if (period.textApplied !== undefined && !ownText.has(period.textApplied)) {
      problems.push({
        path: ['effective', i, 'textApplied'],
        code: 'unknown-text-applied',
        message: `"textApplied" names "${period.textApplied}", which is not a period of the pack judged by its own text.`,
      });
    }
  });
  return problems;
}
