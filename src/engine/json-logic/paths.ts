import { FORBIDDEN_KEYS } from './truthy';

// Property names a plain object, array, string, number or boolean inherits (data is JSON, so
// never a function). A path segment with one of these names must be checked to be the
// data's own; any other name can be read directly, since such values can only hold it as
// their own.
const INHERITED = new Set(
  [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype].flatMap((proto) => Object.getOwnPropertyNames(proto)),
);

/**
 * Whether every segment can be read directly: none is forbidden, and none names something
 * a built-in prototype has.
 */
export function isPlainPath(segments: readonly string[]): boolean {
  return segments.every((segment) => !FORBIDDEN_KEYS.has(segment) && !INHERITED.has(segment));
}

/**
 * Reads a plain path (see {@link isPlainPath}) from data: `notFound` when a step is missing.
 * One top-level function rather than a closure per path, so the engine inlines it into the
 * fused operators that call it.
 */
export function readSegments(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let value = data;
  for (let i = 0; i < segments.length; i++) {
    if (value === null || value === undefined) return notFound;
    value = (value as Record<string, unknown>)[segments[i]!];
  }
  return value === undefined ? notFound : value;
}

function step(current: unknown, segment: string, checkOwn: boolean): unknown {
  if (current === null || current === undefined) return undefined;
  if (checkOwn && !Object.hasOwn(current as object, segment)) return undefined;
  return (current as Record<string, unknown>)[segment];
}

/**
 * A reader for a path fixed when the rule is compiled: `notFound` when the path is not
 * there. A plain path is read directly ({@link readSegments}); one with a name a built-in
 * prototype has is checked to be the data's own at that step.
 */
export function compilePath(segments: readonly string[], notFound: unknown = undefined): (data: unknown) => unknown {
  if (segments.some((segment) => FORBIDDEN_KEYS.has(segment))) return () => notFound;
  if (segments.some((segment) => INHERITED.has(segment))) {
    const own = segments.map((segment) => INHERITED.has(segment));
    return (data) => {
      let current = data;
      for (let i = 0; i < segments.length; i++) {
        current = step(current, segments[i]!, own[i]!);
        if (current === undefined) return notFound;
      }
      return current;
    };
  }
  return (data) => readSegments(data, segments, notFound);
}
