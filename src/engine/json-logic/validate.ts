import { FORBIDDEN_KEYS } from './truthy';

/**
 * Limits on a JsonLogic expression in a pack: its size, checked when the pack is defined, and
 * the work one evaluation may do, checked as it runs (a rule that goes over reports
 * `engine/rule-failed` instead of exhausting memory).
 */
export const LOGIC_LIMITS = {
  /** Deepest nesting of operators and arrays. */
  maxDepth: 64,
  /** Most nodes (operators, arrays, values) in one expression. */
  maxNodes: 5_000,
  /**
   * Most steps one run of an expression may take: a step is a list item visited (map, filter,
   * reduce, all, none, some, sum, totalCredits, unique, in) or built (merge), a character of
   * text built (cat, substr), 64 characters searched (in), and, inside a loop, a node
   * evaluated once per item.
   */
  maxSteps: 1_000_000,
  /** Most steps (as for `maxSteps`) all the rules of a pack may take together on one proposal. */
  maxEvaluationSteps: 5_000_000,
  /** Longest string one `cat` or `substr` may build. */
  maxStringLength: 1_000_000,
} as const;

/** A problem found in a JsonLogic expression. */
export interface LogicProblem {
  /** Path inside the expression, e.g. `['and', 1, 'var']`. */
  readonly path: readonly (string | number)[];
  readonly code: 'unknown-operator' | 'forbidden-path' | 'too-deep' | 'too-large';
  readonly message: string;
}

/**
 * Checks that a JsonLogic expression is safe to run: only known operators (looked up as own
 * properties), no `var` or `missing` path through `__proto__`, `constructor` or `prototype`,
 * and within {@link LOGIC_LIMITS}. Returns every problem; an empty list means it is safe.
 *
 * @example
 * ```ts
 * validateLogic({ var: 'constructor.name' }, new Set(['var']));
 * // [{ code: 'forbidden-path', path: ['var'], message: '...' }]
 * ```
 */
export function validateLogic(logic: unknown, allowedOperators: ReadonlySet<string>): LogicProblem[] {
  const problems: LogicProblem[] = [];
  let nodes = 0;
  let reportedSize = false;

  const visit = (node: unknown, path: (string | number)[], depth: number): void => {
    nodes++;
    if (nodes > LOGIC_LIMITS.maxNodes) {
      if (!reportedSize) {
        reportedSize = true;
        problems.push({ path, code: 'too-large', message: `The expression has more than ${LOGIC_LIMITS.maxNodes} nodes.` });
      }
      return;
    }
    if (depth > LOGIC_LIMITS.maxDepth) {
      problems.push({ path, code: 'too-deep', message: `The expression nests deeper than ${LOGIC_LIMITS.maxDepth} levels.` });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i], depth + 1));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) return; // a literal object: JsonLogic returns it as data
    const op = keys[0]!;
    if (!allowedOperators.has(op)) {
      problems.push({
        path: [...path, op],
        code: 'unknown-operator',
        message: `"${op}" is not an operator microcred allows.`,
      });
      return;
    }
    const args = (node as Record<string, unknown>)[op];
    if (op === 'var' || op === 'missing' || op === 'missing_some') checkPaths(op, args, [...path, op], problems);
    visit(args, [...path, op], depth + 1);
  };

  visit(logic, [], 0);
  return problems;
}

function checkPaths(op: string, args: unknown, path: (string | number)[], problems: LogicProblem[]): void {
  const list = Array.isArray(args) ? args : [args];
  const paths = op === 'var' ? list.slice(0, 1) : op === 'missing_some' ? (Array.isArray(list[1]) ? list[1] : []) : list;
  for (const candidate of paths) {
    const keys = Array.isArray(candidate) ? candidate.slice(0, 1) : [candidate];
    for (const key of keys) {
      if (typeof key !== 'string') continue;
      const bad = key.split('.').find((segment) => FORBIDDEN_KEYS.has(segment));
      if (bad !== undefined) {
        problems.push({ path, code: 'forbidden-path', message: `The path "${key}" goes through "${bad}", which rules may not read.` });
      }
    }
  }
}
