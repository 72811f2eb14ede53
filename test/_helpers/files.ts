import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataText } from '../../src/node/index';
import type { Pack } from '../../src/index';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const POLICIES = join(ROOT, 'policies');

/** Parses a YAML or JSON file of the repository; fails the test on a parse error. */
export function readData(file: string): unknown {
  const parsed = parseDataText(readFileSync(file, 'utf8'), { format: file.endsWith('.json') ? 'json' : 'yaml' });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => `${e.line ?? '?'}:${e.column ?? '?'} ${e.message}`).join('; ')}`);
  return parsed.data;
}

export function listFiles(dir: string, pattern: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
}

/** The name of a rule inside its pack: `binghamton/max-credits` -> `max-credits`. */
export function ruleName(ruleId: string): string {
  return ruleId.slice(ruleId.indexOf('/') + 1);
}

/** A pack's own rules (not inherited ones). */
export function ownRules(pack: Pack) {
  return pack.rules.filter((rule) => rule.packId === pack.id);
}
