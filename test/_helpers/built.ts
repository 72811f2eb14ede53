import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './files';

/** The built CLI; tests of the package and CLI run what users run. */
export const CLI = join(ROOT, 'dist', 'cli.cjs');

/** Fails clearly when the build is missing (npm test builds before running vitest). */
export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run "npm run build" (npm test does it for you).');
}
