import { lstatSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { UsageError } from './usage-error';

const DATA_FILE = /\.(ya?ml|json)$/;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the `check` arguments into a sorted, de-duplicated list of files: files as given,
 * directories searched for YAML and JSON files, globs matched. Links to directories are not
 * walked, so a link loop cannot trap the walk; every other entry with a data-file name (a
 * link, a pipe, a broken link) is listed, so the reader reports each one as a file error
 * instead of skipping it unseen.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
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
      found.add(input);
      continue;
    }
    if (isDirectory) {
      const files = await dataFilesUnder(input);
      if (files.length === 0) throw new UsageError(`No proposal files (*.yaml, *.yml, *.json) in directory ${input}.`);
      for (const file of files) found.add(joinPath(input, file));
      continue;
    }
    // Loaded only for patterns: plain files and directories do not need it.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(input)) throw new UsageError(`No such file or directory: ${input}.`);
    const files = await glob(input, { ignore: IGNORE, followSymbolicLinks: false, expandDirectories: false });
    if (files.length === 0) throw new UsageError(`No files match the pattern ${input}.`);
    for (const file of files.sort()) found.add(file);
  }
  return [...found];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Data files under `root`, relative to it and sorted, skipping dot entries and node_modules.
 * Only real directories are entered; unreadable ones are passed over. (tinyglobby leaves out
 * links, broken links and pipes without a word; listed here, each gets its own file error.)
 */
async function dataFilesUnder(root: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [''];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries;
    try {
      entries = await readdir(dir ? joinPath(root, dir) : root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(path);
      else if (DATA_FILE.test(entry.name)) files.push(path);
    }
  }
  return files.sort();
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
