// The `microcred` executable. It runs the bundled CLI (cli-main.cjs) through a V8 code cache
// kept in a per-user directory, so every run after the first skips most of the work of
// compiling the bundle: the same idea as Node 22's module.enableCompileCache, which Node 20
// does not have. Any problem with the cache (no directory, a directory another user owns, a
// rejected or unwritable cache) falls back to compiling the bundle without one.
// MICROCRED_COMPILE_CACHE=0 turns it off; MICROCRED_COMPILE_CACHE_DIR moves it.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { SAVE_COMPILE_CACHE } from './compile-cache';
import { IMPORTER } from './import-module';

const main = join(__dirname, 'cli-main.cjs');

/** What os.tmpdir() answers; on POSIX without loading node:os, which a bare node has not loaded. */
function temporaryDirectory(): string {
  if (process.platform === 'win32') return (require('node:os') as typeof import('node:os')).tmpdir();
  const dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}

function cacheDirectory(): string | undefined {
  if (process.env.MICROCRED_COMPILE_CACHE === '0') return undefined;
  const uid = process.getuid?.();
  const dir = process.env.MICROCRED_COMPILE_CACHE_DIR || join(temporaryDirectory(), `microcred-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    // Only a real directory this user owns, that no one else can write: a cache is code.
    if (!info.isDirectory() || (uid !== undefined && info.uid !== uid) || (info.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Caches of other bundles (other versions, other installs) unused this long are removed. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;
const CACHE_FILE = /^cli-\d+-\d+\.v8cache(\.\d+\.tmp)?$/;

function save(file: string, script: vm.Script): void {
  try {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written costs the next run some time, nothing else.
  }
  removeStale(dirname(file), file);
}

/**
 * Removes the directory's caches not read for {@link STALE_MS}: each install of a new version
 * adds one, and nothing else would ever remove them. Runs only when a cache is written, which
 * is once per installed bundle. A cache in use is read at every start, which keeps it fresh.
 */
function removeStale(dir: string, current: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!CACHE_FILE.test(name) || path === current) continue;
      const { atimeMs, mtimeMs } = statSync(path);
      // Where reads do not update atime (noatime), a cache still in use may go: it is written again.
      if (now - Math.max(atimeMs, mtimeMs) > STALE_MS) unlinkSync(path);
    }
  } catch {
    // Another process removed it first, or the directory cannot be listed: nothing is lost.
  }
}

function run(): void {
  // The bundle is ASCII and already wrapped as a function expression (tsup.config.ts): read as a
  // one-byte string it needs no UTF-8 decoding, and V8 compiles the file's text as it is. A
  // wrapper added here made V8 copy the whole text again: 8 ms of a one-file check, measured.
  const source = readFileSync(main).toString('latin1');
  // A script compiled from a code cache gets no import() callback on Node 20: lend ours
  (globalThis as Record<symbol, unknown>)[IMPORTER] = (url: string) => import(url);
  const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const dir = loader ? cacheDirectory() : undefined;
  let script: vm.Script;
  if (!dir) {
    script = new vm.Script(source, { filename: main, ...(loader && { importModuleDynamically: loader }) });
  } else {
    const { size, mtimeMs } = statSync(main);
    const cacheFile = join(dir, `cli-${size}-${Math.trunc(mtimeMs)}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const compiled = (script = new vm.Script(source, { filename: main, ...(cachedData && { cachedData }), importModuleDynamically: loader }));
    // Written once the run has compiled what a short run needs (src/cli/compile-cache.ts), or
    // else at exit, so that the cache holds those functions as well.
    if (!cachedData || compiled.cachedDataRejected) {
      let saved = false;
      const saveOnce = () => {
        if (saved) return;
        saved = true;
        save(cacheFile, compiled);
      };
      process.once('exit', saveOnce);
      (globalThis as Record<symbol, unknown>)[SAVE_COMPILE_CACHE] = saveOnce;
    }
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(main), module, main, dirname(main));
}

run();
