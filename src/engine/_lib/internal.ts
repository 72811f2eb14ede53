import type { CredentialPredicate } from '../applies-to';
import type { CompiledLogic } from '../json-logic/compile';
import type { Pack, ResolvedStep, StepOutcome } from '../types';

/** A route step with what evaluation needs precomputed. */
export interface CompiledStep {
  readonly step: ResolvedStep;
  readonly index: number;
  readonly applies: CredentialPredicate;
  readonly when: CompiledLogic | undefined;
  /** The step's `undetermined.when`, compiled. */
  readonly undetermined: CompiledLogic | undefined;
  /** Indexes of every step that must be done before this one (transitively). */
  readonly ancestors: readonly number[];
  /** Indexes of every step that waits on this one (transitively). */
  readonly descendants: readonly number[];
  readonly returnsTo: number | undefined;
  readonly expectedFrom: readonly number[];
  /** The step's `reviewsAgainOn` fields as pointer patterns (the default when it has none). */
  readonly reviewsAgainOn: readonly (readonly string[])[];
  /** The decisions the step may record, as reports list them (shared by every report, frozen). */
  readonly outcomes: readonly StepOutcome[];
}

/** What {@link definePack} compiles once and evaluation reuses. */
export interface CompiledPack {
  readonly steps: readonly CompiledStep[];
  readonly stepIndex: ReadonlyMap<string, number>;
  /** `route.stages` as step indexes. */
  readonly stageIndexes: readonly (readonly number[])[];
  /** Per rule: the predicate, or undefined when the rule concerns every credential. */
  readonly appliesTo: readonly (CredentialPredicate | undefined)[];
  readonly ruleIds: ReadonlySet<string>;
}

// Symbol.for, so packs made by the ESM build work with the CJS build and back.
const COMPILED = Symbol.for('microcred.compiledPack');

export function attachCompiled(pack: Pack, compiled: CompiledPack): void {
  Object.defineProperty(pack, COMPILED, { value: compiled, enumerable: false });
}

export function compiledOf(pack: Pack): CompiledPack | undefined {
  return (pack as unknown as Record<symbol, CompiledPack | undefined>)[COMPILED];
}

export function isPack(value: unknown): value is Pack {
  return value !== null && typeof value === 'object' && compiledOf(value as Pack) !== undefined;
}
