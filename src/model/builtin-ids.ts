// Generated from the built-in packs by test/generated.test.ts; do not edit. Regenerate with `npm run generate`.

/**
 * Ids of the packs that ship with microcred (`microcred/packs`).
 *
 * @example
 * ```ts
 * const id: BuiltinPackId = 'binghamton';
 * ```
 */
export type BuiltinPackId =
  | 'suny'
  | 'binghamton'
  | 'fiu'
  | 'ub'
  | 'eu';

/**
 * The ids of the built-in packs, in the order `builtinPacks` lists them; the proposal JSON
 * Schema offers them for `policy`.
 *
 * @example
 * ```ts
 * BUILTIN_PACK_IDS.includes('ub'); // true
 * ```
 */
export const BUILTIN_PACK_IDS: readonly BuiltinPackId[] = ['suny', 'binghamton', 'fiu', 'ub', 'eu'];

/**
 * Ids of the rules of the packs that ship with microcred, e.g. `binghamton/max-credits`.
 *
 * @example
 * ```ts
 * const watched: readonly BuiltinRuleId[] = ['binghamton/max-credits', 'binghamton/min-two-courses'];
 * ```
 */
export type BuiltinRuleId =
  | 'binghamton/badge-assessment-plan'
  | 'binghamton/badge-with-evidence'
  | 'binghamton/employer-evidence'
  | 'binghamton/level-stated'
  | 'binghamton/max-credits'
  | 'binghamton/min-two-courses'
  | 'binghamton/nace-competency'
  | 'binghamton/nace-learning-objectives'
  | 'binghamton/non-credit-fees'
  | 'binghamton/outcome-activities'
  | 'binghamton/purpose-and-benefit'
  | 'binghamton/transcripted'
  | 'eu/assessment-supervision'
  | 'eu/assessment-type'
  | 'eu/awarding-body'
  | 'eu/eqf-level'
  | 'eu/integration'
  | 'eu/issuer-country'
  | 'eu/learning-outcomes'
  | 'eu/participation-form'
  | 'eu/prerequisites'
  | 'eu/quality-assurance'
  | 'eu/workload'
  | 'eu/workload-in-ects'
  | 'fiu/assessment-requirements'
  | 'fiu/awarded-form'
  | 'fiu/badge-competency-statement'
  | 'fiu/certificate-goal-consulted'
  | 'fiu/competency-based'
  | 'fiu/micro-certificate-collection'
  | 'fiu/partner-recognition'
  | 'fiu/pathway'
  | 'fiu/reflective-experience'
  | 'fiu/rigor-consulted'
  | 'fiu/slos-and-pos'
  | 'fiu/workplace-alignment'
  | 'suny/allowed-form'
  | 'suny/competency-based'
  | 'suny/current-market-data'
  | 'suny/disclose-costs'
  | 'suny/disclose-financial-aid'
  | 'suny/disclose-stackability'
  | 'suny/disclose-transferability'
  | 'suny/documents-skills'
  | 'suny/industry-standards'
  | 'suny/learning-standards'
  | 'suny/mission-alignment'
  | 'suny/outcomes-assessed'
  | 'suny/portable'
  | 'suny/stackable'
  | 'ub/alignment-grid'
  | 'ub/audience'
  | 'ub/badge-metadata'
  | 'ub/badge-no-credit'
  | 'ub/category'
  | 'ub/director-consultation'
  | 'ub/enhancement-badge'
  | 'ub/evidence-of-interest'
  | 'ub/level-for-final-approval'
  | 'ub/micro-credential-credit-bearing'
  | 'ub/nace-category'
  | 'ub/post-traditional-non-degree'
  | 'ub/promotion-plan'
  | 'ub/proposal-form'
  | 'ub/purpose'
  | 'ub/transcript-notation';
