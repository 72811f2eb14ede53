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
  let steps = 0;
  const walk = (pathway: string[], taken: ReadonlyMap<string, number>) => {
    if (++steps > MAX_PATHWAY_STEPS) return;
    const id = pathway[pathway.length - 1]!;
    const courses = new Map(taken);
    for (const [code, credits] of coursesOf(id)) if (!courses.has(code)) courses.set(code, credits);
    const credits = sum(courses.values());
    if (credits > max) {
      found.push({ pathway, credits });
      return;
    }
    for (const to of next.get(id) ?? []) if (!pathway.includes(to)) walk([...pathway, to], courses);
  };
  for (const root of graph.roots) walk([root], new Map());
  return found;
}

/** Required courses of a credential and, for a micro-certificate, of its parts: code -> US credit hours. */
function memoisedCourses(byId: ReadonlyMap<string, Credential>): (id: string) => ReadonlyMap<string, number> {
  const memo = new Map<string, Map<string, number>>();
  const coursesOf = (id: string, visiting: ReadonlySet<string>): Map<string, number> => {
    const known = memo.get(id);
    if (known) return known;
    const credential = byId.get(id);
    const courses = new Map<string, number>();
    if (!credential) return courses;
    for (const course of credential.courses) {
      const code = course.code.toUpperCase().replace(/[\s-]+/g, '');
      if (course.required && !courses.has(code)) courses.set(code, convertCredits(course.credits, 'us-credit-hour'));
    }
    const inside = new Set([...visiting, id]);
    for (const component of credential.components) {
      if (inside.has(component.credentialId)) continue;
      for (const [code, credits] of coursesOf(component.credentialId, inside)) if (!courses.has(code)) courses.set(code, credits);
    }
    if (visiting.size === 0) memo.set(id, courses);
    return courses;
  };
  return (id) => coursesOf(id, new Set());
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
