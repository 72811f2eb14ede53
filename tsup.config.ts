import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure main entry, built-in packs, Node-only file reading. Dependencies stay
    // external so apps dedupe them.
    entry: { index: 'src/index.ts', packs: 'policies/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    // The CLI: one bundled file, so it starts without resolving node_modules.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    splitting: false,
    treeshake: true,
    minify: true,
    outDir: 'dist',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __microcredCreateRequire } from 'node:module';\nconst require = __microcredCreateRequire(import.meta.url);",
    },
  },
]);
