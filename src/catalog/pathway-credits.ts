import type { Credential } from '../model/credential';
import { convertCredits } from '../model/credits';
import { courseCodeKey } from '../model/elective-groups';
import type { PathwayGraph } from './graph';

/** Most credential-to-credential steps walked while adding up pathway credits; catalogs are far smaller. */
export const MAX_PATHWAY_STEPS = 100_000;

/** A pathway whose credits go beyond the limit, ending at the first credential that crosses it. */
export interface PathwayOverLimit {
  /** Credential ids from the start of the pathway to the credential that crosses the limit. */
  readonly pathway: readonly string[];
  /** Credits of the distinct courses along it (required, and the k largest options per elective group), in US credit hours. */
  readonly credits: number;
}

/**
 * Walks every pathway from a root (a credential nothing stacks into) through the credentials it
 * stacks into, adding up the most credits a learner takes on the way: the required courses of
 * each credential and of every part of a micro-certificate on the way, and for each elective
 * group the `choose` options with the most credits, each course code counted once.
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
    const courses = takeCourses(taken, coursesOf(id));
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

/**
 * What a learner takes toward a credential: its required courses (code -> US credit hours) and
 * its elective groups, each "choose k of" some options.
 */
interface CourseLoad {
  readonly required: Map<string, number>;
  readonly groups: { readonly choose: number; readonly options: ReadonlyMap<string, number> }[];
}

/** Courses of a credential and, for a micro-certificate, of its parts. */
function memoisedCourses(byId: ReadonlyMap<string, Credential>): (id: string) => CourseLoad {
  const memo = new Map<string, CourseLoad>();
  const coursesOf = (id: string, visiting: ReadonlySet<string>): CourseLoad => {
    const known = memo.get(id);
    if (known) return known;
    const credential = byId.get(id);
    const load = credential ? ownCourses(credential) : { required: new Map<string, number>(), groups: [] };
    if (!credential) return load;
    const inside = new Set([...visiting, id]);
    for (const component of credential.components) {
      if (inside.has(component.credentialId)) continue;
      const part = coursesOf(component.credentialId, inside);
      for (const [code, credits] of part.required) if (!load.required.has(code)) load.required.set(code, credits);
      load.groups.push(...part.groups);
    }
    if (visiting.size === 0) memo.set(id, load);
    return load;
  };
  return (id) => coursesOf(id, new Set());
}

/**
 * A credential's own required courses and elective groups. Elective options no group names are
 * left out, as before groups existed: nothing says a learner takes any of them.
 */
function ownCourses(credential: Credential): CourseLoad {
  const required = new Map<string, number>();
  const credits = new Map<string, number>();
  for (const course of credential.courses) {
    const code = courseCodeKey(course.code);
    if (!credits.has(code)) credits.set(code, convertCredits(course.credits, 'us-credit-hour'));
    if (course.required && !required.has(code)) required.set(code, credits.get(code)!);
  }
  const groups = credential.electiveGroups.map((group) => ({
    choose: group.choose,
    options: new Map(group.options.map((code) => [courseCodeKey(code), credits.get(courseCodeKey(code)) ?? 0] as const)),
  }));
  return { required, groups };
}

/**
 * The courses taken after adding a credential's load to those already taken: its required
 * courses not taken yet and, for each elective group, the `choose` options that add the most
 * credits (an option already taken adds none), the most a learner can take toward it.
 */
function takeCourses(taken: ReadonlyMap<string, number>, load: CourseLoad): Map<string, number> {
  const courses = new Map(taken);
  for (const [code, credits] of load.required) if (!courses.has(code)) courses.set(code, credits);
  for (const group of load.groups) {
    const picks = [...group.options].map(([code, credits]) => [code, courses.has(code) ? 0 : credits] as const).sort((a, b) => b[1] - a[1]);
    for (const [code, credits] of picks.slice(0, group.choose)) if (!courses.has(code)) courses.set(code, credits);
  }
  return courses;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
