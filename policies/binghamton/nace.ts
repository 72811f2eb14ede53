import type { CompetencyRef, FrameworkRegistry } from '../../src/index';

/** The NACE version whose eight-item wording the Binghamton policy quotes. */
export const POLICY_NACE_VERSION = '2017';

/** Guards against a framework whose `supersedes` links loop back on themselves. */
const MAX_CROSSWALK_STEPS = 10;

/**
 * The competency of the policy's eight-item NACE list (2017 wording) that a reference names,
 * following the `supersedes` crosswalk from later NACE revisions: a NACE 2021 `technology`
 * names 2017 `digital-technology`. Returns `undefined` for other frameworks and for codes no
 * known NACE version defines.
 *
 * @example
 * ```ts
 * policyNaceCode({ framework: 'nace', version: '2021', code: 'technology' }, defaultFrameworks); // 'digital-technology'
 * policyNaceCode({ framework: 'nace', code: 'leadership' }, defaultFrameworks);                 // 'leadership'
 * ```
 */
export function policyNaceCode(ref: Pick<CompetencyRef, 'framework' | 'version' | 'code'>, frameworks: FrameworkRegistry): string | undefined {
  if (ref.framework !== 'nace') return undefined;
  const policyList = frameworks.find('nace', POLICY_NACE_VERSION)?.competencies ?? [];
  let current = frameworks.resolve(ref);
  if (current !== undefined && policyList.includes(current)) return current.code;
  const seen = new Set<string>();
  for (let step = 0; current !== undefined && step < MAX_CROSSWALK_STEPS; step++) {
    if (policyList.includes(current)) return current.code;
    // A later revision names the earlier codes it replaced; an unversioned lookup finds the
    // earliest version that defines each code, so the walk moves back one revision per step.
    const earlier = (current.supersedes ?? []).filter((code) => !seen.has(code));
    const policyCode = earlier.find((code) => policyList.some((c) => c.code === code));
    if (policyCode !== undefined) return policyCode;
    earlier.forEach((code) => seen.add(code));
    const next = earlier[0];
    current = next === undefined ? undefined : frameworks.resolve({ framework: 'nace', code: next });
  }
  return undefined;
}
