import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * commander loads node:child_process when it starts (only to run executable subcommands, which
 * microcred has none of): in the CLI bundle it gets a stand-in that loads the module on first
 * use. Loading it cost a one-file check about a sixth of a bare `node -e 0`.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

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
    // Node's own modules keep their node: prefix, so that the plugin below sees commander's.
    removeNodeProtocol: false,
    esbuildPlugins: [lazyChildProcess],
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
