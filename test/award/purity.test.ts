// Award checks, catalogs and Open Badges exports are part of the pure main entry: no clock,
// randomness, console or Node built-ins. (test/package/purity.test.ts covers model and engine.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const files = [
  ...['award', 'catalog', 'openbadges'].flatMap((dir) => filesUnder(join(ROOT, 'src', dir))),
  join(ROOT, 'src', 'model', 'learner-record.ts'),
].map((file) => relative(ROOT, file));

test.each(files)('%s uses no clock, randomness, console or Node built-ins', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  expect(text).not.toMatch(/Date\.now\(|new Date\(|Math\.random\(|console\.|process\.|from ['"]node:/);
});
