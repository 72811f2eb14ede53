import type { PathSegment } from '../../model/violation';

/** A pointer pattern split into segments (`~1` and `~0` unescaped); `*` stands for any one segment. */
export type PointerPattern = readonly string[];

/** The pattern every step has when its pack does not say: a change anywhere in the credential. */
export const DEFAULT_REVIEWS_AGAIN_ON: readonly string[] = ['/credential'];

/** Splits a JSON pointer (or pointer pattern) into its segments; `""` is the root. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Whether a change at `path` touches what `pattern` names: the change is at the pattern's
 * place, inside it, or replaces a value that holds it (a list or object changed whole).
 */
export function patternMatches(pattern: PointerPattern, path: readonly PathSegment[]): boolean {
  const shared = Math.min(pattern.length, path.length);
  for (let i = 0; i < shared; i++) {
    const wanted = pattern[i]!;
    if (wanted !== '*' && wanted !== String(path[i])) return false;
  }
  return true;
}

/** Whether any of the patterns matches a change at `path`. */
export function anyPatternMatches(patterns: readonly PointerPattern[], path: readonly PathSegment[]): boolean {
  for (const pattern of patterns) if (patternMatches(pattern, path)) return true;
  return false;
}
