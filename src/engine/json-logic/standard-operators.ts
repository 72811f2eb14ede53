import { checkLength, spend, textOf, type Budget } from './budget';
import { readPath, truthy } from './truthy';

/**
 * An operator whose arguments are evaluated before it runs. It receives the evaluated
 * arguments and the data in scope, like json-logic-js's `add_operation` functions (which see
 * the data as `this`), and the evaluation's work budget when the compiler calls it.
 */
export type EagerOperator = (args: unknown[], data: unknown, budget?: Budget) => unknown;

/** Whether json-logic-js would read this value (or an item of it, for arrays) as an expression. */
function looksLikeLogic(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(looksLikeLogic);
  return value !== null && typeof value === 'object' && Object.keys(value).length === 1;
}

function missing(keys: unknown[], data: unknown): unknown[] {
  const list = Array.isArray(keys[0]) ? (keys[0] as unknown[]) : keys;
  const out: unknown[] = [];
  for (const key of list) {
    // json-logic-js would evaluate such a key as an expression: data would become code. microcred
    // refuses, and fails the way json-logic-js does for an object that is not an operator.
    if (looksLikeLogic(key)) throw new TypeError('A "missing" key must be a path, not an object.');
    // json-logic-js evaluates {"var": key} here, so an array key carries its own default.
    const value = Array.isArray(key) ? readPath(data, key[0], key[1] === undefined ? null : key[1]) : readPath(data, key, null);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

/**
 * The JsonLogic operators whose arguments are evaluated first, with json-logic-js 2.0.5's
 * semantics. `log` is left out on purpose: it writes to the console. `in` only searches
 * strings and arrays, so it never calls a method found on data.
 */
export const STANDARD_OPERATORS: Readonly<Record<string, EagerOperator>> = {
  '==': ([a, b]) => a == b,
  '===': ([a, b]) => a === b,
  '!=': ([a, b]) => a != b,
  '!==': ([a, b]) => a !== b,
  '>': ([a, b]) => (a as number) > (b as number),
  '>=': ([a, b]) => (a as number) >= (b as number),
  '<': ([a, b, c]) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  '<=': ([a, b, c]) =>
    c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number),
  '!!': ([a]) => truthy(a),
  '!': ([a]) => !truthy(a),
  '%': ([a, b]) => (a as number) % (b as number),
  in: ([a, b], _data, budget) => {
    if (!b) return false;
    if (typeof b === 'string') {
      // Searching text is far cheaper than running a node: a step per 64 characters.
      spend(budget, b.length >> 6);
      return b.indexOf(a as string) !== -1;
    }
    if (!Array.isArray(b)) return false;
    spend(budget, b.length);
    return b.indexOf(a) !== -1;
  },
  // Text built counts against the budget, character by character: strings kept alive by a
  // loop would otherwise exhaust memory well within the step count.
  cat: (args, _data, budget) => {
    let length = 0;
    const parts: string[] = [];
    for (const arg of args) {
      const part = textOf(arg, budget);
      length += part.length;
      checkLength(length);
      parts.push(part);
    }
    spend(budget, length);
    return parts.join('');
  },
  substr: ([source, start, end], _data, budget) => {
    const text = Array.isArray(source) ? textOf(source, budget) : String(source);
    let result: string;
    if ((end as number) < 0) {
      const rest = text.substr(start as number);
      result = rest.substr(0, rest.length + (end as number));
    } else {
      result = text.substr(start as number, end as number);
    }
    spend(budget, result.length);
    return result;
  },
  '+': (args) => args.reduce<number>((sum, b) => parseFloat(sum as unknown as string) + parseFloat(b as string), 0),
  '*': (args) => (args as number[]).reduce((product, b) => parseFloat(product as unknown as string) * parseFloat(b as unknown as string)),
  '-': ([a, b]) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': ([a, b]) => (a as number) / (b as number),
  min: (args) => Math.min(...(args as number[])),
  max: (args) => Math.max(...(args as number[])),
  merge: (args, _data, budget) => {
    spend(budget, args.reduce<number>((count, b) => count + (Array.isArray(b) ? b.length : 1), 0));
    return args.reduce<unknown[]>((all, b) => all.concat(b), []);
  },
  var: ([path, fallback], data) => readPath(data, path, fallback === undefined ? null : fallback),
  missing: (args, data) => missing(args, data),
  missing_some: ([needCount, options], data) => {
    const list = options as unknown[];
    const areMissing = missing(Array.isArray(list) ? list : [list], data);
    return list.length - areMissing.length >= (needCount as number) ? [] : areMissing;
  },
};

/** Operators that control how (and whether) their arguments are evaluated. */
export const LAZY_OPERATORS: ReadonlySet<string> = new Set([
  'if',
  '?:',
  'and',
  'or',
  'filter',
  'map',
  'reduce',
  'all',
  'none',
  'some',
]);
