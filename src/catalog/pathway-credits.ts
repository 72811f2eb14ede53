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
    takeCourses(courses, coursesOf(id), (code, credits) => {
      courses.set(code, credits);
      added.push(code);
      total += credits;
    });
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
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const load: CourseLoad = { required: new Map<string, number>(), groups: [] };
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
      const own = ownCourses(credential);
      for (const [code, credits] of own.required) if (!load.required.has(code)) load.required.set(code, credits);
      load.groups.push(...own.groups);
      for (let i = credential.components.length - 1; i >= 0; i--) {
        const part = credential.components[i]!.credentialId;
        if (!seen.has(part)) pending.push(part);
      }
    }
    memo.set(id, load);
    return load;
  };
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
 * Adds a credential's load to the courses already taken, through `take`: its required courses
 * not taken yet and, for each elective group, the `choose` options that add the most credits
 * (an option already taken adds none), the most a learner can take toward it.
 */
function takeCourses(courses: ReadonlyMap<string, number>, load: CourseLoad, take: (code: string, credits: number) => void): void {
  for (const [code, credits] of load.required) if (!courses.has(code)) take(code, credits);
  for (const group of load.groups) {
    const picks = [...group.options].map(([code, credits]) => [code, courses.has(code) ? 0 : credits] as const).sort((a, b) => b[1] - a[1]);
    for (const [code, credits] of picks.slice(0, group.choose)) if (!courses.has(code)) take(code, credits);
  }
}
