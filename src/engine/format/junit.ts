import { reportSections } from '../compose';
import { printable } from './_printable';
import type { FileResult, Formatter, RunOutcome, RunSummary } from './types';

// XML 1.0 forbids most control characters even when escaped; C1 controls, bidi marks and
// separators are allowed but would reach a log viewer raw, so they are written as \uXXXX.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const UNPRINTABLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text for an attribute or element. Untrusted pieces (file names, messages) are made
 * {@link printable} first, so they cannot break lines or start a workflow command in a log.
 */
function xml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    // What an XML parser does anyway (XML 1.0 § 2.11), before a log viewer sees a bare CR.
    .replace(/\r\n?/g, '\n')
    .replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `file:line:column: `, the form CI log viewers link to the file. */
function at(file: string, line: number | undefined, column: number | undefined): string {
  return line === undefined ? `${printable(file)}: ` : `${printable(file)}:${line}:${column ?? 1}: `;
}

type Violation = FileResult['violations'][number];

/**
 * A file's test suites, with their counts in the opening tags (read back when totals are made):
 * one suite, or one per pack when the file was judged by several.
 */
function fileSuites(result: FileResult): string {
  if ((result.packs?.length ?? 0) < 2 || result.errors.length > 0) return suite(result, result.checked, result.violations);
  return reportSections(result)
    .map((section) => suite(result, section.checked, section.violations, section.pack.id))
    .join('');
}

/** A test suite: the file's errors, and a test case per rule that ran or found something. */
function suite(result: FileResult, checked: readonly string[] | undefined, violations: readonly Violation[], packId?: string): string {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  const classname = xml(printable(result.file));
  for (const e of result.errors) {
    errors++;
    cases.push(
      `    <testcase classname="${classname}" name="${xml(printable(e.ruleId ?? `microcred/${e.code}`))}">\n` +
        `      <error type="${xml(printable(e.code))}" message="${xml(printable(e.message))}">${xml(at(result.file, e.line, e.column) + printable(e.message))}</error>\n    </testcase>`,
    );
  }
  const byRule = new Map<string, Violation[]>();
  for (const v of violations) {
    const list = byRule.get(v.ruleId);
    if (list) list.push(v);
    else byRule.set(v.ruleId, [v]);
  }
  const ruleIds = [...new Set([...(checked ?? []), ...byRule.keys()])];
  for (const ruleId of ruleIds) {
    const found = byRule.get(ruleId) ?? [];
    const head = `    <testcase classname="${classname}" name="${xml(printable(ruleId))}"`;
    // Errors and warnings are both failures, told apart by type (as ESLint's JUnit output
    // does): JUnit consumers show failures, and nothing else, on a passing run.
    const shown = found.filter((v) => v.severity !== 'info');
    const notes = found.filter((v) => v.severity === 'info');
    const parts: string[] = [];
    if (shown.length > 0) {
      failures++;
      const type = shown.some((v) => v.severity === 'error') ? 'error' : 'warning';
      const body = shown.map((v) => `${at(result.file, v.line, v.column)}${v.severity}: ${printable(v.message)} (${printable(v.pointer || '/')})`).join('\n');
      parts.push(`      <failure type="${type}" message="${xml(`${shown[0]!.severity}: ${printable(shown[0]!.message)}`)}">${xml(body)}</failure>`);
    }
    if (notes.length > 0) parts.push(`      <system-out>${xml(notes.map((v) => `${at(result.file, v.line, v.column)}info: ${printable(v.message)}`).join('\n'))}</system-out>`);
    cases.push(parts.length ? `${head}>\n${parts.join('\n')}\n    </testcase>` : `${head}/>`);
  }
  return (
    `  <testsuite name="${packId === undefined ? classname : `${classname} (${xml(printable(packId))})`}" file="${classname}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">\n` +
    (cases.length ? cases.join('\n') + '\n' : '') +
    '  </testsuite>\n'
  );
}

const COUNTS = /^ {2}<testsuite [^>]*? tests="(\d+)" failures="(\d+)" errors="(\d+)"/gm;

/**
 * JUnit XML (the Jenkins/Surefire schema, junit-10.xsd): a test suite per file, naming it in
 * `file` (a suite per pack, named `<file> (<pack id>)`, when the file was judged by several
 * packs); a test case per rule that ran, failing (type `error` or `warning`) with
 * `file:line:column` for each finding; a file that could not be judged is an `<error>`.
 * `<testsuites>` carries the totals, so the report is written whole at the end.
 */
export function junitFormatter(): Formatter {
  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, errors: 0 };
  const join = (fragment: string) => {
    for (const counts of fragment.matchAll(COUNTS)) {
      totals.tests += Number(counts[1]);
      totals.failures += Number(counts[2]);
      totals.errors += Number(counts[3]);
    }
    suites.push(fragment);
    return '';
  };
  return {
    start: () => '',
    file: (result: FileResult) => join(fileSuites(result)),
    end: (_summary: RunSummary, outcome: RunOutcome = {}) => {
      const limit = outcome.warningLimit;
      if (limit) {
        totals.tests++;
        totals.failures++;
        const message = xml(`${limit.warnings} warning(s), more than --max-warnings ${limit.max} allows: the run fails.`);
        suites.push(
          `  <testsuite name="microcred" tests="1" failures="1" errors="0" skipped="0">\n    <testcase classname="microcred" name="max-warnings">\n      <failure type="max-warnings" message="${message}">${message}</failure>\n    </testcase>\n  </testsuite>\n`,
        );
      }
      const text = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="microcred" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}"${outcome.seconds !== undefined ? ` time="${outcome.seconds.toFixed(3)}"` : ''}>\n${suites.join('')}</testsuites>\n`;
      suites.length = 0;
      return text;
    },
    fragments: { fragment: fileSuites, join },
  };
}
