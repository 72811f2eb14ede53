import type { Citation, Severity, Violation } from '../../model/violation';
import type { Report, Route, Verdict, WaivedViolation } from '../types';

/** A violation with where it is in the file, when the file reader knows. */
export interface LocatedViolation extends Violation {
  readonly line?: number;
  readonly column?: number;
}

/** Why a file could not be judged. */
export interface FileError {
  /** e.g. `unreadable`, `too-large`, `too-deep`, `encoding`, `parse-error`, `not-an-object`, `schema`, `unknown-pack`, `no-policy-in-force`. */
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** For schema problems: the `schema/...` rule id and where in the proposal. */
  readonly ruleId?: string;
  readonly pointer?: string;
}

/** One file's result in a run: a report, or the errors that stopped it. */
export interface FileResult {
  readonly file: string;
  readonly pack?: Report['pack'];
  /** Every pack the file was judged by, in order (see {@link Report.packs}); left out when it was not judged. */
  readonly packs?: Report['packs'];
  readonly asOf?: string;
  readonly verdict: Verdict | 'invalid';
  readonly violations: readonly LocatedViolation[];
  readonly waived: readonly (WaivedViolation & { readonly line?: number; readonly column?: number })[];
  readonly route?: Route;
  /** Ids of the rules that ran. */
  readonly checked?: readonly string[];
  readonly errors: readonly FileError[];
}

/** Totals over a run. */
export interface RunSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** Violations of severity info. */
  readonly infos: number;
  /** Files that could not be judged. */
  readonly invalid: number;
}

/** What a formatter may know about a rule, for SARIF rule metadata. */
export interface RuleInfo {
  readonly title: string;
  readonly severity: Severity;
  readonly citation?: Citation;
  /** Help text: what the rule asks for and how to comply. */
  readonly help?: string;
  /** Where the rule is documented (a pack README anchor or a pack-provided URL). */
  readonly helpUri?: string;
}

/**
 * How a run ended beyond its totals, for the formatter to say: e.g. that it failed on
 * `--max-warnings` although no file has an error.
 */
export interface RunOutcome {
  /** Set when the run has more warnings than allowed. */
  readonly warningLimit?: { readonly warnings: number; readonly max: number };
  /** How long the run took, in seconds (JUnit `time`); the caller measures it. */
  readonly seconds?: number;
}

/** The output formats. */
export type FormatName = 'stylish' | 'json' | 'junit' | 'sarif' | 'github';

/** Options for formatters. */
export interface FormatOptions {
  /** ANSI colours (stylish only). The CLI turns this on for a TTY without NO_COLOR. */
  readonly color?: boolean;
  /** Show every file and its route, not only files with problems (stylish only). */
  readonly verbose?: boolean;
  /** Looks rules up for SARIF metadata. */
  readonly ruleInfo?: (ruleId: string) => RuleInfo | undefined;
  /** The version written as the SARIF tool version. */
  readonly toolVersion?: string;
  /**
   * SARIF: the directory (absolute path) file names are relative to, written as the
   * `%SRCROOT%` base in `originalUriBaseIds`; absolute file names inside it are made relative.
   */
  readonly srcRoot?: string;
}

/**
 * Renders a run one piece at a time, so a run over many files never holds them all:
 * `start()`, then `file()` per file, then `end()`.
 */
export interface Formatter {
  /** Text that opens the output. */
  start(): string;
  /** Text for one file's result. */
  file(result: FileResult): string;
  /** Text that closes the output, with the run's totals (and, optionally, how it ended). */
  end(summary: RunSummary, outcome?: RunOutcome): string;
  /**
   * For formats in which a file's text depends on that file alone: the text (`fragment`, which
   * can be made on another thread) and how it joins the output (`join`, which keeps whatever
   * state runs between files). `file(r)` is `join(fragment(r))`.
   */
  readonly fragments?: FileFragments;
}

/** How a per-file format splits its work: see {@link Formatter.fragments}. */
export interface FileFragments {
  /** A file's text, made from that file's result alone. */
  readonly fragment: (result: FileResult) => string;
  /** A fragment as it goes into the output, in file order. */
  readonly join: (fragment: string) => string;
}
