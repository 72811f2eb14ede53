import { toPointer, type PathSegment } from '../../model/violation';
import type { FieldChange } from './types';

/** Lists whose items have an identity, and the key that holds it. */
const IDENTIFIED_LISTS: readonly { readonly path: readonly string[]; readonly key: string }[] = [
  { path: ['credential', 'courses'], key: 'code' },
  { path: ['credential', 'learningOutcomes'], key: 'id' },
  { path: ['credential', 'programOutcomes'], key: 'id' },
  { path: ['credential', 'evidence', 'items'], key: 'id' },
];

/** Deeper than any proposal nests (about 8 levels); past it values are compared whole. */
const MAX_DEPTH = 64;

/** The field changes, and how identified list items moved (old index -> new index, per list). */
export interface FieldDiff {
  readonly changes: FieldChange[];
  /** Per identified list (its pointer): old index -> new index, for items in both versions. */
  readonly moves: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Compares two parsed proposals field by field. */
export function fieldChanges(before: unknown, after: unknown): FieldDiff {
  const changes: FieldChange[] = [];
  const moves = new Map<string, Map<number, number>>();
  walk(before, after, [], [], changes, moves, 0);
  changes.sort((a, b) => comparePaths(a.path, b.path) || order(a.kind) - order(b.kind));
  return { changes, moves };
}

function walk(
  a: unknown,
  b: unknown,
  path: PathSegment[],
  beforePath: PathSegment[],
  out: FieldChange[],
  moves: Map<string, Map<number, number>>,
  depth: number,
): void {
  if (Object.is(a, b)) return;
  if (depth < MAX_DEPTH && Array.isArray(a) && Array.isArray(b)) {
    const key = identityKey(path, a, b);
    if (key === undefined) {
      const shared = Math.min(a.length, b.length);
      for (let i = 0; i < shared; i++) walk(a[i], b[i], [...path, i], [...beforePath, i], out, moves, depth + 1);
      for (let i = shared; i < b.length; i++) out.push(added([...path, i], b[i]));
      for (let i = shared; i < a.length; i++) out.push(removed([...beforePath, i], a[i]));
      return;
    }
    const oldIndex = new Map(a.map((item, i) => [ownValue(item, key) as string, i]));
    const seen = new Set<string>();
    const moved = new Map<number, number>();
    moves.set(toPointer(path), moved);
    b.forEach((item, i) => {
      const id = ownValue(item, key) as string;
      const j = oldIndex.get(id);
      if (j === undefined) {
        out.push(added([...path, i], item));
        return;
      }
      seen.add(id);
      moved.set(j, i);
      walk(a[j], item, [...path, i], [...beforePath, j], out, moves, depth + 1);
    });
    a.forEach((item, j) => {
      if (!seen.has(ownValue(item, key) as string)) out.push(removed([...beforePath, j], item));
    });
    return;
  }
  if (depth < MAX_DEPTH && isRecord(a) && isRecord(b)) {
    const oldKeys = Object.keys(a);
    for (const key of oldKeys) {
      if (!Object.hasOwn(b, key)) out.push(removed([...beforePath, key], ownValue(a, key)));
      else walk(ownValue(a, key), ownValue(b, key), [...path, key], [...beforePath, key], out, moves, depth + 1);
    }
    for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) out.push(added([...path, key], ownValue(b, key)));
    return;
  }
  if (isScalar(a) && isScalar(b) && a === b) return;
  const change: FieldChange = { kind: 'changed', pointer: toPointer(path), path, before: a, after: b };
  out.push(samePlace(path, beforePath) ? change : { ...change, beforePointer: toPointer(beforePath) });
}

/** The identity key of a list at `path`, when every item of both versions has a distinct one. */
function identityKey(path: readonly PathSegment[], a: readonly unknown[], b: readonly unknown[]): string | undefined {
  const list = IDENTIFIED_LISTS.find((l) => l.path.length === path.length && l.path.every((s, i) => s === path[i]));
  if (!list) return undefined;
  const distinct = (items: readonly unknown[]) => {
    const ids = items.map((item) => ownValue(item, list.key));
    return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
  };
  return distinct(a) && distinct(b) ? list.key : undefined;
}

function added(path: PathSegment[], value: unknown): FieldChange {
  return { kind: 'added', pointer: toPointer(path), path, after: value };
}

function removed(path: PathSegment[], value: unknown): FieldChange {
  return { kind: 'removed', pointer: toPointer(path), path, before: value };
}

/** An own data property's value; getters are not run (the diff never runs the caller's code). */
function ownValue(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isScalar(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function samePlace(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

const order = (kind: FieldChange['kind']) => (kind === 'removed' ? 0 : kind === 'changed' ? 1 : 2);

/** Orders paths segment by segment: indexes as numbers, keys as strings, indexes first. */
export function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A path of the old version in the new version's places: indexes of identified list items
 * that moved are replaced; `undefined` when the item is gone.
 */
export function translatePath(path: readonly PathSegment[], moves: FieldDiff['moves']): readonly PathSegment[] | undefined {
  for (let n = path.length - 1; n >= 1; n--) {
    const index = path[n];
    if (typeof index !== 'number') continue;
    const moved = moves.get(toPointer(path.slice(0, n)));
    if (!moved) continue;
    const to = moved.get(index);
    if (to === undefined) return undefined;
    return [...path.slice(0, n), to, ...path.slice(n + 1)];
  }
  return path;
}
