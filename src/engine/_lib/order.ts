import type { PathSegment, Violation } from '../../model/violation';

// Past every key an object has: a path to a key the input lacks (a required field left out)
// sorts after the keys that are there.
const ABSENT = Number.MAX_SAFE_INTEGER;

/**
 * Violations in the order of the places they point to in the input (the input's own key order,
 * which is the file's order for parsed YAML and JSON; array items by index), then by rule id.
 * A path that is a prefix of another comes first, so whole-proposal findings lead. Sorts a copy.
 */
export function orderByPosition<T extends Violation>(violations: readonly T[], input: unknown): T[] {
  if (violations.length < 2) return [...violations];
  // Many violations point into the same few objects: read each one's keys once per call.
  const keysOf = new Map<object, string[]>();
  const keyed = violations.map((violation, index) => ({ violation, index, ranks: ranksOf(input, violation.path, keysOf) }));
  keyed.sort((a, b) => compareRanks(a.ranks, b.ranks) || comparePaths(a.violation.path, b.violation.path) || compareText(a.violation.ruleId, b.violation.ruleId) || a.index - b.index);
  return keyed.map((entry) => entry.violation);
}

/**
 * Violations located in a file in line and column order (those without a line, about the
 * file as a whole, first), then by rule id; the order is otherwise kept.
 */
export function orderByLine<T extends Violation & { readonly line?: number; readonly column?: number }>(violations: readonly T[]): T[] {
  if (violations.length < 2) return [...violations];
  return violations
    .map((violation, index) => ({ violation, index }))
    .sort(
      (a, b) =>
        (a.violation.line ?? 0) - (b.violation.line ?? 0) ||
        (a.violation.column ?? 0) - (b.violation.column ?? 0) ||
        compareText(a.violation.ruleId, b.violation.ruleId) ||
        a.index - b.index,
    )
    .map((entry) => entry.violation);
}

function ranksOf(input: unknown, path: readonly PathSegment[], keysOf: Map<object, string[]>): number[] {
  const ranks: number[] = [];
  let node: unknown = input;
  try {
    for (const segment of path) {
      if (typeof segment === 'number') {
        ranks.push(segment);
        node = Array.isArray(node) ? node[segment] : undefined;
        continue;
      }
      let at = -1;
      if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
        let keys = keysOf.get(node);
        if (keys === undefined) keysOf.set(node, (keys = Object.keys(node)));
        at = keys.indexOf(segment);
      }
      ranks.push(at < 0 ? ABSENT : at);
      node = at < 0 ? undefined : (node as Record<string, unknown>)[segment];
    }
  } catch {
    // An input that cannot be read twice (a throwing getter) is ordered by path alone.
    while (ranks.length < path.length) ranks.push(ABSENT);
  }
  return ranks;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return compareText(String(x), String(y));
  }
  return a.length - b.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
