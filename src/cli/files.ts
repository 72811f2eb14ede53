import { statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './usage-error';

const DATA_FILES = '**/*.{yaml,yml,json}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the `check` arguments into a sorted, de-duplicated list of files: files as given,
 * directories searched for YAML and JSON files, globs matched. Symbolic links inside
 * directories are not followed, so a link loop cannot trap the walk.
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
      exists = false;
    }
    if (exists && !isDirectory) {
      found.add(input);
      continue;
    }
    if (isDirectory) {
      const files = await glob(DATA_FILES, { cwd: input, ignore: IGNORE, followSymbolicLinks: false, dot: false, absolute: false, expandDirectories: false });
      if (files.length === 0) throw new UsageError(`No proposal files (*.yaml, *.yml, *.json) in directory ${input}.`);
      for (const file of files.sort()) found.add(joinPath(input, file));
      continue;
    }
    if (!isDynamicPattern(input)) throw new UsageError(`No such file or directory: ${input}.`);
    const files = await glob(input, { ignore: IGNORE, followSymbolicLinks: false, expandDirectories: false });
    if (files.length === 0) throw new UsageError(`No files match the pattern ${input}.`);
    for (const file of files.sort()) found.add(file);
  }
  return [...found];
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
