/**
 * JsonLogic truthiness: like JavaScript, except that an empty array is false.
 *
 * @example
 * ```ts
 * truthy([]);  // false
 * truthy('0'); // true
 * ```
 */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/** Whether a value is a JsonLogic operation (an object with exactly one key) rather than a literal. */
export function isLogic(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
}

/** Path segments `var` refuses to follow, so rules cannot reach prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a dotted path from data the way JsonLogic's `var` does, but only through own
 * properties and never through `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * ```ts
 * readPath({ a: { b: [1, 2] } }, 'a.b.1', null); // 2
 * readPath({}, 'constructor', null);             // null
 * ```
 */
export function readPath(data: unknown, path: unknown, notFound: unknown): unknown {
  if (path === undefined || path === '' || path === null) return data;
  return walk(data, String(path).split('.'), notFound);
}

/** {@link readPath} with the path already split. */
export function walk(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || current === undefined) return notFound;
    const segment = segments[i]!;
    if (FORBIDDEN_KEYS.has(segment) || !Object.hasOwn(current as object, segment)) return notFound;
    current = (current as Record<string, unknown>)[segment];
    if (current === undefined) return notFound;
  }
  return current;
}
