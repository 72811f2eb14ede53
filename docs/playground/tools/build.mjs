// Builds the playground into a folder any static host can serve: index.html, style.css and
// one script, with no server code and nothing fetched at run time.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const playground = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATIC_FILES = ['index.html', 'style.css'];

/**
 * codemirror-json-schema renders schema descriptions with markdown-it plus a shiki highlighter
 * whose regex engine is WebAssembly: blocked by `script-src 'self'` and several hundred kB.
 * Its one markdown module is swapped for ours (markdown-it alone, HTML off).
 */
const markdownWithoutShiki = {
  name: 'markdown-without-shiki',
  setup(builder) {
    builder.onResolve({ filter: /\/utils\/markdown(\.js)?$/ }, (args) =>
      /codemirror-json-schema/.test(args.importer) ? { path: join(playground, 'src', 'markdown.ts') } : undefined,
    );
  },
};

/**
 * Builds the page into `outdir` and returns the size of each file written.
 *
 * @param {{ outdir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number, gzip: number }[]>}
 */
export async function buildPlayground({ outdir = join(playground, 'dist'), minify = true } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: { playground: join(playground, 'src', 'main.ts') },
    outdir,
    bundle: true,
    // A classic deferred script (not a module) so the page also opens from a file: URL.
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
    minify,
    sourcemap: 'linked',
    legalComments: 'eof',
    charset: 'utf8',
    loader: { '.yaml': 'text' },
    plugins: [markdownWithoutShiki],
    metafile: true,
    logLevel: 'warning',
  });
  const leftovers = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
  if (leftovers.length > 0) throw new Error(`The page bundle still imports ${[...new Set(leftovers)].join(', ')}; it must run in a browser.`);
  const inputs = Object.keys(result.metafile.inputs);
  if (inputs.some((input) => /node_modules\/shiki\//.test(input))) throw new Error('shiki was bundled; the markdown module swap no longer applies.');
  for (const file of STATIC_FILES) await copyFile(join(playground, file), join(outdir, file));

  const sizes = [];
  for (const file of [...STATIC_FILES, 'playground.js']) {
    const bytes = await readFile(join(outdir, file));
    sizes.push({ file, bytes: bytes.length, gzip: gzipSync(bytes).length });
  }
  return sizes;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Prints what was built, one line a file, and the total.
 *
 * @param {string} outdir
 * @param {{ file: string, bytes: number, gzip: number }[]} sizes
 */
export function printSizes(outdir, sizes) {
  const where = relative(process.cwd(), outdir) || '.';
  for (const { file, bytes, gzip } of sizes) console.log(`  ${join(where, file).padEnd(40)} ${kB(bytes).padStart(10)}  (${kB(gzip)} gzip)`);
  const total = sizes.reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzip: sum.gzip + s.gzip }), { bytes: 0, gzip: 0 });
  console.log(`  ${'playground total'.padEnd(40)} ${kB(total.bytes).padStart(10)}  (${kB(total.gzip)} gzip)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const outdir = resolve(values.outdir ?? join(playground, 'dist'));
  try {
    const sizes = await buildPlayground({ outdir });
    console.log('Built the playground:');
    printSizes(outdir, sizes);
  } catch (error) {
    console.error(`Could not build the playground: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
