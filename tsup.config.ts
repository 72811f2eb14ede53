import { defineConfig } from 'tsup';

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
