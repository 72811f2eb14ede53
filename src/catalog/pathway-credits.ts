import type { Credential } from '../model/credential';
import { convertCredits } from '../model/credits';
import type { PathwayGraph } from './graph';

/** Most credential-to-credential steps walked while adding up pathway credits; catalogs are far smaller. */
export const MAX_PATHWAY_STEPS = 100_000;

/** A pathway whose credits go beyond the limit, ending at the first credential that crosses it. */
export interface PathwayOverLimit {
  /** Credential ids from the start of the pathway to the credential that crosses the limit. */
  readonly pathway: readonly string[];
  /** Credits of the distinct required courses along it, in US credit hours. */
  readonly credits: number;
}

/**
 * Walks every pathway from a root (a credential nothing stacks into) through the credentials it
 * stacks into, adding up the credits a learner takes on the way: the required courses of each
 * credential and of every part of a micro-certificate on the way, each course code counted once.
 * Reports each pathway at the first credential where the total goes beyond `max`.
 */
export function pathwaysOverLimit(graph: PathwayGraph, byId: ReadonlyMap<string, Credential>, max: number): PathwayOverLimit[] {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    (next.get(edge.from) ?? next.set(edge.from, []).get(edge.from)!).push(edge.to);
  }
  const coursesOf = memoisedCourses(byId);
  const found: PathwayOverLimit[] = [];
  // Depth first without recursion (a chain of thousands of credentials), keeping one set of
  // courses and taking back what each credential added when the walk leaves it: linear in
  // the length of a pathway, not quadratic.
  const pathway: string[] = [];
  const onPathway = new Set<string>();
  const courses = new Map<string, number>();
  const frames: { readonly added: readonly string[]; readonly totalBefore: number; readonly next: readonly string[]; index: number }[] = [];
  let total = 0;
  let steps = 0;
  const enter = (id: string): boolean => {
    if (++steps > MAX_PATHWAY_STEPS) return false;
    pathway.push(id);
    onPathway.add(id);
    const added: string[] = [];
    const totalBefore = total;
    // Added in the order a fresh sum over the courses would add them: the same total, to the bit.
    for (const [code, credits] of coursesOf(id)) {
      if (courses.has(code)) continue;
      courses.set(code, credits);
      added.push(code);
      total += credits;
    }
    const over = total > max;
    if (over) found.push({ pathway: [...pathway], credits: total });
    frames.push({ added, totalBefore, next: over ? [] : (next.get(id) ?? []), index: 0 });
    return true;
  };
  const leave = () => {
    const frame = frames.pop()!;
    for (const code of frame.added) courses.delete(code);
    total = frame.totalBefore;
    onPathway.delete(pathway.pop()!);
  };
  walking: for (const root of graph.roots) {
    if (!enter(root)) break;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.index === frame.next.length) {
        leave();
        continue;
      }
      const to = frame.next[frame.index++]!;
      if (!onPathway.has(to) && !enter(to)) break walking;
    }
  }
  return found;
}

/** Required courses of a credential and, for a micro-certificate, of its parts: code -> US credit hours. */
function memoisedCourses(byId: ReadonlyMap<string, Credential>): (id: string) => ReadonlyMap<string, number> {
  const memo = new Map<string, Map<string, number>>();
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const courses = new Map<string, number>();
    // Parts depth first, in order, each once and without recursion (micro-certificates nested
    // thousands deep): a course code is first met where a recursive walk would first meet it.
    const seen = new Set<string>();
    const pending = [id];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const credential = byId.get(current);
      if (!credential) continue;
      for (const course of credential.courses) {
        const code = course.code.toUpperCase().replace(/[\s-]+/g, '');
        if (course.required && !courses.has(code)) courses.set(code, convertCredits(course.credits, 'us-credit-hour'));
      }
      for (let i = credential.components.length - 1; i >= 0; i--) {
        const part = credential.components[i]!.credentialId;
        if (!seen.has(part)) pending.push(part);
      }
    }
    memo.set(id, courses);
    return courses;
  };
}
