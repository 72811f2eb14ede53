// Counts the parsers zod generates (z.compile builds each with `new Function('INVALID', …)`),
// so a test can tell the compiled parse from the interpreted one without timing anything.
export function countGeneratedParsers<T>(run: () => T): { result: T; generated: number } {
  const original = globalThis.Function;
  let generated = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args: unknown[]) {
      if (args[0] === 'INVALID') generated++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    return { result: run(), generated };
  } finally {
    globalThis.Function = original;
  }
}
