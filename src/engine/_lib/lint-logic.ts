import type { Problem } from '../errors';
import { ANY, describeMiss, elementOf, isList, resolveShape, type Shape } from './lint-paths';

/** How many arguments each operator takes: [fewest, most]. */
const ARITY: Readonly<Record<string, readonly [number, number]>> = {
  '==': [2, 2], '===': [2, 2], '!=': [2, 2], '!==': [2, 2],
  '>': [2, 2], '>=': [2, 2], '<': [2, 3], '<=': [2, 3],
  '!!': [1, 1], '!': [1, 1], '%': [2, 2], '/': [2, 2], '-': [1, 2], '+': [1, Infinity], '*': [1, Infinity],
  min: [1, Infinity], max: [1, Infinity], in: [2, 2], substr: [2, 3],
  var: [0, 2], missing_some: [2, 2],
  if: [1, Infinity], '?:': [3, 3], and: [1, Infinity], or: [1, Infinity],
  filter: [2, 2], map: [2, 2], all: [2, 2], none: [2, 2], some: [2, 2], reduce: [3, 3],
  count: [1, 1], sum: [1, 2], totalCredits: [1, 2], hasText: [1, 1], unique: [1, 1],
  dateBefore: [2, 2], dateAfter: [2, 2], dateOnOrBefore: [2, 2], dateOnOrAfter: [2, 2],
  daysBetween: [2, 2], addDays: [2, 2], addWeeks: [2, 2], inFramework: [2, 3],
};

const LIST_OPERATORS = new Set(['filter', 'map', 'all', 'none', 'some']);

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

function describeArity(op: string, [min, max]: readonly [number, number]): string {
  if (min === max) return `"${op}" takes ${min} ${plural(min)}`;
  if (max === Infinity) return `"${op}" takes at least ${min} ${plural(min)}`;
  return `"${op}" takes ${min} to ${max} arguments`;
}

/** A literal data path (`"a.b"`, `3`), as segments; undefined when the path is computed. */
function literalPath(value: unknown): string[] | undefined {
  if (typeof value === 'number') return [String(value)];
  if (typeof value !== 'string') return undefined;
  return value === '' ? [] : value.split('.');
}

/** Where a path starts, in words, for messages. */
export interface LintScope {
  readonly shape: Shape;
  /** How to name the data root in messages: "the proposal", "the item" ... */
  readonly root: string;
}

/**
 * Checks a JsonLogic expression from a pack against the data it will read: every literal
 * `var` (and `missing`) path must exist in the proposal model (or the item's, inside list
 * operators), and every operator must get a number of arguments it can use. Expressions the
 * safety check (`validateLogic`) refuses are left to it.
 */
export function lintLogic(logic: unknown, scope: LintScope | undefined, at: readonly (string | number)[], problems: Problem[]): void {
  const visit = (node: unknown, path: readonly (string | number)[], current: LintScope | undefined): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i], current));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) return;
    const op = keys[0]!;
    const raw = (node as Record<string, unknown>)[op];
    const args = Array.isArray(raw) ? raw : [raw];
    const here = [...path, op];
    const arity = Object.hasOwn(ARITY, op) ? ARITY[op] : undefined;
    if (arity && (args.length < arity[0] || args.length > arity[1])) {
      problems.push({ path: here, code: 'operator-arity', message: `${describeArity(op, arity)}; it has ${args.length}.` });
      return;
    }
    if (op === 'var') {
      checkPath(args[0], current, here, problems);
      args.slice(1).forEach((arg, i) => visit(arg, [...here, i + 1], current));
      return;
    }
    if (op === 'missing') {
      args.forEach((arg, i) => checkPath(arg, current, [...here, i], problems));
      return;
    }
    if (LIST_OPERATORS.has(op) || op === 'reduce') {
      visit(args[0], [...here, 0], current);
      // Inside, `var` reads the list's item (for reduce: `current` and `accumulator`).
      const list = listShape(args[0], current);
      const inner: LintScope | undefined =
        list === undefined ? undefined : op === 'reduce' ? { shape: { kind: 'fields', fields: { current: elementOf(list), accumulator: ANY } }, root: 'reduce data' } : { shape: elementOf(list), root: 'the list item' };
      args.slice(1).forEach((arg, i) => visit(arg, [...here, i + 1], op === 'reduce' && i === 1 ? current : inner));
      return;
    }
    visit(raw, here, current);
  };
  visit(logic, at, scope);
}

function listShape(expression: unknown, scope: LintScope | undefined): Shape | undefined {
  if (!scope || expression === null || typeof expression !== 'object' || Array.isArray(expression)) return undefined;
  const varArg = (expression as Record<string, unknown>).var;
  if (Object.keys(expression).length !== 1 || varArg === undefined) return undefined;
  const segments = literalPath(Array.isArray(varArg) ? varArg[0] : varArg);
  if (!segments) return undefined;
  const found = resolveShape(scope.shape, segments);
  return 'shape' in found && isList(found.shape) ? found.shape : undefined;
}

function checkPath(arg: unknown, scope: LintScope | undefined, at: readonly (string | number)[], problems: Problem[]): void {
  if (!scope) return;
  const segments = literalPath(arg);
  if (!segments) return;
  const found = resolveShape(scope.shape, segments);
  if ('miss' in found) problems.push({ path: at, code: 'unknown-path', message: describeMiss(segments, found.miss, scope.root) });
}
