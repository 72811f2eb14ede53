import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from './usage-error';

/** Data files, whatever the case of their extension (`A.YAML` is one). */
const DATA_FILE = /\.(ya?ml|json)$/i;

/**
 * Left out of directory walks and globs unless a pattern brings them back (`!package.json`):
 * version control, installed packages, and the JSON and YAML files of tools, which are never
 * proposals.
 */
export const DEFAULT_IGNORES: readonly string[] = [
  '.git/',
  'node_modules/',
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.json',
  'tsconfig.*.json',
  'jsconfig.json',
  'microcred.config.json',
  'microcred.config.yaml',
  'microcred.config.yml',
];

/** The name of the ignore file read from the base directory (gitignore syntax). */
export const IGNORE_FILE = '.microcredignore';

/** Which files a directory walk or a glob keeps. */
export interface FileSelectionOptions {
  /** The directory patterns are relative to: the config file's, else the working directory. */
  readonly base: string;
  /** Glob patterns of the files to check, relative to `base` (default: every YAML and JSON file). */
  readonly files?: readonly string[];
  /** Gitignore-style patterns relative to `base`, after the defaults and `.microcredignore`. */
  readonly ignore?: readonly string[];
  /** Patterns from `--ignore-pattern`, relative to the working directory. */
  readonly ignorePatterns?: readonly string[];
}

/** A directory entry that could not be read: reported as that entry's error. */
export interface UnreadableEntry {
  readonly file: string;
  readonly message: string;
}

/** What the inputs expand to: files to judge and entries that could not be read, each sorted. */
export interface ExpandedInputs {
  readonly files: string[];
  readonly unreadable: UnreadableEntry[];
}

interface Selection {
  readonly base: string;
  readonly keepsPath: (relativePath: string) => boolean;
  readonly ignores: Ignore;
  readonly cliIgnores: Ignore;
  /** Whether walks enter dot directories: only when a `files` pattern names some. */
  readonly dotDirectories: boolean;
  /** Whether dot files are left to the `files` patterns (else skipped, as `**\/*.yaml` skips them). */
  readonly dotFiles: boolean;
  /** The last names of the base and working directories (see {@link extended}). */
  readonly baseName: string;
  readonly cwdName: string;
}

function selection(options: FileSelectionOptions): Selection {
  const ignores = ignore().add(DEFAULT_IGNORES as string[]);
  try {
    ignores.add(readFileSync(join(options.base, IGNORE_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`Cannot read ${join(options.base, IGNORE_FILE)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  ignores.add((options.ignore ?? []) as string[]);
  const cliIgnores = ignore().add((options.ignorePatterns ?? []) as string[]);
  // `**` and `*` do not match names starting with a dot unless a pattern spells the dot out,
  // as in every glob tool: `.github/workflows/ci.yml` is not a proposal.
  const matchers = options.files?.map((pattern) => picomatch(pattern));
  const keepsPath = matchers ? (path: string) => matchers.some((m) => m(path)) : (path: string) => DATA_FILE.test(path);
  const dotDirectories = (options.files ?? []).some((pattern) => /(^|\/)\./.test(pattern));
  const names = { baseName: basename(resolve(options.base)), cwdName: basename(process.cwd()) };
  return { base: options.base, keepsPath, ignores, cliIgnores, dotDirectories, dotFiles: matchers !== undefined, ...names };
}

/** `path` relative to `from` with `/` separators (`''` for `from` itself), or undefined when it lies outside `from`. */
function relativeTo(from: string, path: string): string | undefined {
  const rel = relative(from, resolve(path)).split(sep).join('/');
  return rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel;
}

/** Where a path lies: relative to the base and to the working directory (see {@link relativeTo}). */
interface Place {
  readonly path: string;
  readonly fromBase: string | undefined;
  readonly fromCwd: string | undefined;
}

function placeOf(s: Selection, path: string): Place {
  return { path, fromBase: relativeTo(s.base, path), fromCwd: relativeTo(process.cwd(), path) };
}

/**
 * The place of an entry of a walked directory: its relative paths extend the directory's,
 * without resolving a path per file (a walk of 10,000 files spent a tenth of its time there).
 */
function childOf(s: Selection, parent: Place, name: string): Place {
  const path = join(parent.path, name);
  return { path, fromBase: extended(parent.fromBase, s.base, s.baseName, path, name), fromCwd: extended(parent.fromCwd, process.cwd(), s.cwdName, path, name) };
}

/**
 * A child's path relative to `from`, from its parent's. A child of a directory outside `from`
 * lies outside too, unless it is `from` itself: only then (its name is `from`'s) is the path
 * resolved, not once per file of a walk outside the working directory.
 */
function extended(parentRel: string | undefined, from: string, fromName: string, path: string, name: string): string | undefined {
  if (parentRel !== undefined) return parentRel === '' ? name : `${parentRel}/${name}`;
  // (Windows compares paths whatever their case.)
  const maybeFrom = name === fromName || (sep === '\\' && name.toLowerCase() === fromName.toLowerCase());
  return maybeFrom ? relativeTo(from, path) : undefined;
}

function ignored(s: Selection, place: Place, directory: boolean): boolean {
  const suffix = directory ? '/' : '';
  if (place.fromBase && s.ignores.ignores(place.fromBase + suffix)) return true;
  return Boolean(place.fromCwd) && s.cliIgnores.ignores(place.fromCwd + suffix);
}

/** Whether a file found by a walk is one to check: matched by the `files` patterns, not ignored. */
function selected(s: Selection, place: Place): boolean {
  if (ignored(s, place, false)) return false;
  // Outside the base directory no pattern applies: data files are kept.
  if (!place.fromBase) return DATA_FILE.test(place.path);
  return s.keepsPath(place.fromBase);
}

/**
 * Expands the `check` arguments into files: files as given (always checked), directories
 * walked for the files the selection keeps, globs matched and filtered the same way. The same
 * file named two ways (`./a.yaml`, `a.yaml`, an absolute path, a link) is listed once. Links to
 * directories are not walked, so a link loop cannot trap the walk; every other entry the
 * selection keeps (a link, a pipe, a broken link) is listed, so the reader reports each one as
 * a file error instead of skipping it unseen. Subdirectories that cannot be read are returned
 * as unreadable entries.
 */
export async function expandInputs(inputs: readonly string[], options: FileSelectionOptions = { base: process.cwd() }): Promise<ExpandedInputs> {
  // Made when a directory or pattern needs it: files named one by one are never filtered.
  let chosen: Selection | undefined;
  const select = () => (chosen ??= selection(options));
  const found = new Map<string, string>();
  const unreadable = new Map<string, UnreadableEntry>();
  const add = (file: string, realPath?: string) => {
    const shown = display(file);
    const key = realPath ?? identity(shown);
    const known = found.get(key);
    // One name per file, whatever order the inputs came in: a relative one if given, the smallest.
    if (known === undefined || preferred(shown, known)) found.set(key, shown);
  };
  for (const input of inputs) {
    let isDirectory = false;
    let exists = false;
    try {
      const info = statSync(input);
      exists = true;
      isDirectory = info.isDirectory();
    } catch {
      // A broken link or a link loop: the reader reports it for this file alone.
      exists = isLink(input);
    }
    if (exists && !isDirectory) {
      add(input);
      continue;
    }
    if (isDirectory) {
      const entries = await walk(input, select());
      for (const entry of entries) {
        if ('message' in entry) unreadable.set(identity(display(entry.file)), { file: display(entry.file), message: entry.message });
        else add(entry.file, entry.realPath);
      }
      if (entries.length === 0) throw new UsageError(`No proposal files (*.yaml, *.yml, *.json) to check in directory ${display(input)}, or all of them are ignored.`);
      continue;
    }
    // Loaded only for patterns: plain files and directories do not need it.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(input)) throw new UsageError(`No such file or directory: ${input}.`);
    const s = select();
    const files = (await glob(input, { ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false, expandDirectories: false })).filter((file) => !ignored(s, placeOf(s, file), false));
    if (files.length === 0) throw new UsageError(`No files match the pattern ${input} (or all that do are ignored).`);
    for (const file of files) add(file);
  }
  return {
    files: [...found.values()].sort(compare),
    unreadable: [...unreadable.values()].sort((a, b) => compare(a.file, b.file)),
  };
}

function preferred(name: string, than: string): boolean {
  if (isAbsolute(name) !== isAbsolute(than)) return !isAbsolute(name);
  return name < than;
}

/** Plain code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path as reported: `./a//b.yaml` is `a/b.yaml`, with `/` separators. */
function display(path: string): string {
  return normalize(path).split(sep).join('/');
}

/** What makes two names the same file: its real path (a broken link: its absolute path). */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

type WalkEntry = { readonly file: string; readonly realPath?: string } | UnreadableEntry;

/**
 * Data files under `root` that the selection keeps, and the directories that could not be
 * read. Only real directories are entered. (tinyglobby leaves out links, broken links and
 * pipes without a word; listed here, each gets its own file error.) A regular file's real
 * path is its directory's real path and its name: one realpath call per directory, not per file.
 */
async function walk(root: string, s: Selection): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  const pending = [placeOf(s, root)];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries;
    try {
      entries = await readdir(dir.path, { withFileTypes: true });
    } catch (error) {
      out.push({ file: dir.path, message: unreadableMessage(error) });
      continue;
    }
    let realDir: string | undefined;
    for (const entry of entries) {
      const dot = entry.name.startsWith('.');
      if (entry.isDirectory()) {
        if (dot && !s.dotDirectories) continue;
        const place = childOf(s, dir, entry.name);
        if (!ignored(s, place, true)) pending.push(place);
      } else if (dot && !s.dotFiles) {
        continue;
      } else {
        const place = childOf(s, dir, entry.name);
        if (!selected(s, place)) continue;
        if (!entry.isFile()) {
          out.push({ file: place.path });
          continue;
        }
        realDir ??= identity(dir.path);
        out.push({ file: place.path, realPath: join(realDir, entry.name) });
      }
    }
  }
  return out;
}

function unreadableMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'The directory cannot be read (permission denied); its files were not checked.';
  return `The directory cannot be read (${code ?? String(error)}); its files were not checked.`;
}
