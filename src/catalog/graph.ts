import type { Credential, CredentialKind } from '../model/credential';
import { totalCredits } from '../model/credits';
import type { PathSegment } from '../model/violation';

/** What a node of the stacking graph is: a catalog credential, an award outside it, or a credential the catalog lacks. */
export type PathwayNodeKind = 'credential' | 'registered-certificate' | 'degree' | 'course-credit' | 'missing';

/** One node of the stacking graph. */
export interface PathwayNode {
  /** The credential id; for awards outside the catalog `<kind>:<slug of title>`. */
  readonly id: string;
  readonly kind: PathwayNodeKind;
  readonly title: string;
  /** For catalog credentials: what kind of credential it is. */
  readonly credentialKind?: CredentialKind;
  /** For catalog credentials: credits of its own required courses, in US credit hours. */
  readonly credits?: number;
  /** Steps from the nearest start of a pathway: 0 for credentials nothing stacks into. */
  readonly level: number;
}

/** How one credential leads to another: it stacks into it, it is a part of it, or both. */
export type PathwayLink = 'stacks-into' | 'component';

/** One edge of the stacking graph: `from` stacks into (or is a part of) `to`. */
export interface PathwayEdge {
  readonly from: string;
  readonly to: string;
  readonly via: readonly PathwayLink[];
  /** Where the edge is stated: index of the credential in the input, then the path inside it. */
  readonly source: readonly PathSegment[];
}

/**
 * Which credentials stack into which, up to registered certificates and degrees. Nodes are
 * sorted by level then id, edges by `from` then `to`, so output built from it is stable.
 */
export interface PathwayGraph {
  readonly nodes: readonly PathwayNode[];
  readonly edges: readonly PathwayEdge[];
  /** Ids of the credentials where pathways start (nothing stacks into them). */
  readonly roots: readonly string[];
  /**
   * Cycles, as ids from the smallest back to it: one per group of credentials that stack into
   * each other, and one per credential that stacks into itself.
   */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Builds the stacking graph of a catalog: an edge from each credential to every target of its
 * `stacksInto`, and from each part of a micro-certificate (`components`) to the certificate.
 * Registered certificates, degrees and course credit become nodes of their own (one per kind
 * and title); a `kind: credential` target or a part the catalog lacks becomes a `missing` node.
 * When ids repeat, the first credential with the id is used.
 *
 * @example
 * ```ts
 * const graph = pathways([badge, microCredential, certificate]);
 * graph.edges.map((e) => `${e.from} -> ${e.to}`);
 * // ['badge -> micro-credential', 'micro-credential -> certificate', 'certificate -> degree:ms-in-data-analytics']
 * ```
 */
export function pathways(credentials: readonly Credential[]): PathwayGraph {
  return buildGraph(credentials.map((credential, index) => ({ credential, index })));
}

/** A credential with its position in the caller's list, so edges can say where they are stated. */
export interface IndexedCredential {
  readonly credential: Credential;
  readonly index: number;
}

/** {@link pathways} over credentials that keep their input positions (some input may be invalid). */
export function buildGraph(entries: readonly IndexedCredential[]): PathwayGraph {
  const byId = firstById(entries.map((entry) => entry.credential));
  const nodes = new Map<string, Omit<PathwayNode, 'level'>>();
  const edges = new Map<string, { from: string; to: string; via: Set<PathwayLink>; source: readonly PathSegment[] }>();
  for (const credential of byId.values()) {
    nodes.set(credential.id, {
      id: credential.id,
      kind: 'credential',
      title: credential.title,
      credentialKind: credential.kind,
      credits: totalCredits(credential.courses.filter((course) => course.required)),
    });
  }
  const link = (from: string, to: string, via: PathwayLink, source: readonly PathSegment[]) => {
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key);
    if (edge) edge.via.add(via);
    else edges.set(key, { from, to, via: new Set([via]), source });
  };
  for (const { credential, index } of entries) {
    if (byId.get(credential.id) !== credential) continue;
    credential.stacksInto.forEach((target, t) => {
      const source = [index, 'stacksInto', t];
      if (target.kind !== 'credential') {
        const id = `${target.kind}:${slug(target.title)}`;
        if (!nodes.has(id)) nodes.set(id, { id, kind: target.kind, title: target.title });
        link(credential.id, id, 'stacks-into', source);
        return;
      }
      const id = target.id ?? `credential:${slug(target.title)}`;
      if (!nodes.has(id)) nodes.set(id, { id, kind: 'missing', title: target.title });
      link(credential.id, id, 'stacks-into', source);
    });
    credential.components.forEach((component, c) => {
      const id = component.credentialId;
      if (!nodes.has(id)) nodes.set(id, { id, kind: 'missing', title: component.title ?? id });
      link(id, credential.id, 'component', [index, 'components', c]);
    });
  }

  const edgeList = [...edges.values()]
    .map((e) => ({ from: e.from, to: e.to, via: [...e.via].sort(), source: e.source }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
  const ids = [...nodes.keys()].sort(compare);
  const components = stronglyConnected(ids, edgeList);
  const levels = levelsOf(ids, edgeList, components);
  const hasIncoming = new Set(edgeList.map((e) => e.to));
  return {
    nodes: ids.map((id) => ({ ...nodes.get(id)!, level: levels.get(id)! })).sort((a, b) => a.level - b.level || compare(a.id, b.id)),
    edges: edgeList,
    roots: ids.filter((id) => nodes.get(id)!.kind === 'credential' && !hasIncoming.has(id)),
    cycles: cyclesOf(components, edgeList),
  };
}

/** The first credential with each id, in input order. */
export function firstById(credentials: readonly Credential[]): Map<string, Credential> {
  const byId = new Map<string, Credential>();
  for (const credential of credentials) if (!byId.has(credential.id)) byId.set(credential.id, credential);
  return byId;
}

/** Compares strings by code unit, the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'untitled';
}

/** Strongly connected components (Tarjan's algorithm, iterative so deep chains cannot overflow the stack). */
function stronglyConnected(ids: readonly string[], edges: readonly { from: string; to: string }[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const edge of edges) (next.get(edge.from) ?? next.set(edge.from, []).get(edge.from)!).push(edge.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let components = 0;
  for (const start of ids) {
    if (index.has(start)) continue;
    const work: { id: string; child: number }[] = [{ id: start, child: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const children = next.get(frame.id) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ id: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.id);
        components++;
      }
    }
  }
  return component;
}

/** Longest distance from a root, over edges between different components (a DAG). */
function levelsOf(ids: readonly string[], edges: readonly { from: string; to: string }[], component: ReadonlyMap<string, number>): Map<string, number> {
  const level = new Map(ids.map((id) => [id, 0]));
  const across = edges.filter((e) => component.get(e.from) !== component.get(e.to));
  const incoming = new Map(ids.map((id) => [id, 0]));
  const outgoing = new Map<string, string[]>();
  for (const edge of across) {
    incoming.set(edge.to, incoming.get(edge.to)! + 1);
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge.to);
  }
  const ready = ids.filter((id) => incoming.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.pop()!;
    for (const to of outgoing.get(id) ?? []) {
      level.set(to, Math.max(level.get(to)!, level.get(id)! + 1));
      incoming.set(to, incoming.get(to)! - 1);
      if (incoming.get(to) === 0) ready.push(to);
    }
  }
  return level;
}

/**
 * One cycle per strongly connected component of several credentials, starting at its smallest
 * id, plus every credential that stacks into itself.
 */
function cyclesOf(component: ReadonlyMap<string, number>, edges: readonly { from: string; to: string }[]): string[][] {
  const members = new Map<number, string[]>();
  for (const [id, c] of component) (members.get(c) ?? members.set(c, []).get(c)!).push(id);
  const cycles: string[][] = edges.filter((e) => e.from === e.to).map((e) => [e.from, e.to]);
  for (const ids of members.values()) {
    if (ids.length === 1) continue;
    const inside = new Set(ids);
    const start = ids.sort(compare)[0]!;
    // Breadth-first from the start, within the component, back to the start: a shortest cycle.
    const previous = new Map<string, string>();
    const queue = [start];
    let closing: string | undefined;
    while (queue.length > 0 && closing === undefined) {
      const id = queue.shift()!;
      for (const edge of edges) {
        if (edge.from !== id || edge.to === id || !inside.has(edge.to)) continue;
        if (edge.to === start) {
          closing = id;
          break;
        }
        if (!previous.has(edge.to)) {
          previous.set(edge.to, id);
          queue.push(edge.to);
        }
      }
    }
    const path = [start];
    for (let id = closing; id !== undefined && id !== start; id = previous.get(id)) path.splice(1, 0, id);
    cycles.push([...path, start]);
  }
  return cycles.sort((a, b) => compare(a[0]!, b[0]!) || a.length - b.length);
}
