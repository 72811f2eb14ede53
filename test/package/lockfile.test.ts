// `npm ci` on a fresh clone refuses a lockfile that is out of step with package.json, or that
// leaves out an optional platform package a dependency names (npm drops those silently when
// the registry lacks them, then `npm ci` fails). Checked offline against a copy of both files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';

test('npm ci accepts package-lock.json as it is committed', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'microcred-lock-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(scratch, file));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    expect(() => execFileSync(npm, ['ci', '--dry-run', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], { cwd: scratch, stdio: 'pipe' })).not.toThrow();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
