// The main entry runs in browsers and edge runtimes: it must import no Node built-ins, and the
// library outside the CLI and the file loader reads no clock, no randomness and no console.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { requireBuild } from '../_helpers/built';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file the ESM build of an entry loads, following its relative imports. */
function esmGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/from\s*["'](\.\/[^"']+)["']/g)) visit(join(ROOT, 'dist', match[1]!));
  };
  visit(join(ROOT, 'dist', entry));
  return [...seen];
}

describe('purity', () => {
  test.each(['index.js', 'packs.js'])('dist/%s and what it loads import no Node built-ins', (entry) => {
    requireBuild();
    for (const file of esmGraph(entry)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(ROOT, file)).not.toMatch(/from\s*["'](node:|fs["']|path["']|os["']|child_process["'])/);
      expect(text, relative(ROOT, file)).not.toMatch(/\brequire\(["'](node:|fs|path|os)/);
    }
  });

  // Everything but the CLI and the file loader (src/cli, src/node) must be pure.
  const library = ['src/model', 'src/engine', 'src/award', 'src/catalog', 'src/openbadges', 'policies']
    .flatMap((dir) => filesUnder(join(ROOT, dir)))
    .filter((f) => f.endsWith('.ts'));

  test.each(library.map((f) => [relative(ROOT, f)]))('%s uses no clock, randomness, console or Node built-ins', (file) => {
    // TSDoc examples may show console.log; only code counts.
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(text).not.toMatch(/Date\.now\(|new Date\(|Math\.random\(|\bconsole\.[a-z]+\(|\bprocess\.[a-zA-Z]+|from ['"]node:/);
  });
});
