/** The key under which the launcher (src/cli/bin.ts) shares its `import()`. */
export const IMPORTER = Symbol.for('microcred.importModule');

/**
 * `import()` for the CLI. When the launcher runs the bundle from its V8 code cache, Node 20
 * gives that script no `import()` callback, so the launcher lends its own.
 */
export function importModule(url: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[IMPORTER];
  return typeof lent === 'function' ? (lent as (url: string) => Promise<unknown>)(url) : import(url);
}
