/** ANSI styles, or plain text when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Paint = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  blue: wrap(34, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const same = (text: string) => text;
const plain: Paint = { red: same, yellow: same, green: same, blue: same, dim: same, bold: same, underline: same };

export function paint(enabled: boolean | undefined): Paint {
  return enabled ? colored : plain;
}
