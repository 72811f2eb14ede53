// Text from proposals, file names and packs reaches terminals and CI logs. C0/C1 control
// characters would let it move the cursor, recolour or clear the screen, write hyperlinks or
// fake extra lines; bidirectional overrides would let it display in another order than it
// reads. They are shown as visible \uXXXX escapes instead.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control and bidi-override character written as a visible `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
