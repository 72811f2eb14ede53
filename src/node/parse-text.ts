import { Composer, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document, type Node } from 'yaml';
import type { FileError } from '../engine/format/types';
import type { PathSegment } from '../model/violation';

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
 * Parses JSON or YAML text without throwing: duplicate keys, several documents, alias bombs
 * and syntax errors come back as errors with line and column. A byte-order mark and CRLF line
 * ends are accepted.
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
  if (source.trim() === '') return { errors: [{ code: 'empty', message: 'The file is empty; it should hold one proposal object.' }], locate: nowhere };

  if (options.format === 'json') {
    try {
      JSON.parse(source);
    } catch (error) {
      return { errors: [jsonSyntaxError(source, error)], locate: nowhere };
    }
  }

  const lineCounter = new LineCounter();
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let document: Document.Parsed;
  try {
    document = parseYaml(source, lineCounter, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  } catch (error) {
    if (error instanceof TooDeep) {
      return { errors: [{ code: 'too-deep', message: `The file nests lists and maps more than ${error.limit} levels deep.`, ...at(error.offset) }], locate: nowhere };
    }
    return { errors: [{ code: 'parse-error', message: messageOf(error) }], locate: nowhere };
  }
  const locate = (path: readonly PathSegment[]) => at(locateOffset(document, path));

  if (document.errors.length > 0) {
    return {
      errors: document.errors.map((e) => {
        const position = at(e.pos[0]);
        if (e.code === 'DUPLICATE_KEY') {
          const line = position ? source.split(/\r?\n/)[position.line - 1]?.trim() : undefined;
          return { code: 'duplicate-key', message: `A key appears twice in the same object${line ? ` ("${line.slice(0, 60)}")` : ''}; keep one.`, ...position };
        }
        return { code: 'parse-error', message: firstLine(e.message), ...position };
      }),
      locate,
    };
  }
  try {
    const data = document.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    return { data, errors: [], locate };
  } catch (error) {
    const message = messageOf(error);
    const code = /alias/i.test(message) ? 'alias-limit' : 'parse-error';
    return {
      errors: [{ code, message: code === 'alias-limit' ? 'The file expands too many YAML aliases (a "YAML bomb"); write the values out.' : message }],
      locate,
    };
  }
}

class TooDeep extends Error {
  constructor(
    readonly limit: number,
    readonly offset: number,
  ) {
    super('too deep');
  }
}

/**
 * `yaml`'s parseDocument, watching how deep the node being built is: the CST parser keeps
 * its open nodes on a list, but composing a document recurses once per level, and far
 * enough down a stack overflow can abort the process instead of throwing.
 */
function parseYaml(source: string, lineCounter: LineCounter, maxDepth: number): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(source)) {
      yield* parser.next(lexeme);
      // The stack holds the document and each open collection (and a value being built).
      if (parser.stack.length > maxDepth + 2) throw new TooDeep(maxDepth, parser.offset);
    }
    yield* parser.end();
  }
  // resolveKnownTags: false, so !!binary, !!set, !!timestamp and the like stay plain values:
  // a file only ever yields JSON values (strings, numbers, booleans, null, lists, maps).
  const composer = new Composer({ uniqueKeys: true, strict: true, resolveKnownTags: false });
  let document: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, source.length)) {
    if (document) {
      const start = next.range[0];
      document.errors.push(new YAMLParseError([start, start + 1], 'MULTIPLE_DOCS', 'Source contains multiple documents; a file holds one.'));
      break;
    }
    document = next;
  }
  return document!;
}

function locateOffset(document: Document.Parsed, path: readonly PathSegment[]): number | undefined {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function jsonSyntaxError(source: string, error: unknown): FileError {
  // V8 quotes the text around the error ('Unexpected token 'S', "SECRET_TO"... is not valid
  // JSON'); a file can be a link to anything, so its content stays out of the message.
  const message = messageOf(error).replace(/,? ?(\.\.\.)?"[^]*"(\.\.\.)? is not valid JSON$/, '');
  const match = /position (\d+)/.exec(message);
  if (!match) return { code: 'parse-error', message: `Not valid JSON${message ? `: ${message}` : ''}` };
  const offset = Number(match[1]);
  const before = source.slice(0, offset).split(/\r?\n/);
  return { code: 'parse-error', message: `Not valid JSON: ${message.replace(/( in JSON)? at position \d+.*$/, '')}`, line: before.length, column: before[before.length - 1]!.length + 1 };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
