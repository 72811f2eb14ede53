import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package's `policies/` folder (samples ship with the package). */
function policiesDir(): string | undefined {
  for (const candidate of ['../policies/', '../../policies/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/** The passing and failing samples of a built-in rule, as file name and text. */
export function readSamples(ruleId: string): { pass: [string, string][]; fail: [string, string][] } {
  const [packId, name] = ruleId.split('/');
  const root = policiesDir();
  const dir = root && packId && name ? join(root, packId, 'samples', name) : undefined;
  const out = { pass: [] as [string, string][], fail: [] as [string, string][] };
  if (!dir || !existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.startsWith('pass')) out.pass.push([file, text]);
    else if (file.startsWith('fail')) out.fail.push([file, text]);
  }
  return out;
}
