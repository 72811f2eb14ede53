// Messages about a file name positions and keys, never its content: a path may be a link to
// a file its author cannot read (an environment file, a key), and CI logs are often public.
// V8's and js-yaml's messages quote the text around an error, an alias or a tag; these
// functions keep only what is fixed wording.
import { YAMLException } from 'js-yaml';

/** A key from the file as messages may show it: at most 40 characters, JSON-escaped. */
export function shownKey(key: unknown): string {
  const text = String(key);
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Why JSON.parse refused the text, and the offset it refused at. V8 gives an offset for most
 * errors; for an unexpected character it quotes the text instead, so the offset is found by
 * parsing ever longer prefixes: a prefix before the error is refused only for ending early.
 */
export function jsonFailure(source: string, error: unknown): { reason: string; offset: number | undefined } {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : firstBadOffset(source);
  return { reason: jsonReason(message), offset };
}

// V8's fixed wordings (Node 20 to 24), without their offsets; any other message is replaced.
const KNOWN_JSON_REASONS = [
  /^Unexpected end of JSON input/,
  /^Expected property name or '\}'/,
  /^Expected double-quoted property name/,
  /^Expected ',' or '\}' after property value/,
  /^Expected ',' or '\]' after array element/,
  /^Expected ':' after property name/,
  /^Unterminated string/,
  /^Bad control character in string literal/,
  /^Bad escaped character/,
  /^Bad Unicode escape/,
  /^No number after minus sign/,
  /^Exponent part is missing a number/,
  /^Unterminated fractional number/,
  /^Unexpected non-whitespace character after JSON/,
];

function jsonReason(message: string): string {
  for (const known of KNOWN_JSON_REASONS) {
    const match = known.exec(message);
    if (match) return match[0].replace(/\\/g, '');
  }
  return 'Unexpected character';
}

function firstBadOffset(source: string): number | undefined {
  const endsEarly = (length: number): boolean => {
    try {
      JSON.parse(source.slice(0, length));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (/Unexpected end of JSON input/.test(message)) return true;
      const at = /at position (\d+)/.exec(message);
      return at !== null && Number(at[1]) >= length;
    }
  };
  // The longest prefix that only ends early; the character after it is the bad one.
  let good = 0;
  let bad = source.length;
  if (endsEarly(bad)) return undefined;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (endsEarly(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

/**
 * js-yaml's reason for an error, with whatever it quotes from the file (an alias name, a tag,
 * a directive) left out.
 */
export function yamlReason(error: YAMLException): string {
  const reason = error.reason ?? error.message;
  if (/unidentified alias/.test(reason)) return 'An alias (*name) refers to no anchor (&name) defined before it; define the anchor or write the value out.';
  if (/tag/.test(reason)) return 'A tag (!name) is malformed or refers to an undeclared handle; remove it (tags are ignored).';
  const line = reason.split('\n')[0]!.trim();
  // Every other reason of js-yaml 4 is fixed wording; anything quoting is left out all the same.
  return /["'<]/.test(line) ? 'The YAML is not well-formed.' : line;
}
