/**
 * Finding a quoted passage in its source text, the way a reader checks a quotation: layout,
 * typography and editorial marks do not count, the words do.
 */

/**
 * Whether a passage was found, and what was not.
 *
 * @example
 * ```ts
 * const match: PassageMatch = findPassage('must ... exceed', 'must not exceed 9 credits');
 * match.found; // true
 * ```
 */
export interface PassageMatch {
  /** Whether every part of the passage appears in the text, in order. */
  readonly found: boolean;
  /** The parts the passage was split into at elisions and bracketed insertions. */
  readonly parts: readonly string[];
  /** The first part that was not found (after the parts before it), when `found` is false. */
  readonly missing?: string;
}

// Quotes, dashes and spaces that typesetting varies but a quotation does not.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SOFT_HYPHEN = /\u00AD/g;
/** A word broken at the end of a line: "micro-\ncredentials". */
const LINE_BREAK_HYPHEN = /(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu;
/** Markdown emphasis and code marks, which a quotation leaves out. */
const MARKUP = /\*\*|__|`/g;
/** "...", "…", "[...]" and "[…]": something left out. */
const ELISION = /\[\s*(?:\.\s*\.\s*\.|…)\s*\]|\.\s*\.\s*\.|…/g;
/** "[the]", "[T]he": words the quoting author put in. */
const INSERTION = /\[[^\]]*\]/g;

/**
 * Normalises text for comparing a quotation with its source: one space for any run of
 * whitespace, straight quotes, "-" for every dash, words broken across lines joined, and
 * hyphens between letters dropped (so "micro-credential" matches "microcredential" and a
 * hyphen lost at a line break). Case is kept.
 *
 * @example
 * ```ts
 * normalizeQuotedText('the student’s  micro-\ncredential'); // "the student's microcredential"
 * ```
 */
export function normalizeQuotedText(text: string): string {
  return text
    .replace(SOFT_HYPHEN, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(LINE_BREAK_HYPHEN, '$1-$2')
    .replace(MARKUP, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Looks for a quoted passage in its source text. The passage may leave words out ("..." or
 * "…", also in brackets) and put words in ("[the]", "[T]he"): it is split at those marks, and
 * every part must appear in the text, in order. Both sides are compared after
 * {@link normalizeQuotedText}. Pure.
 *
 * @example
 * ```ts
 * findPassage('review by [the] Graduate Council … at the graduate level', sourceText).found;
 * ```
 */
export function findPassage(passage: string, text: string): PassageMatch {
  const parts = passage
    .replace(ELISION, '\u0000')
    .replace(INSERTION, '\u0000')
    .split('\u0000')
    .map((part) => normalizeQuotedText(part).replace(/^[\s,.;:]+|[\s,;:]+$/g, ''))
    .filter((part) => part.length > 0);
  const haystack = normalizeQuotedText(text);
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return { found: false, parts, missing: part };
    from = at + part.length;
  }
  return { found: parts.length > 0, parts, ...(parts.length === 0 && { missing: '' }) };
}
