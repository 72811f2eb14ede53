import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../_helpers/files';

const TOOLS = join(ROOT, 'docs', 'playground', 'tools');

/** Builds the playground into a fresh folder with its build script, as `npm run playground:build` does. */
export function buildPlaygroundInto(): { outdir: string; stdout: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'microcred-playground-'));
  const run = spawnSync(process.execPath, [join(TOOLS, 'build.mjs'), '--outdir', outdir], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`The playground build failed:\n${run.stderr}${run.stdout}`);
  return { outdir, stdout: run.stdout };
}

/** Serves a built folder with the serve script on a free port; resolves with the URL it prints. */
export function servePlayground(root: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [join(TOOLS, 'serve.mjs'), '--root', root, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The playground server printed no URL:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /https?:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, server });
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The playground server exited (${code}):\n${output}`));
    });
  });
}
