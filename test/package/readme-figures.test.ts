// The README's tarball and package sizes are measured, not remembered: `npm run readme:figures`
// writes them, and this test fails when they drift from what `npm pack` reports by more than
// the tolerance (so small changes do not force a rewrite, and a stale line cannot stay).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';

const TOLERANCE = 0.15;

test('README figures are within 15% of npm pack --dry-run', () => {
  requireBuild();
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const line = /<!-- readme:figures -->\n(.*)\n<!-- \/readme:figures -->/.exec(readme)?.[1];
  expect(line, 'README.md has a <!-- readme:figures --> line').toBeDefined();
  const [, unpackedMb, tarballKb] = /the package alone is ([\d.]+) MB unpacked, the tarball (\d+) kB/.exec(line!) ?? [];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { size: number; unpackedSize: number }[];
  const near = (stated: number, actual: number) => Math.abs(stated - actual) / actual;
  expect(near(Number(tarballKb) * 1000, pack!.size), `tarball: README says ${tarballKb} kB, npm pack ${pack!.size} B; run npm run readme:figures`).toBeLessThan(TOLERANCE);
  expect(near(Number(unpackedMb) * 1e6, pack!.unpackedSize), `package: README says ${unpackedMb} MB, npm pack ${pack!.unpackedSize} B; run npm run readme:figures`).toBeLessThan(TOLERANCE);
}, 60_000);
