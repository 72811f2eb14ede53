import type * as z from 'zod/mini';
import { ProposalSchema } from '../../model/proposal';

/**
 * What a path in a pack may reach, derived from the proposal's zod schemas so that new model
 * fields are known without a list to keep up to date. `any` is free-form data (`extensions`,
 * unknown values) where every path is allowed.
 */
export type Shape =
  | { readonly kind: 'any' }
  | { readonly kind: 'schemas'; readonly schemas: readonly z.ZodMiniType[] }
  | { readonly kind: 'fields'; readonly fields: Readonly<Record<string, Shape>> };

export const ANY: Shape = { kind: 'any' };
const NUMBER_NODE: Shape = { kind: 'fields', fields: {} };

/** The shape of the data a rule's check reads: the parsed proposal. */
export const PROPOSAL: Shape = { kind: 'schemas', schemas: [ProposalSchema] };

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly getter?: () => z.ZodMiniType;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly catchall?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly valueType?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly items?: readonly z.ZodMiniType[];
  readonly left?: z.ZodMiniType;
  readonly right?: z.ZodMiniType;
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);
const FREE = new Set(['any', 'unknown', 'custom']);

/** The schemas a schema stands for, with wrappers, unions and intersections taken apart. */
function expand(schema: z.ZodMiniType, out: z.ZodMiniType[] = [], depth = 0): z.ZodMiniType[] {
  const def = defOf(schema);
  if (depth > 50) return out;
  if (WRAPPERS.has(def.type) && def.innerType) return expand(def.innerType, out, depth + 1);
  if (def.type === 'pipe' && def.in) return expand(def.in, out, depth + 1);
  if (def.type === 'lazy' && def.getter) return expand(def.getter(), out, depth + 1);
  if (def.type === 'union' && def.options) {
    for (const option of def.options) expand(option, out, depth + 1);
    return out;
  }
  if (def.type === 'intersection' && def.left && def.right) {
    expand(def.left, out, depth + 1);
    return expand(def.right, out, depth + 1);
  }
  out.push(schema);
  return out;
}

/** The result of one step along a path: the shape reached, or the keys that were possible. */
type Step = { readonly shape: Shape } | { readonly keys: readonly string[]; readonly leaf: boolean };

function stepSchemas(schemas: readonly z.ZodMiniType[], segment: string): Step {
  const reached: z.ZodMiniType[] = [];
  const keys = new Set<string>();
  let leaf = true;
  for (const schema of schemas.flatMap((s) => expand(s))) {
    const def = defOf(schema);
    if (FREE.has(def.type)) return { shape: ANY };
    if (def.type === 'object' && def.shape) {
      leaf = false;
      if (Object.hasOwn(def.shape, segment)) reached.push(def.shape[segment]!);
      else if (def.catchall && defOf(def.catchall).type !== 'never') reached.push(def.catchall);
      else Object.keys(def.shape).forEach((k) => keys.add(k));
    } else if (def.type === 'record' && def.valueType) {
      leaf = false;
      reached.push(def.valueType);
    } else if ((def.type === 'array' && def.element) || (def.type === 'tuple' && def.items)) {
      leaf = false;
      if (/^\d+$/.test(segment)) reached.push(def.element ?? def.items![Number(segment)] ?? def.items![0]!);
      else if (segment === 'length') return { shape: NUMBER_NODE };
      else keys.add('<index>');
    } else if (def.type === 'string' && segment === 'length') {
      return { shape: NUMBER_NODE };
    }
  }
  if (reached.length > 0) return { shape: { kind: 'schemas', schemas: reached } };
  return { keys: [...keys].sort(), leaf };
}

/** One step from a shape along a path segment. */
export function stepShape(shape: Shape, segment: string): Step {
  if (shape.kind === 'any') return { shape: ANY };
  if (shape.kind === 'fields') {
    return Object.hasOwn(shape.fields, segment) ? { shape: shape.fields[segment]! } : { keys: Object.keys(shape.fields), leaf: Object.keys(shape.fields).length === 0 };
  }
  return stepSchemas(shape.schemas, segment);
}

/** Whether a shape is (or may be) a list. */
export function isList(shape: Shape): boolean {
  if (shape.kind === 'any') return true;
  if (shape.kind === 'fields') return false;
  return shape.schemas.flatMap((s) => expand(s)).some((s) => ['array', 'tuple', 'any', 'unknown', 'custom'].includes(defOf(s).type));
}

/** A path that leads nowhere: where it went wrong and what was possible there. */
export interface PathMiss {
  /** Index of the first segment that is not known. */
  readonly at: number;
  readonly keys: readonly string[];
  /** The path went past a plain value (a string, number, ...). */
  readonly leaf: boolean;
}

/** Follows a path through a shape; the shape reached, or where it goes wrong. */
export function resolveShape(shape: Shape, segments: readonly string[]): { shape: Shape } | { miss: PathMiss } {
  let current = shape;
  for (let i = 0; i < segments.length; i++) {
    const step = stepShape(current, segments[i]!);
    if ('keys' in step) return { miss: { at: i, keys: step.keys, leaf: step.leaf } };
    current = step.shape;
  }
  return { shape: current };
}

/** The element shape of a list shape. */
export function elementOf(shape: Shape): Shape {
  const step = stepShape(shape, '0');
  return 'shape' in step ? step.shape : ANY;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key nearest to a misspelt one, if one is near enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A sentence saying why a path is not known, with a suggestion when there is one. */
export function describeMiss(segments: readonly string[], miss: PathMiss, root: string): string {
  const segment = segments[miss.at]!;
  const parent = miss.at === 0 ? root : segments.slice(0, miss.at).join('.');
  if (miss.leaf) return `"${segments.join('.')}" goes past ${parent}, which holds a plain value, not fields.`;
  if (miss.keys.length === 1 && miss.keys[0] === '<index>') return `"${segments.join('.')}": ${parent} is a list; use an index (${parent}.0) or "each".`;
  const near = nearest(segment, miss.keys);
  const fix = near ? ` Did you mean "${[...segments.slice(0, miss.at), near].join('.')}"?` : ` Known here: ${miss.keys.join(', ')}.`;
  return `"${segments.join('.')}": ${parent} has no field "${segment}".${fix}`;
}
