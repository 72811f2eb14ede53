import { defaultFrameworks, type FrameworkRegistry } from '../model/competency';
import type { Credential } from '../model/credential';
import type { Credits } from '../model/course';
import { convertCredits } from '../model/credits';
import { parseCredential } from '../model/parse';
import { toPointer, type PathSegment, type Violation } from '../model/violation';
import { InvalidOptionError } from '../engine/errors';
import { formatMessage, SCHEMA_MESSAGES } from '../engine/format/messages';
import type { Pack } from '../engine/types';
import { isPack } from '../engine/_lib/internal';
import { buildGraph, firstById, type IndexedCredential, type PathwayGraph } from './graph';
import { CATALOG_CHECKS, type CatalogRuleId } from './messages';
import { pathwaysOverLimit } from './pathway-credits';
import { reroot } from '../award/reroot';
import { sharesKey, themeKeys } from './themes';

/** Options for {@link checkCatalog}. */
export interface CheckCatalogOptions {
  /**
   * Most credits a learner may take along one stacking pathway: a number of US credit hours,
   * or an amount with its unit. No built-in pack states such a limit (Binghamton's 12-credit
   * maximum is per credential), so there is no check unless you give one.
   */
  readonly maxPathwayCredits?: number | Credits;
  /** A pack whose competency frameworks are used to compare the themes of micro-certificate parts. */
  readonly pack?: Pack;
  /** Frameworks to use instead (default: the pack's, else NACE 2017 and 2021). */
  readonly frameworks?: FrameworkRegistry;
}

/** What {@link checkCatalog} found. Paths start with the index of the credential in the input list. */
export interface CatalogReport {
  /** The well-formed credentials, in input order. */
  readonly credentials: readonly Credential[];
  readonly violations: readonly Violation[];
  /** The stacking graph of the well-formed credentials. */
  readonly graph: PathwayGraph;
  readonly summary: { readonly credentials: number; readonly invalid: number; readonly errors: number; readonly warnings: number };
}

/**
 * Checks many credentials at once, as a catalog: malformed entries, duplicate ids, `stacksInto`
 * targets of kind `credential` that are not in the catalog, cycles in the stacking graph,
 * micro-certificates whose parts are missing or share no competency or theme, and (with
 * `maxPathwayCredits`) pathways whose credits go beyond a limit.
 *
 * Never throws on the catalog; every problem is a {@link Violation} whose path starts with the
 * index of the credential in `credentials`. It throws only for a malformed `maxPathwayCredits`.
 *
 * @example
 * ```ts
 * const report = checkCatalog([badge, microCredential, certificate], { maxPathwayCredits: 18 });
 * checkCatalog(catalog, binghamton); // a pack alone is short for { pack: binghamton }
 * report.violations.map((v) => `${v.ruleId} ${v.pointer}`);
 * // ['catalog/dangling-target /1/stacksInto/0/id']
 * report.graph.roots; // ['badge']
 * ```
 */
export function checkCatalog(credentials: readonly unknown[], packOrOptions: Pack | CheckCatalogOptions = {}): CatalogReport {
  const options: CheckCatalogOptions = isPack(packOrOptions) ? { pack: packOrOptions } : packOrOptions;
  const max = limitOf(options.maxPathwayCredits);
  const list: readonly unknown[] = Array.isArray(credentials) ? credentials : [];
  const violations: Violation[] = [];
  if (!Array.isArray(credentials)) violations.push(notAList());
  const entries: IndexedCredential[] = [];
  list.forEach((input, index) => {
    const parsed = parseCredential(input);
    if (parsed.success) entries.push({ credential: parsed.credential, index });
    else for (const issue of parsed.issues) violations.push(reroot(index, issue));
  });

  const seen = new Map<string, number>();
  for (const { credential, index } of entries) {
    const first = seen.get(credential.id);
    if (first === undefined) seen.set(credential.id, index);
    else violations.push(violation('catalog/duplicate-id', 'duplicate', [index, 'id'], { id: credential.id, first }));
  }

  const byId = firstById(entries.map((entry) => entry.credential));
  const frameworks = options.frameworks ?? options.pack?.frameworks ?? defaultFrameworks;
  for (const { credential, index } of entries) {
    if (byId.get(credential.id) !== credential) continue;
    credential.stacksInto.forEach((target, t) => {
      if (target.kind !== 'credential') return;
      if (target.id === undefined) violations.push(violation('catalog/target-without-id', 'no-id', [index, 'stacksInto', t], { from: credential.id, title: target.title }));
      else if (!byId.has(target.id)) violations.push(violation('catalog/dangling-target', 'dangling', [index, 'stacksInto', t, 'id'], { from: credential.id, id: target.id, title: target.title }));
    });
    if (credential.kind === 'micro-certificate') checkCertificate(credential, index, byId, frameworks, violations);
  }

  const graph = buildGraph(entries);
  for (const cycle of graph.cycles) {
    const edge = graph.edges.find((e) => e.from === cycle[0] && e.to === cycle[1]) ?? graph.edges.find((e) => e.to === cycle[0]);
    violations.push(violation('catalog/cycle', 'cycle', edge?.source ?? [], { cycle, path: cycle.join(' -> ') }));
  }
  if (max) {
    const indexOf = new Map(entries.filter((e) => byId.get(e.credential.id) === e.credential).map((e) => [e.credential.id, e.index]));
    for (const over of pathwaysOverLimit(graph, byId, max.hours)) {
      const last = over.pathway[over.pathway.length - 1]!;
      violations.push(
        violation('catalog/pathway-credits', 'over', [indexOf.get(last)!, 'courses'], {
          pathway: over.pathway,
          path: over.pathway.join(' -> '),
          credits: max.unit === 'ects' ? convertCredits({ value: over.credits, unit: 'us-credit-hour' }, 'ects') : over.credits,
          max: max.value,
          unit: max.unit,
        }),
      );
    }
  }

  violations.sort(byLocation);
  return {
    credentials: entries.map((entry) => entry.credential),
    violations,
    graph,
    summary: {
      credentials: list.length,
      invalid: list.length - entries.length,
      errors: violations.filter((v) => v.severity === 'error').length,
      warnings: violations.filter((v) => v.severity === 'warning').length,
    },
  };
}

/** A micro-certificate: parts present, a theme, and parts that share a competency or theme. */
function checkCertificate(certificate: Credential, index: number, byId: ReadonlyMap<string, Credential>, frameworks: FrameworkRegistry, out: Violation[]): void {
  const name = { certificate: certificate.id };
  if (certificate.components.length === 0) out.push(violation('catalog/no-components', 'none', [index, 'components'], name));
  if (certificate.theme === undefined && certificate.metaCompetency === undefined) out.push(violation('catalog/no-theme', 'none', [index, 'theme'], name));
  const present: { position: number; keys: Set<string>; id: string }[] = [];
  certificate.components.forEach((component, position) => {
    const part = byId.get(component.credentialId);
    if (!part) out.push(violation('catalog/missing-component', 'missing', [index, 'components', position, 'credentialId'], { ...name, id: component.credentialId }));
    else present.push({ position, keys: themeKeys(part, frameworks), id: part.id });
  });
  const own = themeKeys(certificate, frameworks);
  // With one part and nothing said about the certificate's theme there is nothing to compare.
  if (own.size === 0 && present.length < 2) return;
  for (const part of present) {
    const related = sharesKey(part.keys, own) || present.some((other) => other !== part && sharesKey(part.keys, other.keys));
    if (!related) out.push(violation('catalog/unrelated-component', 'unrelated', [index, 'components', part.position], { ...name, id: part.id }));
  }
}

function limitOf(limit: number | Credits | undefined): { value: number; unit: Credits['unit']; hours: number } | undefined {
  if (limit === undefined) return undefined;
  const credits: Credits = typeof limit === 'number' ? { value: limit, unit: 'us-credit-hour' } : limit;
  if (typeof credits?.value !== 'number' || !Number.isFinite(credits.value) || credits.value < 0 || (credits.unit !== 'us-credit-hour' && credits.unit !== 'ects')) {
    throw new InvalidOptionError(`maxPathwayCredits must be a number of US credit hours or { value, unit }; got ${JSON.stringify(limit)}.`);
  }
  return { value: credits.value, unit: credits.unit, hours: convertCredits(credits, 'us-credit-hour') };
}

function violation(ruleId: CatalogRuleId, messageId: string, path: readonly PathSegment[], data: Record<string, unknown>): Violation {
  const check = CATALOG_CHECKS[ruleId];
  const template: string = (check.messages as Readonly<Record<string, string>>)[messageId] ?? ruleId;
  return { ruleId, packId: 'microcred', severity: check.severity, messageId, message: formatMessage(template, data), data, path, pointer: toPointer(path) };
}


function notAList(): Violation {
  const data = { expected: 'array', received: 'not a list' };
  return { ruleId: 'schema/invalid-type', packId: 'microcred', severity: 'error', messageId: 'invalid_type', message: formatMessage(SCHEMA_MESSAGES.invalid_type!, { ...data, pointer: '/' }), data, path: [], pointer: '' };
}

function byLocation(a: Violation, b: Violation): number {
  const first = (v: Violation) => (typeof v.path[0] === 'number' ? v.path[0] : -1);
  return first(a) - first(b) || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
