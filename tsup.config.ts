import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Node's modules that a bare `node` has not loaded (child_process, fs/promises, os) get, in the
 * CLI bundle, a stand-in that loads the module when one of its exports is first read: the
 * bundler hoists every import of Node's modules to the top of the bundle, where each start
 * would load them all. child_process (for `diff --base`, and in commander for executable
 * subcommands, which microcred has none of) pulls in net, stream and dgram: about 10 ms of a
 * one-file check on the machine measured, against 127 ms for a bare `node -e 0`.
 */
const LAZY_BUILTINS = ['child_process', 'fs/promises', 'os'];

const lazyBuiltins: Plugin = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|').replace('/', '\\/')})$`);
    // The stand-in's own require() is left to the bundler: the real module.
    build.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      // Getters for the exports this Node has, so that named imports and require() both work.
      const keys = Object.keys(await import(`node:${args.path}`)).filter((key) => key !== 'default');
      const getters = keys.map((key) => `${JSON.stringify(key)}: { get: () => load()[${JSON.stringify(key)}], enumerable: true }`).join(',\n');
      return {
        contents: `let loaded; const load = () => (loaded ??= require(${JSON.stringify(`node:${args.path}`)}));\nObject.defineProperties(module.exports, {\n${getters}\n});`,
        loader: 'js',
      };
    });
  },
};

/**
 * The CLI bundle as ASCII: the launcher then reads it as a one-byte string, about twice as fast
 * as decoding UTF-8. esbuild escapes every other non-ASCII character but leaves those in regular
 * expression literals (src/engine/citations.ts has an ellipsis), where `\uXXXX` (a surrogate
 * pair beyond U+FFFF) means the same, with or without the u flag.
 */
function escapeNonAscii(file: string): void {
  const text = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/**
 * The CLI bundle as the launcher (src/cli/bin.ts) runs it: ASCII (see escapeNonAscii), and
 * wrapped in the function expression Node's CommonJS loader would wrap it in, so that V8
 * compiles the file's text as read; a wrapper added at start-up made V8 copy the whole text
 * again. Loaded with require() it defines nothing: only the launcher runs it.
 */
function wrapForLauncher(file: string): void {
  escapeNonAscii(file);
  const text = readFileSync(file, 'latin1');
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${text}\n})`, 'latin1');
}

export default defineConfig([
  {
    // The library: pure main entry, built-in packs, Node-only file reading. Dependencies stay
    // external so apps dedupe them.
    // `pack-loaders` is an entry of its own so that its dynamic imports sit in a module apart: an
    // app importing one pack by name never reaches them, and its bundler can drop the others.
    entry: { index: 'src/index.ts', packs: 'policies/index.ts', node: 'src/node/index.ts', 'pack-loaders': 'policies/lazy.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    // The CLI: one bundled file (nothing to resolve in node_modules at start-up), CommonJS so
    // that the launcher can run it through a V8 code cache (src/cli/bin.ts).
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    shims: true,
    splitting: false,
    treeshake: true,
    minify: true,
    outDir: 'dist',
    // Node's own modules keep their node: prefix, as the stand-ins of lazyBuiltins require them.
    removeNodeProtocol: false,
    esbuildPlugins: [lazyBuiltins],
    onSuccess: async () => wrapForLauncher('dist/cli-main.cjs'),
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
