import * as z from 'zod/mini';

/**
 * How many parses a process runs on zod's interpreter before it compiles the schema. Compiling
 * the proposal schema takes about as long as interpreting this many proposals the slow way (the
 * first compile also warms zod's code generator up), so a one-file check never pays for it and a
 * many-file check pays it once; measured on the proposals of docs/examples and the scenarios.
 */
export const COMPILE_AFTER = 400;

/** A schema's safeParse result, as the issue mapping of `parse.ts` reads it. */
export type TieredResult = { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/**
 * A parser for one schema that runs zod's interpreter (jitless) until it has parsed
 * {@link COMPILE_AFTER} inputs, then zod's compiled parser (`z.compile`): generated code that
 * checks and copies the input in one pass and hands any input it does not accept back to the
 * interpreter, so every issue is still the interpreter's. Results are the same either way
 * (test/model/differential.test.ts holds them to it); only the speed differs.
 *
 * Compiling needs `new Function`. It is attempted only in a server-side JavaScript runtime
 * without a page (Node, Bun, Deno): a browser page may have a Content-Security-Policy that
 * forbids it, and a page reports even an attempt that is caught (a `securitypolicyviolation`
 * event, and a report to the site's report endpoint). zod's own switch
 * (`z.config({ jitless: true })`) turns compiling off everywhere. Where compiling fails (a
 * runtime started with `--disallow-code-generation-from-strings`), the interpreter stays.
 */
export function tieredParser(schema: z.ZodMiniType): (input: unknown) => TieredResult {
  let parses = 0;
  // undefined: not tried yet; null: not available here.
  let compiled: z.ZodMiniType | null | undefined;
  const interpret = (input: unknown) => schema.safeParse(input, { jitless: true }) as TieredResult;
  return (input) => {
    if (compiled === undefined && ++parses > COMPILE_AFTER) compiled = compileIfAllowed(schema);
    if (!compiled) return interpret(input);
    try {
      return compiled.safeParse(input, { jitless: true }) as TieredResult;
    } catch {
      // The generated code read something the interpreter may read differently (a throwing
      // getter, a proxy): let the interpreter decide, as it did before compiling.
      return interpret(input);
    }
  };
}

function compileIfAllowed(schema: z.ZodMiniType): z.ZodMiniType | null {
  if (!mayGenerateCode()) return null;
  const compiled = z.compile(schema);
  // z.compile hands the schema itself back when it cannot compile it.
  return compiled === schema ? null : compiled;
}

function mayGenerateCode(): boolean {
  if (z.config().jitless) return false;
  const host = globalThis as { process?: { versions?: { node?: unknown } }; document?: unknown };
  return typeof host.process?.versions?.node === 'string' && host.document === undefined;
}
