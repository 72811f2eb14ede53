import type { PrecompiledCheck } from '../types';
import { isPlainPath } from './paths';
import { STANDARD_OPERATORS, type EagerOperator } from './standard-operators';
import { isLogic } from './truthy';

// Ahead-of-time compilation: a declarative check turned into JavaScript source, written to a
// file when a pack is built (the way Ajv's standalone mode writes validators), never turned
// into code at run time. Each check becomes its own function, so V8 gives its property reads
// and calls their own inline caches, which closures sharing one body cannot have. Only the
// subset below is generated; for anything else the generator answers undefined and the rule
// keeps its compiled closures. Semantics are json-logic-js's, as in compile.ts.

type Operators = Readonly<Record<string, EagerOperator>>;

const COMPARISONS = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Source for one expression, with the temporaries it declared. */
class Emitter {
  temps = 0;
  /** Library functions the code calls, read once when the check is made: `o0 = ops["count"].unary`. */
  readonly functions = new Map<string, string>();
  constructor(private readonly operators: Operators) {}

  private libraryFunction(op: string, form: 'unary' | 'binary'): string {
    const lookup = `ops[${JSON.stringify(op)}].${form}`;
    let name = this.functions.get(lookup);
    if (name === undefined) this.functions.set(lookup, (name = `o${this.functions.size}`));
    return name;
  }

  temp(): string {
    return `t${this.temps++}`;
  }

  /** JavaScript for `logic` evaluated against the data in `scope`; undefined when not generated. */
  expression(logic: unknown, scope: string): string | undefined {
    if (!isLogic(logic)) return literal(logic);
    const op = Object.keys(logic)[0]!;
    const raw = logic[op];
    const args: unknown[] = Array.isArray(raw) ? raw : [raw];
    if (op === 'var') return readVar(args, scope);
    const parts: string[] = [];
    for (const arg of args) {
      const part = this.expression(arg, scope);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return this.operation(op, parts);
  }

  private operation(op: string, parts: readonly string[]): string | undefined {
    const [a, b] = parts;
    if (COMPARISONS.has(op)) return parts.length === 2 ? `(${a} ${op} ${b})` : undefined;
    if (parts.length === 0) return undefined;
    switch (op) {
      case '!':
        return `!truthy(${a})`;
      case '!!':
        return `truthy(${a})`;
      case 'and':
      case 'or': {
        const t = this.temp();
        // json-logic-js returns the first falsy (and) or truthy (or) value, else the last.
        const stop = op === 'and' ? `!truthy(${t} = ` : `truthy(${t} = `;
        return `(${parts.slice(0, -1).map((part) => `${stop}${part}) ? ${t} : `).join('')}${parts.at(-1)})`;
      }
      case 'if':
      case '?:': {
        let source = '';
        let i = 0;
        for (; i < parts.length - 1; i += 2) source += `truthy(${parts[i]}) ? ${parts[i + 1]} : `;
        return `(${source}${parts.length === i + 1 ? parts[i] : 'null'})`;
      }
    }
    if (Object.hasOwn(STANDARD_OPERATORS, op) || !Object.hasOwn(this.operators, op)) return undefined;
    const forms = this.operators[op] as { unary?: unknown; binary?: unknown };
    if (parts.length === 1 && forms.unary) return `${this.libraryFunction(op, 'unary')}(${a})`;
    if (parts.length === 2 && forms.binary) return `${this.libraryFunction(op, 'binary')}(${a}, ${b})`;
    return undefined;
  }
}

function literal(value: unknown): string | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
  return undefined;
}

/** Whether the expression always gives true or false, so a check needs no `truthy` around it. */
function isBoolean(logic: unknown): boolean {
  if (!isLogic(logic)) return typeof logic === 'boolean';
  const op = Object.keys(logic)[0]!;
  return COMPARISONS.has(op) || op === '!' || op === '!!';
}

/**
 * `{"var": "a.b"}` with the default default: each step may be missing, which gives null.
 * Under `each` the scope `{ item, index, proposal }` is never built to be read: its three
 * names are the loop's own variables, and any other name is missing.
 */
function readVar(args: readonly unknown[], scope: string): string | undefined {
  const [path, fallback] = args;
  if ((typeof path !== 'string' && typeof path !== 'number') || path === '' || (fallback !== undefined && fallback !== null)) return undefined;
  const segments = String(path).split('.');
  if (!isPlainPath(segments)) return undefined;
  if (scope === EACH_SCOPE) {
    const [first, ...rest] = segments;
    const local = first === 'item' ? 'item' : first === 'index' ? 'index' : first === 'proposal' ? 'p' : undefined;
    return local === undefined ? 'null' : `(${chain(rest, local)} ?? null)`;
  }
  return `(${chain(segments, scope)} ?? null)`;
}

/** The scope name that stands for `{ item, index, proposal }` under `each`. */
const EACH_SCOPE = 's';

/** `scope?.a?.["b-c"]` for a plain path: undefined as soon as a step is null or missing, as `var` reads. */
function chain(segments: readonly string[], scope: string): string {
  return scope + segments.map((s) => (IDENTIFIER.test(s) ? `?.${s}` : `?.[${JSON.stringify(s)}]`)).join('');
}

/**
 * The part of a declarative check its generated code depends on, as one string: a
 * {@link PrecompiledCheck} is used only while its `logic` equals this for the rule.
 *
 * @example
 * ```ts
 * checkSourceKey({ assert: { hasText: [{ var: 'title' }] } }); // '[{"hasText":[{"var":"title"}]},null]'
 * ```
 */
export function checkSourceKey(check: { readonly assert: unknown; readonly each?: string }): string {
  return JSON.stringify([check.assert, check.each ?? null]);
}

/**
 * JavaScript source of a function `(ops, fail) => check` for a declarative check, or
 * undefined when the check uses something the generator leaves to the closure compiler.
 * `fail(scope)` (or `fail(scope, index)` with `each`) makes the finding. The source is
 * JavaScript: JsonLogic is untyped, and its types would only be `any`.
 */
export function generateCheckSource(check: { readonly assert: unknown; readonly each?: string }, operators: Operators): string | undefined {
  const emitter = new Emitter(operators);
  const scope = check.each === undefined ? 'p' : EACH_SCOPE;
  const test = emitter.expression(check.assert, scope);
  if (test === undefined) return undefined;
  const passes = isBoolean(check.assert) ? test : `truthy(${test})`;
  const temps = emitter.temps > 0 ? [`let ${Array.from({ length: emitter.temps }, (_, i) => `t${i}`).join(', ')};`] : [];
  let body: string[];
  if (check.each === undefined) {
    body = [...temps, `return ${passes} ? undefined : fail(p);`];
  } else {
    const eachSegments = check.each.split('.');
    if (!isPlainPath(eachSegments)) return undefined;
    const list = chain(eachSegments, 'p');
    body = [
      `const list = ${list};`,
      `if (!Array.isArray(list)) return undefined;`,
      `let found;`,
      ...temps,
      `for (let index = 0; index < list.length; index++) {`,
      `  const item = list[index];`,
      `  if (!${passes}) (found ??= []).push(fail({ item, index, proposal: p }, index));`,
      `}`,
      `return found;`,
    ];
  }
  const functions = [...emitter.functions].map(([lookup, name]) => `const ${name} = ${lookup};`);
  return ['(ops, fail) => {', ...functions.map((line) => `  ${line}`), '  return (p) => {', ...body.map((line) => `    ${line}`), '  };', '}'].join('\n');
}
