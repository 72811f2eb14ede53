import type { PathSegment } from '../../model/violation';

/**
 * What a failing sample should report, beyond "the rule fires": the message id, the path, or
 * both. In a YAML sample it is written as a comment line, `# expect: { messageId: tooMany,
 * path: [credential, courses] }` (see {@link sampleExpectations}).
 *
 * @example
 * ```ts
 * const expected: SampleExpectation = { messageId: 'tooMany', path: ['credential', 'courses'] };
 * ```
 */
export interface SampleExpectation {
  readonly messageId?: string;
  /** As segments, or as a JSON Pointer such as `/credential/courses`. */
  readonly path?: readonly PathSegment[] | string;
}

/**
 * One sample of a rule, already read: `samples/<rule name>/pass-*.yaml` must not trigger the
 * rule, `fail-*.yaml` must.
 *
 * @example
 * ```ts
 * const sample: PackSample = { rule: 'max-credits', file: 'samples/max-credits/fail-twelve.yaml', expected: 'fail', data };
 * ```
 */
export interface PackSample {
  /** The rule's name inside its pack (the folder name): `max-credits` for `acme/max-credits`. */
  readonly rule: string;
  /** Where the sample is, for messages, e.g. `samples/max-credits/pass-nine.yaml`. */
  readonly file: string;
  readonly expected: 'pass' | 'fail';
  /** The parsed proposal. */
  readonly data?: unknown;
  /** Why the file could not be read or parsed; the sample then fails. */
  readonly error?: string;
  /** For a failing sample: what it must report (every entry must be found). */
  readonly expect?: readonly SampleExpectation[];
}

/**
 * A whole-proposal scenario, already read: `{ description, asOf, expect, proposal }`, where
 * `expect` holds `verdict`, `violations` (rule ids), optionally `waived` (rule ids), `route`
 * (every step in stage order as `{ <step id>: <status> }`), `routeState`, `expectedBy` and `expectedBasis`
 * (dates by step id). An optional `award: { asOf?, learnerRecord, expect: { earned, unmet } }`
 * judges an award of the proposal's credential with `checkAward`.
 *
 * @example
 * ```ts
 * const scenario: PackScenario = { file: 'scenarios/01-compliant.yaml', data: { description, asOf, expect, proposal } };
 * ```
 */
export interface PackScenario {
  readonly file: string;
  readonly data?: unknown;
  /** Why the file could not be read or parsed; the scenario then fails. */
  readonly error?: string;
}

/**
 * Options for {@link verifyPack}: the pack's samples, scenarios and source texts, already read.
 *
 * @example
 * ```ts
 * const options: VerifyPackOptions = { samples, scenarios, sources: { 'policy.md': text }, asOf: '2026-06-01' };
 * ```
 */
export interface VerifyPackOptions {
  readonly samples?: readonly PackSample[];
  readonly scenarios?: readonly PackScenario[];
  /**
   * Source texts by file name, as citations name them (`citation.source`). A citation whose
   * source is not given is reported as skipped.
   */
  readonly sources?: Readonly<Record<string, string>>;
  /** The date samples are judged at; default {@link defaultSampleDate}. */
  readonly asOf?: string;
}

/**
 * What a verification check is about.
 *
 * @example
 * ```ts
 * const kinds: VerifyCheckKind[] = ['sample', 'coverage', 'samples-folder', 'scenario', 'citation'];
 * ```
 */
export type VerifyCheckKind = 'sample' | 'coverage' | 'samples-folder' | 'scenario' | 'citation';

/**
 * One problem a check found, as data.
 *
 * @example
 * ```ts
 * const problem: VerifyProblem = { code: 'sample-not-triggered', message: 'acme/x reported nothing; a fail sample must trigger it.' };
 * ```
 */
export interface VerifyProblem {
  /** Stable code, e.g. `sample-not-triggered` or `passage-not-found`. */
  readonly code: string;
  readonly message: string;
}

/**
 * One check of a verification: a sample, a scenario, a rule's sample coverage or a citation.
 *
 * @example
 * ```ts
 * const failed = result.checks.filter((check: VerifyCheck) => check.status === 'fail');
 * ```
 */
export interface VerifyCheck {
  readonly kind: VerifyCheckKind;
  /** A readable name, unique in its pack, usable as a test name. */
  readonly name: string;
  readonly status: 'pass' | 'fail' | 'skip';
  readonly ruleId?: string;
  /** A route step id, for a step's citation. */
  readonly stepId?: string;
  /** The sample or scenario file, or the citation's source. */
  readonly file?: string;
  /** Why the check failed (or was skipped); empty when it passed. */
  readonly problems: readonly VerifyProblem[];
}

/**
 * The result of {@link verifyPack}: every check in a stable order, and the counts.
 *
 * @example
 * ```ts
 * const result: VerifyResult = verifyPack(pack, { samples });
 * result.ok; // true when no check failed
 * ```
 */
export interface VerifyResult {
  readonly packId: string;
  /** The date samples were judged at. */
  readonly asOf: string;
  readonly ok: boolean;
  readonly checks: readonly VerifyCheck[];
  readonly summary: { readonly passed: number; readonly failed: number; readonly skipped: number };
}
