import type { CompetencyRef, FrameworkRegistry } from '../model/competency';
import type { Credential } from '../model/credential';

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * What a credential is about, as comparable keys: each competency as `framework#code` in the
 * latest version of its framework (older codes follow the `supersedes` crosswalk, so NACE
 * 2017 "teamwork-collaboration" and NACE 2021 "teamwork" meet), the competency's label, and the
 * credential's theme and meta-competency.
 */
export function themeKeys(credential: Credential, frameworks: FrameworkRegistry): Set<string> {
  const keys = new Set<string>();
  for (const ref of credential.competencies) for (const key of competencyKeys(ref, frameworks)) keys.add(key);
  for (const text of [credential.theme, credential.metaCompetency]) if (text !== undefined && normalise(text) !== '') keys.add(`label:${normalise(text)}`);
  return keys;
}

function competencyKeys(ref: CompetencyRef, frameworks: FrameworkRegistry): string[] {
  const keys = [`${ref.framework}#${ref.code}`];
  const known = frameworks.resolve(ref);
  if (known) keys.push(`label:${normalise(known.label)}`);
  const latest = frameworks.find(ref.framework);
  const current = latest?.competencies.find((c) => c.code === ref.code || (c.supersedes ?? []).includes(ref.code));
  if (current) keys.push(`${ref.framework}#${current.code}`, `label:${normalise(current.label)}`);
  return keys;
}

/** Whether two key sets share a key. */
export function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
