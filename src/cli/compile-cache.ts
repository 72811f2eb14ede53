/** The key under which the launcher (src/cli/bin.ts) shares its "save the code cache now". */
export const SAVE_COMPILE_CACHE = Symbol.for('microcred.saveCompileCache');

/**
 * Tells the launcher that the functions a short run needs are compiled, so that it writes the
 * V8 code cache now rather than at exit. A cache written at the end of a long run also holds
 * every function that only a long run compiles: measured on a one-file check, such a cache
 * (875 KB against 660 KB) took 7 ms longer to load at every later start. Does nothing when
 * there is no cache to write (it exists, or the cache is off).
 */
export function compileCacheReady(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE_COMPILE_CACHE];
  if (typeof save === 'function') (save as () => void)();
}
