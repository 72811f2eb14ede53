// Text from proposals, file names and packs reaches terminals and CI logs. C0/C1 control
// characters would let it move the cursor, recolour or clear the screen, write hyperlinks or
// fake extra lines; bidirectional marks and overrides would let it display in another order
// than it reads; line and paragraph separators break lines in some viewers; U+FFFE/U+FFFF are
// noncharacters that some tools choke on. They are shown as visible \uXXXX escapes instead.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

// The same characters less the C0 controls, which JSON.stringify already escapes (and which
// hold the line breaks of a multi-line block).
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with every control, bidi and separator character written as a visible `\uXXXX`, and
 * a leading `::` (a GitHub Actions workflow command, when it starts a log line) defused.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape).replace(/^(\s*)::/, '$1\\u003a:');
}

/** A block of lines, each made {@link printable}: the line breaks stay, nothing else does. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

/**
 * `JSON.stringify(value, null, space)` with the characters {@link printable} escapes also
 * escaped (as JSON `\uXXXX`), so the text is safe on a terminal and parses to the same value.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNPRINTABLE_IN_JSON, escape);
}
