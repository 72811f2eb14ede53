import { enterBudget, leaveBudget, spend } from './budget';
import { LAZY_OPERATORS, STANDARD_OPERATORS, type EagerOperator } from './standard-operators';
import { readPath, truthy, walk } from './truthy';

/** A JsonLogic expression turned into a function of the data. */
export type CompiledLogic = (data: unknown) => unknown;

function isLogic(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
}

/**
 * Compiles a JsonLogic expression once into plain closures: no interpreter walk per run and
 * no `new Function`, so it also runs under a strict Content-Security-Policy. Semantics are
 * json-logic-js 2.0.5's (checked against the JsonLogic shared tests and differentially),
 * except that `var` only reads own properties and never `__proto__`, `constructor` or
 * `prototype`.
 *
 * Validate untrusted expressions with `validateLogic` first; `compileLogic` throws on an
 * unknown operator. The compiled function throws a `MicrocredError` with code `logic-limit`
 * when one evaluation goes over `LOGIC_LIMITS.maxSteps` or `maxStringLength`.
 *
 * @example
 * ```ts
 * const isBig = compileLogic({ '>': [{ var: 'credits' }, 12] });
 * isBig({ credits: 15 }); // true
 * ```
 */
export function compileLogic(logic: unknown, operators: Readonly<Record<string, EagerOperator>> = {}): CompiledLogic {
  const root = compileNode(logic, operators);
  return (data) => {
    const outer = enterBudget();
    try {
      return root(data);
    } finally {
      leaveBudget(outer);
    }
  };
}

function compileNode(logic: unknown, operators: Readonly<Record<string, EagerOperator>>): CompiledLogic {
  if (Array.isArray(logic)) {
    const parts = logic.map((item) => compileNode(item, operators));
    return (data) => parts.map((part) => part(data));
  }
  if (!isLogic(logic)) return () => logic;

  const op = Object.keys(logic)[0]!;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];

  if (LAZY_OPERATORS.has(op)) return compileLazy(op, values, operators);
  if (op === 'var') {
    const fast = compileStaticVar(values);
    if (fast) return fast;
  }

  const operator = Object.hasOwn(STANDARD_OPERATORS, op)
    ? STANDARD_OPERATORS[op]!
    : Object.hasOwn(operators, op)
      ? operators[op]!
      : undefined;
  if (!operator) throw new Error(`Unrecognized operation ${op}`);

  const args = values.map((value) => compileNode(value, operators));
  switch (args.length) {
    case 0:
      return (data) => operator([], data);
    case 1: {
      const [a] = args as [CompiledLogic];
      return (data) => operator([a(data)], data);
    }
    case 2: {
      const [a, b] = args as [CompiledLogic, CompiledLogic];
      return (data) => operator([a(data), b(data)], data);
    }
    default:
      return (data) => operator(args.map((arg) => arg(data)), data);
  }
}

/** `{"var": "a.b"}` with a literal path: split once, walk each run. */
function compileStaticVar(values: unknown[]): CompiledLogic | undefined {
  const [path, fallback] = values;
  if (isLogic(fallback) || Array.isArray(fallback) || Array.isArray(path) || isLogic(path)) return undefined;
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === '' || path === null) return (data) => data;
  const segments = String(path).split('.');
  if (segments.length === 1) {
    const key = segments[0]!;
    return (data) => walk(data, [key], notFound);
  }
  return (data) => walk(data, segments, notFound);
}

function compileLazy(op: string, values: unknown[], operators: Readonly<Record<string, EagerOperator>>): CompiledLogic {
  const parts = values.map((value) => compileNode(value, operators));
  switch (op) {
    case 'if':
    case '?:':
      return (data) => {
        let i = 0;
        for (; i < parts.length - 1; i += 2) {
          if (truthy(parts[i]!(data))) return parts[i + 1]!(data);
        }
        return parts.length === i + 1 ? parts[i]!(data) : null;
      };
    case 'and':
      return (data) => {
        let current: unknown;
        for (const part of parts) {
          current = part(data);
          if (!truthy(current)) return current;
        }
        return current;
      };
    case 'or':
      return (data) => {
        let current: unknown;
        for (const part of parts) {
          current = part(data);
          if (truthy(current)) return current;
        }
        return current;
      };
  }

  const source = parts[0] ?? (() => undefined);
  const scoped = parts[1] ?? (() => undefined);
  switch (op) {
    case 'filter':
      return (data) => {
        const list = source(data);
        if (!Array.isArray(list)) return [];
        spend(list.length);
        return list.filter((item) => truthy(scoped(item)));
      };
    case 'map':
      return (data) => {
        const list = source(data);
        if (!Array.isArray(list)) return [];
        spend(list.length);
        return list.map((item) => scoped(item));
      };
    case 'reduce': {
      const initialPart = values.length > 2 && values[2] !== undefined ? parts[2]! : undefined;
      return (data) => {
        const list = source(data);
        const initial = initialPart ? initialPart(data) : null;
        if (!Array.isArray(list)) return initial;
        spend(list.length);
        let accumulator = initial;
        for (const current of list) accumulator = scoped({ current, accumulator });
        return accumulator;
      };
    }
    case 'all':
      return (data) => {
        const list = source(data);
        if (!Array.isArray(list) || list.length === 0) return false;
        spend(list.length);
        for (const item of list) if (!truthy(scoped(item))) return false;
        return true;
      };
    case 'none':
      return (data) => {
        const list = source(data);
        if (!Array.isArray(list) || list.length === 0) return true;
        spend(list.length);
        for (const item of list) if (truthy(scoped(item))) return false;
        return true;
      };
    default: // 'some'
      return (data) => {
        const list = source(data);
        if (!Array.isArray(list) || list.length === 0) return false;
        spend(list.length);
        for (const item of list) if (truthy(scoped(item))) return true;
        return false;
      };
  }
}

/** Names of every JsonLogic operator the compiler knows, plus the given extra operators. */
export function operatorNames(extra: Readonly<Record<string, unknown>> = {}): Set<string> {
  return new Set([...LAZY_OPERATORS, ...Object.keys(STANDARD_OPERATORS), ...Object.keys(extra)]);
}

export { readPath };
