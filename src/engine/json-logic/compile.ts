import { newBudget, spend, spendEvaluation, type Budget, type EvaluationBudget } from './budget';
import { LAZY_OPERATORS, STANDARD_OPERATORS, type EagerOperator } from './standard-operators';
import { fuse } from './fuse';
import { compilePath } from './paths';
import { isLogic, readPath, truthy } from './truthy';

/** A JsonLogic expression turned into a function of the data. */
export type CompiledLogic = (data: unknown) => unknown;

/** A compiled node: the data in scope, and the work budget of the evaluation (when it needs one). */
type Node = (data: unknown, budget: Budget | undefined) => unknown;

type Operators = Readonly<Record<string, EagerOperator>>;

/**
 * Optional direct forms of an operator for one or two arguments, which spare the argument
 * list; they must give what the operator gives for `[a]` or `[a, b]`. An operator marked
 * `budgeted` counts its work against the budget it is given (it walks or builds data).
 */
interface FastForms {
  readonly unary?: (a: unknown) => unknown;
  readonly binary?: (a: unknown, b: unknown) => unknown;
  readonly budgeted?: boolean;
}

/** Standard operators whose work grows with the size of their arguments. */
const BUDGETED_STANDARD = new Set(['cat', 'substr', 'in', 'merge']);

/**
 * Compiles a JsonLogic expression once into plain closures: no interpreter walk per run and
 * no `new Function`, so it also runs under a strict Content-Security-Policy. Semantics are
 * json-logic-js 2.0.5's (checked against the JsonLogic shared tests and differentially),
 * except that `var` only reads own properties and never `__proto__`, `constructor` or
 * `prototype`, and data is never evaluated as logic.
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
  const state: CompileState = { operators, budgeted: false };
  const root = compileNode(logic, state);
  // Only expressions that walk or build lists need a budget; the rest run without one.
  return state.budgeted ? (data) => root(data, newBudget()) : (root as CompiledLogic);
}

/** A compiled expression that also counts its work against an evaluation's shared budget. */
export type BudgetedLogic = (data: unknown, evaluation: EvaluationBudget | undefined) => unknown;

/**
 * {@link compileLogic} for rules: each run is charged the expression's size against the
 * evaluation's budget, and a run that walks or builds data is charged what it did, so all the
 * rules of a pack together stay within `LOGIC_LIMITS.maxEvaluationSteps` on one proposal.
 */
export function compileBudgetedLogic(logic: unknown, operators: Readonly<Record<string, EagerOperator>> = {}): BudgetedLogic {
  const state: CompileState = { operators, budgeted: false };
  const root = compileNode(logic, state);
  const size = nodeCount(logic);
  if (!state.budgeted) {
    return (data, evaluation) => {
      if (evaluation !== undefined) spendEvaluation(evaluation, size);
      return root(data, undefined);
    };
  }
  return (data, evaluation) => {
    if (evaluation === undefined) return root(data, newBudget());
    spendEvaluation(evaluation, size);
    const budget = newBudget(evaluation);
    const start = budget.remaining;
    try {
      return root(data, budget);
    } finally {
      evaluation.remaining -= start - Math.max(budget.remaining, 0);
    }
  };
}

/** Nodes (operators, arrays, values) in an expression, as `validateLogic` counts them. */
function nodeCount(logic: unknown): number {
  if (Array.isArray(logic)) {
    let total = 1;
    for (const item of logic) total += nodeCount(item);
    return total;
  }
  if (!isLogic(logic)) return 1;
  return 1 + nodeCount(Object.values(logic)[0]);
}

interface CompileState {
  readonly operators: Operators;
  /** Set when some node counts list work against the evaluation's budget. */
  budgeted: boolean;
}

function compileNode(logic: unknown, state: CompileState): Node {
  if (Array.isArray(logic)) {
    const parts = logic.map((item) => compileNode(item, state));
    return (data, budget) => parts.map((part) => part(data, budget));
  }
  if (!isLogic(logic)) return () => logic;

  const op = Object.keys(logic)[0]!;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];

  if (LAZY_OPERATORS.has(op)) return compileLazy(op, values, state);
  const fused = fuse(op, values, state.operators);
  if (fused) return fused;
  if (op === 'var') {
    const fast = compileStaticVar(values);
    if (fast) return fast;
  }
  const args = values.map((value) => compileNode(value, state));
  const special = compileSpecial(op, args, values);
  if (special) return special;

  const operator = Object.hasOwn(STANDARD_OPERATORS, op)
    ? STANDARD_OPERATORS[op]!
    : Object.hasOwn(state.operators, op)
      ? state.operators[op]!
      : undefined;
  if (!operator) throw new Error(`Unrecognized operation ${op}`);
  const { unary, binary, budgeted } = operator as FastForms;
  if (budgeted || (BUDGETED_STANDARD.has(op) && operator === STANDARD_OPERATORS[op])) state.budgeted = true;
  if (unary && args.length === 1) {
    const [a] = args as [Node];
    return (data, budget) => unary(a(data, budget));
  }
  if (binary && args.length === 2) {
    const [a, b] = args as [Node, Node];
    return (data, budget) => binary(a(data, budget), b(data, budget));
  }

  switch (args.length) {
    case 0:
      return (data, budget) => operator([], data, budget);
    case 1: {
      const [a] = args as [Node];
      return (data, budget) => operator([a(data, budget)], data, budget);
    }
    case 2: {
      const [a, b] = args as [Node, Node];
      return (data, budget) => operator([a(data, budget), b(data, budget)], data, budget);
    }
    default:
      return (data, budget) => operator(args.map((arg) => arg(data, budget)), data, budget);
  }
}

/** The operators rules use most, as direct closures (same results as STANDARD_OPERATORS). */
function compileSpecial(op: string, args: readonly Node[], values: readonly unknown[]): Node | undefined {
  const [a, b] = args;
  // `{">": [x, 12]}`: the literal is read once here, not called for each run.
  const literal = args.length === 2 && !isLogic(values[1]) && !Array.isArray(values[1]) ? values[1] : NOT_LITERAL;
  if (a && literal !== NOT_LITERAL) {
    const k = literal;
    switch (op) {
      case '==':
        return (d, g) => a(d, g) == k;
      case '===':
        return (d, g) => a(d, g) === k;
      case '!=':
        return (d, g) => a(d, g) != k;
      case '!==':
        return (d, g) => a(d, g) !== k;
      case '>':
        return (d, g) => (a(d, g) as number) > (k as number);
      case '>=':
        return (d, g) => (a(d, g) as number) >= (k as number);
      case '<':
        return (d, g) => (a(d, g) as number) < (k as number);
      case '<=':
        return (d, g) => (a(d, g) as number) <= (k as number);
    }
  }
  if (args.length === 1 && a) {
    if (op === '!') return (d, g) => !truthy(a(d, g));
    if (op === '!!') return (d, g) => truthy(a(d, g));
    return undefined;
  }
  if (args.length !== 2 || !a || !b) return undefined;
  switch (op) {
    case '==':
      return (d, g) => a(d, g) == b(d, g);
    case '===':
      return (d, g) => a(d, g) === b(d, g);
    case '!=':
      return (d, g) => a(d, g) != b(d, g);
    case '!==':
      return (d, g) => a(d, g) !== b(d, g);
    case '>':
      return (d, g) => (a(d, g) as number) > (b(d, g) as number);
    case '>=':
      return (d, g) => (a(d, g) as number) >= (b(d, g) as number);
    case '<':
      return (d, g) => (a(d, g) as number) < (b(d, g) as number);
    case '<=':
      return (d, g) => (a(d, g) as number) <= (b(d, g) as number);
    default:
      return undefined;
  }
}

const NOT_LITERAL = Symbol('not a literal');

/** `{"var": "a.b"}` with a literal path: split and checked once, read directly each run. */
function compileStaticVar(values: unknown[]): Node | undefined {
  const [path, fallback] = values;
  if (isLogic(fallback) || Array.isArray(fallback) || Array.isArray(path) || isLogic(path)) return undefined;
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === '' || path === null) return (data) => data;
  return compilePath(String(path).split('.'), notFound);
}

function compileLazy(op: string, values: unknown[], state: CompileState): Node {
  const parts = values.map((value) => compileNode(value, state));
  switch (op) {
    case 'if':
    case '?:':
      return (data, budget) => {
        let i = 0;
        for (; i < parts.length - 1; i += 2) {
          if (truthy(parts[i]!(data, budget))) return parts[i + 1]!(data, budget);
        }
        return parts.length === i + 1 ? parts[i]!(data, budget) : null;
      };
    case 'and':
      if (parts.length === 2) {
        const [first, second] = parts as [Node, Node];
        return (data, budget) => {
          const current = first(data, budget);
          return truthy(current) ? second(data, budget) : current;
        };
      }
      return (data, budget) => {
        let current: unknown;
        for (const part of parts) {
          current = part(data, budget);
          if (!truthy(current)) return current;
        }
        return current;
      };
    case 'or':
      if (parts.length === 2) {
        const [first, second] = parts as [Node, Node];
        return (data, budget) => {
          const current = first(data, budget);
          return truthy(current) ? current : second(data, budget);
        };
      }
      return (data, budget) => {
        let current: unknown;
        for (const part of parts) {
          current = part(data, budget);
          if (truthy(current)) return current;
        }
        return current;
      };
  }

  state.budgeted = true;
  const source: Node = parts[0] ?? (() => undefined);
  const scoped: Node = parts[1] ?? (() => undefined);
  // Each item costs a step, plus one per node of the expression run for it: a loop cannot
  // multiply the work of a large expression past the budget.
  const perItem = 1 + nodeCount(values[1]);
  switch (op) {
    case 'filter':
      return (data, budget) => {
        const list = source(data, budget);
        if (!Array.isArray(list)) return [];
        spend(budget, list.length * perItem);
        return list.filter((item) => truthy(scoped(item, budget)));
      };
    case 'map':
      return (data, budget) => {
        const list = source(data, budget);
        if (!Array.isArray(list)) return [];
        spend(budget, list.length * perItem);
        return list.map((item) => scoped(item, budget));
      };
    case 'reduce': {
      const initialPart = values.length > 2 && values[2] !== undefined ? parts[2]! : undefined;
      return (data, budget) => {
        const list = source(data, budget);
        const initial = initialPart ? initialPart(data, budget) : null;
        if (!Array.isArray(list)) return initial;
        spend(budget, list.length * perItem);
        let accumulator = initial;
        for (const current of list) accumulator = scoped({ current, accumulator }, budget);
        return accumulator;
      };
    }
    case 'all':
      return (data, budget) => {
        const list = source(data, budget);
        if (!Array.isArray(list) || list.length === 0) return false;
        spend(budget, list.length * perItem);
        for (const item of list) if (!truthy(scoped(item, budget))) return false;
        return true;
      };
    case 'none':
      return (data, budget) => {
        const list = source(data, budget);
        if (!Array.isArray(list) || list.length === 0) return true;
        spend(budget, list.length * perItem);
        for (const item of list) if (truthy(scoped(item, budget))) return false;
        return true;
      };
    default: // 'some'
      return (data, budget) => {
        const list = source(data, budget);
        if (!Array.isArray(list) || list.length === 0) return false;
        spend(budget, list.length * perItem);
        for (const item of list) if (truthy(scoped(item, budget))) return true;
        return false;
      };
  }
}

/** Names of every JsonLogic operator the compiler knows, plus the given extra operators. */
export function operatorNames(extra: Readonly<Record<string, unknown>> = {}): Set<string> {
  return new Set([...LAZY_OPERATORS, ...Object.keys(STANDARD_OPERATORS), ...Object.keys(extra)]);
}

export { compilePath, readPath };
