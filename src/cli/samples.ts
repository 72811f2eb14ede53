import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package's `policies/` folder (samples ship with the package). */
export function policiesDir(): string | undefined {
  for (const candidate of ['../policies/', '../../policies/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/**
 * The passing and failing samples of a rule, as file name and text: from
 * `<packDir>/samples/<rule name>/`, where `packDir` is the folder of the pack that defines the
 * rule (a built-in pack's folder when not given).
 */
export function readSamples(ruleId: string, packDir?: string): { pass: [string, string][]; fail: [string, string][] } {
  const [packId, name] = ruleId.split('/');
  const root = policiesDir();
  const base = packDir ?? (root && packId ? join(root, packId) : undefined);
  const dir = base && name ? join(base, 'samples', name) : undefined;
  const out = { pass: [] as [string, string][], fail: [] as [string, string][] };
  if (!dir || !existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(ya?ml|json)$/i.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.startsWith('pass')) out.pass.push([file, text]);
    else if (file.startsWith('fail')) out.fail.push([file, text]);
  }
  return out;
}
