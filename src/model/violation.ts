import type { BuiltinPackId, BuiltinRuleId } from './builtin-ids';

/**
 * A rule id: one of the built-in packs' (which editors complete), an engine or schema check's
 * (`schema/...`, `route/...`, `waiver/...`, `proposal/...`, `engine/...`), or a custom pack's.
 * `string & {}` keeps any string allowed without letting it swallow the literal ids.
 *
 * @example
 * ```ts
 * const id: RuleId = 'binghamton/max-credits'; // completed by the editor
 * const custom: RuleId = 'acme/capstone';      // custom packs' ids are rule ids too
 * ```
 */
export type RuleId = BuiltinRuleId | (string & {});

/**
 * A pack id: a built-in pack's, `microcred` for schema and engine checks, or a custom pack's.
 *
 * @example
 * ```ts
 * const id: PackId = 'binghamton';
 * ```
 */
export type PackId = BuiltinPackId | 'microcred' | (string & {});

/** How much a violation matters: `error` fails a proposal, `warning` flags it, `info` informs. */
export type Severity = 'error' | 'warning' | 'info';

/** One step in a path into a proposal: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Where a rule comes from: the policy file and the passage it enforces.
 *
 * @example
 * ```ts
 * const citation: Citation = {
 *   source: 'binghamton-approved-motion.txt',
 *   section: 'APPROVED MOTION',
 *   passage: 'Credit-bearing micro-credentials have a maximum size of 12 credits',
 * };
 * ```
 */
export interface Citation {
  /** The policy document, as a file name in the policy texts or a title. */
  readonly source: string;
  /** The words of the passage, quoted. */
  readonly passage: string;
  /** The section or heading the passage is under. */
  readonly section?: string;
  /** Where the document can be read. */
  readonly url?: string;
}

/**
 * One thing wrong with a proposal, as data: which rule, how bad, where, and why.
 * Text is in `message`; tools should match on `ruleId`, `messageId` and `path`.
 */
export interface Violation {
  /** Namespaced rule id, e.g. `binghamton/max-credits`; `schema/...` for file-format problems. */
  readonly ruleId: RuleId;
  /** The pack that defined the rule (`microcred` for schema and engine checks). */
  readonly packId: PackId;
  readonly severity: Severity;
  /** Which of the rule's messages applies. */
  readonly messageId: string;
  /** The message, with its data filled in. */
  readonly message: string;
  /** Values the message was built from. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Path into the proposal, e.g. `['credential', 'courses', 0, 'credits']`. */
  readonly path: readonly PathSegment[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/credential/courses/0/credits`. */
  readonly pointer: string;
  /** The policy passage the rule enforces. */
  readonly citation?: Citation;
}

/**
 * Turns a path into a JSON Pointer (RFC 6901).
 *
 * @example
 * ```ts
 * toPointer(['credential', 'courses', 0]); // '/credential/courses/0'
 * toPointer(['a/b', 'c~d']);                // '/a~1b/c~0d'
 * toPointer([]);                            // ''
 * ```
 */
export function toPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) {
    pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return pointer;
}
