import { spawnSync } from 'node:child_process';
import { ROOT } from './files';
import { CLI, requireBuild } from './built';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `microcred` binary as CI would, from the repository root. */
export function microcred(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): CliResult {
  requireBuild();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
