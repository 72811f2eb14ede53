// Rewrites the README's size line (between <!-- readme:figures --> markers) from what npm
// reports: the tarball and unpacked size from `npm pack --dry-run --json`, and the installed
// size from installing the packed tarball into a scratch project (dependencies from npm's cache
// when they are there). test/package/readme-figures.test.ts fails when the line drifts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function packFigures() {
  const [info] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return { tarball: info.size, unpacked: info.unpackedSize };
}

function sizeOf(path) {
  const info = lstatSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function installedSize() {
  const scratch = mkdtempSync(join(tmpdir(), 'microcred-figures-'));
  try {
    execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'figures', private: true }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
    return sizeOf(join(scratch, 'node_modules'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The README line for these figures. */
export function figuresLine({ tarball, unpacked, installed }) {
  const kB = (bytes) => `${Math.round(bytes / 1000)} kB`;
  const MB = (bytes, digits) => `${(bytes / 1e6).toFixed(digits)} MB`;
  return (
    `Install size: ${MB(installed, 0)} with its three runtime dependencies (\`date-fns\`, \`js-yaml\`, \`zod\`), most of it ` +
    `\`date-fns\`; the package alone is ${MB(unpacked, 1)} unpacked, the tarball ${kB(tarball)} (measured by \`npm run readme:figures\`).`
  );
}

export const MARKERS = /(<!-- readme:figures -->\n)([\s\S]*?)(\n<!-- \/readme:figures -->)/;

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = { ...packFigures(), installed: installedSize() };
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  if (!MARKERS.test(readme)) throw new Error('README.md has no <!-- readme:figures --> markers.');
  writeFileSync(join(root, 'README.md'), readme.replace(MARKERS, (_, open, _old, close) => open + figuresLine(figures) + close));
  process.stdout.write(`${figuresLine(figures)}\n`);
}
