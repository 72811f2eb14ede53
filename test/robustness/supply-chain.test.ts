// Supply chain: the runtime dependencies are the few the design names, pinned, locked with
// integrity hashes, justified with their versions in docs/security.md, and none of them (nor
// microcred itself) runs a script when installed. `npm audit` needs the network, so it is a
// script for users' machines (`npm run audit`), never part of the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';

interface Manifest {
  name: string;
  version: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  gypfile?: boolean;
}

interface Lockfile {
  packages: Record<string, { version?: string; dev?: boolean; integrity?: string; hasInstallScript?: boolean }>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const manifest = readJson<Manifest>(join(ROOT, 'package.json'));
const lock = readJson<Lockfile>(join(ROOT, 'package-lock.json'));
const security = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8');
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

/** The design's runtime dependencies: validation (zod), YAML (js-yaml), calendar dates (date-fns). */
const DESIGNED = ['date-fns', 'js-yaml', 'zod'];

/**
 * What the runtime dependencies bring with them: js-yaml's own command-line tool uses argparse
 * (microcred never loads it). Anything else appearing here fails the test.
 */
const TRANSITIVE = ['argparse'];

/** Every package installed for a runtime dependency, following their own dependencies. */
function runtimeClosure(): Manifest[] {
  const seen = new Map<string, Manifest>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const installed = readJson<Manifest>(join(ROOT, 'node_modules', name, 'package.json'));
    seen.set(name, installed);
    for (const dependency of Object.keys(installed.dependencies ?? {})) visit(dependency);
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(name);
  return [...seen.values()];
}

describe('runtime dependencies', () => {
  test('are exactly the ones the design names, pinned to exact versions', () => {
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(DESIGNED);
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('bring only the known transitive dependency, and the installed versions are the pinned ones', () => {
    const closure = runtimeClosure();
    expect(closure.map((p) => p.name).sort()).toEqual([...DESIGNED, ...TRANSITIVE].sort());
    for (const installed of closure.filter((p) => DESIGNED.includes(p.name))) expect(installed.version, installed.name).toBe(manifest.dependencies?.[installed.name]);
  });

  test('the library never loads the transitive dependency', () => {
    for (const file of ['index.js', 'node.js', 'packs.js', 'index.cjs', 'node.cjs', 'packs.cjs']) {
      const path = join(ROOT, 'dist', file);
      if (existsSync(path)) expect(readFileSync(path, 'utf8'), file).not.toMatch(/argparse/);
    }
  });

  test('are each justified in docs/security.md with the version shipped', () => {
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
      expect(security, `docs/security.md should list ${name} ${version}`).toMatch(new RegExp(`\`${name}\`\\s*\\|\\s*${version.replace(/\./g, '\\.')}\\s*\\|`));
    }
  });

  test('are locked with sha512 integrity hashes', () => {
    for (const name of [...DESIGNED, ...TRANSITIVE]) {
      const entry = lock.packages[`node_modules/${name}`];
      if (DESIGNED.includes(name)) expect(entry?.version, name).toBe(manifest.dependencies?.[name]);
      expect(entry?.integrity, name).toMatch(/^sha512-/);
    }
  });
});

describe('install scripts', () => {
  test('microcred itself runs nothing when installed', () => {
    expect(Object.keys(manifest.scripts ?? {}).filter((script) => INSTALL_SCRIPTS.includes(script))).toEqual([]);
  });

  test('no runtime dependency runs anything when installed (manifest, native build files and lockfile agree)', () => {
    for (const installed of runtimeClosure()) {
      expect(Object.keys(installed.scripts ?? {}).filter((script) => INSTALL_SCRIPTS.includes(script)), installed.name).toEqual([]);
      expect(installed.gypfile ?? false, installed.name).toBe(false);
      expect(existsSync(join(ROOT, 'node_modules', installed.name, 'binding.gyp')), installed.name).toBe(false);
    }
    const withScripts = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && entry.hasInstallScript);
    expect(withScripts.map(([path]) => path)).toEqual([]);
  });
});

describe('auditing and documentation', () => {
  test('"npm run audit" is there for users, and no build or test script needs the network to audit', () => {
    expect(manifest.scripts?.audit).toBe('npm audit --omit=dev');
    for (const [name, script] of Object.entries(manifest.scripts ?? {})) {
      if (name !== 'audit') expect(script, name).not.toMatch(/\baudit\b/);
    }
  });

  test('the README states the install size', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/^Install size: .*\d+(\.\d+)? MB/m);
  });

  test('docs/security.md states the threat model, the limits and how to report a problem', () => {
    for (const heading of ['## Threat model', '## Limits', '## Reporting a problem']) expect(security).toContain(heading);
  });
});
