import { count, hasText } from './library-operators';
import { isPlainPath, readSegments } from './paths';
import { STANDARD_OPERATORS, type EagerOperator } from './standard-operators';
import { isLogic, truthy } from './truthy';

// Fused forms ("superinstructions") for the shapes pack rules are mostly made of:
// `{"hasText": [{"var": p}]}`, `{">": [{"count": [{"var": p}]}, 0]}`, `{"===": [{"var": p}, true]}`.
// Compiled node by node, each of these is three or four closures calling one another through
// call sites every rule shares, which V8 cannot inline. Fused, each is one closure that reads
// the path with a top-level function V8 does inline. Results are those of the unfused nodes.

/** A compiled node that needs no work budget: it reads a path and does constant work. */
type FusedNode = (data: unknown) => unknown;

interface StaticPath {
  readonly segments: readonly string[];
  readonly notFound: unknown;
}

type PathReader = (data: unknown, segments: readonly string[], notFound: unknown) => unknown;

const countAt: PathReader = (data, segments, notFound) => count(readSegments(data, segments, notFound));

/** `{"var": "a.b"}` or `{"var": ["a.b", literal]}` over a plain path; undefined otherwise. */
function staticPathOf(value: unknown): StaticPath | undefined {
  if (!isLogic(value) || !Object.hasOwn(value, 'var')) return undefined;
  const raw = value.var;
  const [path, fallback] = Array.isArray(raw) ? raw : [raw];
  if (typeof path !== 'string' && typeof path !== 'number') return undefined;
  if (path === '' || isLogic(fallback) || Array.isArray(fallback)) return undefined;
  const segments = String(path).split('.');
  if (!isPlainPath(segments)) return undefined;
  return { segments, notFound: fallback === undefined ? null : fallback };
}

/** The library operator of that name, unless a standard operator has the name. */
function libraryOperator(op: string, operators: Readonly<Record<string, EagerOperator>>): EagerOperator | undefined {
  if (Object.hasOwn(STANDARD_OPERATORS, op) || !Object.hasOwn(operators, op)) return undefined;
  return operators[op];
}

/** `{op: [{"var": p}]}` for `!`, `!!` and one-argument library operators. */
function fuseUnary(op: string, path: StaticPath, operators: Readonly<Record<string, EagerOperator>>): FusedNode | undefined {
  const { segments: s, notFound: nf } = path;
  if (op === '!') return (d) => !truthy(readSegments(d, s, nf));
  if (op === '!!') return (d) => truthy(readSegments(d, s, nf));
  const unary = (libraryOperator(op, operators) as { unary?: (a: unknown) => unknown } | undefined)?.unary;
  if (unary === hasText) return (d) => hasText(readSegments(d, s, nf));
  if (unary === count) return (d) => count(readSegments(d, s, nf));
  if (unary) return (d) => unary(readSegments(d, s, nf));
  return undefined;
}

/** `{op: [x, k]}` where x is a path or the count of one, and k a literal. */
function fuseComparison(op: string, read: PathReader, path: StaticPath, k: unknown): FusedNode | undefined {
  const { segments: s, notFound: nf } = path;
  switch (op) {
    case '==':
      return (d) => read(d, s, nf) == k;
    case '===':
      return (d) => read(d, s, nf) === k;
    case '!=':
      return (d) => read(d, s, nf) != k;
    case '!==':
      return (d) => read(d, s, nf) !== k;
    case '>':
      return (d) => (read(d, s, nf) as number) > (k as number);
    case '>=':
      return (d) => (read(d, s, nf) as number) >= (k as number);
    case '<':
      return (d) => (read(d, s, nf) as number) < (k as number);
    case '<=':
      return (d) => (read(d, s, nf) as number) <= (k as number);
    default:
      return undefined;
  }
}

/**
 * A fused closure for `{op: values}` when it has one of the shapes above, else undefined
 * (the caller then compiles it node by node).
 */
export function fuse(op: string, values: readonly unknown[], operators: Readonly<Record<string, EagerOperator>>): FusedNode | undefined {
  if (values.length === 1) {
    const path = staticPathOf(values[0]);
    return path ? fuseUnary(op, path, operators) : undefined;
  }
  if (values.length !== 2 || isLogic(values[1]) || Array.isArray(values[1])) return undefined;
  const [left, k] = values;
  const path = staticPathOf(left);
  if (path) return fuseComparison(op, readSegments, path, k);
  if (!isLogic(left) || !Object.hasOwn(left, 'count')) return undefined;
  const countOperator = libraryOperator('count', operators) as { unary?: unknown } | undefined;
  const counted = (Array.isArray(left.count) ? left.count : [left.count]) as unknown[];
  const countedPath = countOperator?.unary === count && counted.length === 1 ? staticPathOf(counted[0]) : undefined;
  return countedPath ? fuseComparison(op, countAt, countedPath, k) : undefined;
}
