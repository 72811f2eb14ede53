import type { FileResult } from '../../src/index';

/** A `check --format json` report as written: texts said once, referenced from the results. */
export interface JsonReport {
  readonly results: Record<string, unknown>[];
  readonly routeText: Record<string, Record<string, Record<string, unknown>>>;
  readonly citations: Record<string, Record<string, unknown>>;
  readonly checkedRules: Record<string, Record<string, string[]>>;
  readonly summary: Record<string, number>;
}

/** The key of a result's texts: its packs' `<id>@<revision>`, joined by `+`. */
export function reportScope(result: Record<string, unknown>): string {
  const packs = (result.packs ?? [result.pack]) as { id: string; revision: string }[];
  return packs.map((pack) => `${pack.id}@${pack.revision}`).join('+');
}

/**
 * The results of a JSON report with each route step's text and each violation's citation put
 * back where the library has them (and the ids of the rules that ran): what `checkFile` gives for the same file.
 */
export function resultsWithText(report: JsonReport): FileResult[] {
  return report.results.map((result) => {
    const pack = result.pack as { id: string; revision: string } | undefined;
    if (!pack) return result as unknown as FileResult;
    const scope = reportScope(result);
    const cited = (list: unknown) =>
      (list as { citationRef?: string }[]).map(({ citationRef, ...v }) => (citationRef === undefined ? v : { ...v, citation: report.citations[scope]![citationRef] }));
    const { checkedRef, ...judged } = result;
    if (typeof checkedRef === 'string') result = { ...judged, checked: report.checkedRules[scope]![checkedRef] };
    const route = result.route as { stages: { steps: { ref: string }[] }[] } | undefined;
    return {
      ...result,
      violations: cited(result.violations),
      waived: cited(result.waived),
      ...(route && {
        route: {
          ...route,
          stages: route.stages.map((stage) => ({
            steps: stage.steps.map(({ ref, ...particular }) => {
              const { packId: _packId, id: _id, ...text } = report.routeText[scope]![ref]!;
              return { ...text, ...particular };
            }),
          })),
        },
      }),
    } as unknown as FileResult;
  });
}
