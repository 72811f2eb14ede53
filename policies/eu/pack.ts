import { loadPack, type Pack } from '../../src/index';
import { EU_PACK_DATA } from './pack-data';

/**
 * The European standard elements of a micro-credential (Council Recommendation 2022/C 243/02,
 * Annex I): a standards pack to use beside a campus pack. Written as data in
 * `policies/eu/pack.yaml`; the library bundles it from the generated `pack-data.ts`.
 *
 * @example
 * ```ts
 * import { eu } from 'microcred/packs';
 * evaluate(proposal, eu, { asOf: '2026-11-01' }).violations.map((v) => v.ruleId);
 * ```
 */
export const eu: Pack = /* @__PURE__ */ loadPack(EU_PACK_DATA);
