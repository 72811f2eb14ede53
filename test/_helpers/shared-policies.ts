import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './files';

function find(): string {
  // The repository sits beside `shared/`; a git worktree of it may sit one level deeper.
  for (let dir = ROOT; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared', 'policies');
    if (existsSync(candidate)) return candidate;
  }
  return join(dirname(ROOT), 'shared', 'policies');
}

/** The policy texts the built-in packs cite (`../shared/policies`). */
export const SHARED_POLICIES = find();
