import { CORE_SCHEMA, load, loadAll, Schema, Type, YAMLException } from 'js-yaml';
import type { FileError } from '../engine/format/types';
import type { PathSegment } from '../model/violation';
import { jsonFailure, shownKey, yamlReason } from './safe-messages';

/** A line and column, both counted from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A data file after parsing: its data, or why it could not be read; and a way to locate paths. */
export interface ParsedText {
  /** The parsed value, when there were no errors. */
  readonly data?: unknown;
  readonly errors: readonly FileError[];
  /**
   * Where a path into the data is written in the file: the key itself when it exists, else the
   * nearest enclosing key that does.
   */
  locate(path: readonly PathSegment[]): Position | undefined;
}

/** Options for {@link parseDataText}. */
export interface ParseDataTextOptions {
  /** `json` checks strict JSON syntax; `yaml` (the default) reads YAML 1.2, a superset of JSON. */
  readonly format?: 'json' | 'yaml';
  /** Most YAML aliases to expand before refusing the file (protects against alias bombs). */
  readonly maxAliasCount?: number;
  /** Most values (after expanding aliases) a file may hold before it is refused. */
  readonly maxValues?: number;
  /** Deepest nesting of lists and maps before refusing the file (default {@link DEFAULT_MAX_DEPTH}). */
  readonly maxDepth?: number;
}

/**
 * Deepest nesting of lists and maps read by default. A proposal nests about 8 levels and a
 * pack file about 75 (JsonLogic may nest 64); deeper input would only overflow the stack.
 */
export const DEFAULT_MAX_DEPTH = 100;

const nowhere = (): undefined => undefined;

/**
 * Most values a file may hold once its YAML aliases are expanded. A large proposal holds a few
 * thousand; a "billion laughs" file expands into billions.
 */
export const DEFAULT_MAX_VALUES = 100_000;

/**
 * Parses JSON or YAML text without throwing: duplicate keys, several documents, alias bombs,
 * deep nesting and syntax errors come back as errors with line and column. A byte-order mark
 * and CRLF line ends are accepted. YAML is read with the YAML 1.2 core schema; tags are
 * ignored, so a file only ever yields JSON values (strings, numbers, booleans, null, lists
 * and maps).
 *
 * @example
 * ```ts
 * const parsed = parseDataText('credential:\n  title: Data\n', { format: 'yaml' });
 * parsed.data;                                  // { credential: { title: 'Data' } }
 * parsed.locate(['credential', 'title']);       // { line: 2, column: 3 }
 * ```
 */
export function parseDataText(text: string, options: ParseDataTextOptions = {}): ParsedText {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(source)) return { errors: [{ code: 'empty', message: 'The file is empty; it should hold one proposal object.' }], locate: nowhere };

  const positions = positionsOf(source);
  const json = options.format === 'json';
  let jsonData: unknown;
  if (json) {
    try {
      // JSON's value rules, not YAML's: `1e999` is a number, as every JSON reader has it.
      jsonData = JSON.parse(source);
    } catch (error) {
      const { reason, offset } = jsonFailure(source, error);
      return { errors: [{ code: 'parse-error', message: `Not valid JSON: ${reason}.`, ...positions(offset) }], locate: nowhere };
    }
  }

  let data: unknown;
  let root: PositionNode | undefined;
  let aliases = 0;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // Parsed as YAML too, JSON included: for the positions, duplicate keys and the depth bound.
  const stack: PositionNode[] = [];
  try {
    const built = loadYaml(source, maxDepth, stack);
    data = json ? jsonData : built.data;
    root = built.root;
    aliases = built.aliases;
  } catch (error) {
    return { errors: [yamlError(error, source, maxDepth, positions, stack)], locate: nowhere };
  }
  // The heights say whether some list or map is too deep; only then is the first one looked for.
  const tooDeep = root !== undefined && root.height > maxDepth ? deeperThan(root, maxDepth) : undefined;
  if (tooDeep !== undefined) {
    return { errors: [{ code: 'too-deep', message: `The file nests lists and maps more than ${maxDepth} levels deep.`, ...positions(tooDeep) }], locate: nowhere };
  }
  const locate = (path: readonly PathSegment[]) => positions(locateOffset(root, path));
  // Only aliases share values: without one there is nothing to expand.
  const expansion = !json && aliases > 0 ? expandedSize(data, options.maxValues ?? DEFAULT_MAX_VALUES, options.maxAliasCount ?? 100) : undefined;
  if (expansion !== undefined) {
    return { errors: [{ code: 'alias-limit', message: `The file expands ${expansion} (a "YAML bomb"); write the values out.` }], locate };
  }
  return { data, errors: [], locate };
}

/** Where each YAML node starts, in the order js-yaml builds them. */
interface PositionNode {
  readonly start: number;
  kind: string | null;
  result: unknown;
  /** {@link NO_CHILDREN} until the node has one: most nodes are scalars. */
  children: PositionNode[];
  /** How many lists and maps deep the node's subtree nests, itself included: the depth bound without a walk of its own. */
  height: number;
}

/** Shared by every node without children (never added to). */
const NO_CHILDREN: PositionNode[] = [];

// Every field set when the node is made, so that all nodes share one shape.
const positionNode = (start: number): PositionNode => ({ start, kind: null, result: undefined, children: NO_CHILDREN, height: 0 });

// Tags are not interpreted: `!!binary`, `!!set`, `!!timestamp` and custom tags keep the plain
// value they are written on, so nothing but JSON values ever comes out of a file.
const untagged = (kind: 'scalar' | 'sequence' | 'mapping') => new Type('', { kind, multi: true, construct: (data: unknown) => data });
const SCHEMA: Schema = CORE_SCHEMA.extend([untagged('scalar'), untagged('sequence'), untagged('mapping')]);

/**
 * js-yaml's `load`, recording where every node starts from its documented `listener` events
 * (one open and one close per node, properly nested), so a path into the data can be mapped
 * back to a line and column without parsing the file twice.
 */
function loadYaml(source: string, maxDepth: number, stack: PositionNode[]): { data: unknown; root: PositionNode | undefined; aliases: number } {
  const top = positionNode(0);
  top.children = [];
  stack.push(top);
  let aliases = 0;
  const listener = (type: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }) => {
    if (type === 'open') {
      stack.push(positionNode(state.position));
      return;
    }
    const node = stack.pop()!;
    const kind = state.kind;
    const result = state.result;
    // An alias is the one node js-yaml closes without a kind; only one of a list or map can
    // expand (one of a scalar is a single value).
    if (kind === null && result !== null && typeof result === 'object') aliases++;
    node.kind = kind;
    node.result = result;
    if (kind === 'mapping' || kind === 'sequence') node.height++;
    // js-yaml wraps block-sequence entries in one more node holding the same value.
    const children = node.children;
    const only = children.length === 1 ? children[0]! : undefined;
    const parent = stack[stack.length - 1]!;
    const child = only !== undefined && only.result === result ? only : node;
    if (parent.children === NO_CHILDREN) parent.children = [child];
    else parent.children.push(child);
    if (child.height > parent.height) parent.height = child.height;
  };
  // js-yaml counts every node (keys, and the wrappers above), not only lists and maps: its own
  // bound stays well above ours and only guards the stack; deeperThan applies ours.
  const data = load(source, { schema: SCHEMA, json: false, listener, maxDepth: 3 * maxDepth + 10 } as Parameters<typeof load>[1]);
  return { data, root: stack[0]!.children[0], aliases };
}

/** Where the first list or map nested deeper than `maxDepth` starts, if there is one. */
function deeperThan(root: PositionNode | undefined, maxDepth: number): number | undefined {
  const visit = (node: PositionNode, depth: number): number | undefined => {
    const collection = node.kind === 'mapping' || node.kind === 'sequence';
    const level = collection ? depth + 1 : depth;
    if (level > maxDepth) return node.start;
    for (const child of node.children) {
      const found = visit(child, level);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return root ? visit(root, 0) : undefined;
}

function locateOffset(root: PositionNode | undefined, path: readonly PathSegment[]): number | undefined {
  let node = root;
  let offset = node?.start;
  for (const segment of path) {
    if (node?.kind === 'mapping') {
      let key = -1;
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        if (String(node.children[i]!.result) === String(segment)) {
          key = i;
          break;
        }
      }
      if (key < 0) break;
      offset = node.children[key]!.start;
      node = node.children[key + 1];
    } else if (node?.kind === 'sequence' && typeof segment === 'number' && node.children[segment]) {
      node = node.children[segment];
      offset = node!.start;
    } else {
      break;
    }
  }
  return offset;
}

/** Maps an offset to a line and column (from 1), computing the line starts on first use. */
function positionsOf(source: string): (offset: number | undefined) => Position | undefined {
  let starts: number[] | undefined;
  return (offset) => {
    if (offset === undefined) return undefined;
    starts ??= lineStarts(source);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Where each line starts: CRLF, LF and a lone CR (old Mac files) each end a line, as YAML counts them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  if (source.indexOf('\r') === -1) {
    // Nearly every file: no CR, so finding each LF is enough (and makes no match objects).
    for (let end = source.indexOf('\n'); end !== -1; end = source.indexOf('\n', end + 1)) starts.push(end + 1);
    return starts;
  }
  for (const end of source.matchAll(/\r\n?|\n/g)) starts.push(end.index + end[0].length);
  return starts;
}

/**
 * Describes how far past the limits the data goes once aliases are expanded, or `undefined`
 * when it stays within them. js-yaml shares one object for every alias of an anchor; judging
 * the data walks each share again, so the expanded size is what counts.
 */
function expandedSize(data: unknown, maxValues: number, maxAliases: number): string | undefined {
  const sizes = new Map<object, number>();
  let aliases = 0;
  const size = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) {
      aliases++;
      return known;
    }
    sizes.set(value, Infinity); // a value that contains itself expands forever
    let total = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      total += size(child);
      if (total > maxValues) break;
    }
    sizes.set(value, total);
    return total;
  };
  const total = size(data);
  if (total > maxValues) return `to more than ${maxValues.toLocaleString('en-US')} values`;
  if (aliases > maxAliases) return `${aliases} aliases of lists and maps, more than ${maxAliases}`;
  return undefined;
}

/** The `---` line that starts a file's second document. */
function secondDocumentStart(source: string): number | undefined {
  const starts: number[] = [];
  try {
    loadAll(source, () => undefined, {
      schema: SCHEMA,
      listener: (type: 'open' | 'close', state: { position: number; depth?: number }) => {
        if (type === 'open' && (state as { depth: number }).depth === 1) starts.push(state.position);
      },
    } as Parameters<typeof loadAll>[2]);
  } catch {
    return undefined;
  }
  const second = starts[1];
  if (second === undefined) return undefined;
  const marker = source.lastIndexOf('---', second);
  return marker >= 0 ? marker : second;
}

function yamlError(
  error: unknown,
  source: string,
  maxDepth: number,
  positions: (offset: number | undefined) => Position | undefined,
  stack: readonly PositionNode[],
): FileError {
  if (!(error instanceof YAMLException)) return { code: 'parse-error', message: messageOf(error) };
  const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
  const at = mark ? { line: mark.line + 1, column: mark.column + 1 } : {};
  const reason = error.reason ?? error.message;
  if (/duplicated mapping key/.test(reason)) {
    // The mapping being built ends with the repeated key and its value.
    const pairs = stack[stack.length - 1]?.children ?? [];
    const key = pairs[pairs.length - 2];
    const named = key && (typeof key.result === 'string' || typeof key.result === 'number') ? ` (${shownKey(key.result)})` : '';
    return { code: 'duplicate-key', message: `A key appears twice in the same object${named}; keep one.`, ...(positions(key?.start) ?? at) };
  }
  if (/maxDepth/.test(reason)) return { code: 'too-deep', message: `The file nests lists and maps more than ${maxDepth} levels deep.`, ...at };
  if (/single document/.test(reason)) {
    return { code: 'parse-error', message: 'Source contains multiple documents; a file holds one.', ...(positions(secondDocumentStart(source)) ?? at) };
  }
  return { code: 'parse-error', message: yamlReason(error), ...at };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

