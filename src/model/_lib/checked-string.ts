import * as z from 'zod/mini';

/**
 * `z.string().check(...checks)`, built as one schema: `.check()` copies the string schema into
 * a second, and every zod schema a start of the CLI builds costs it time.
 */
export function checkedString(...checks: z.core.$ZodCheck<string>[]): z.ZodMiniString<string> {
  return new z.ZodMiniString({ type: 'string', checks }) as z.ZodMiniString<string>;
}
