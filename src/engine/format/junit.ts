import type { FileResult, Formatter, RunSummary } from './types';

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** JUnit XML: a test suite per file, a test case per rule that ran (failures for errors). */
export function junitFormatter(): Formatter {
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="microcred">\n',
    file: (result: FileResult) => {
      const cases: string[] = [];
      let failures = 0;
      let errors = 0;
      for (const e of result.errors) {
        errors++;
        cases.push(
          `    <testcase classname="${xml(result.file)}" name="${xml(e.ruleId ?? e.code)}">\n` +
            `      <error type="${xml(e.code)}" message="${xml(e.message)}">${xml(where(e.line, e.column) + e.message)}</error>\n    </testcase>`,
        );
      }
      const byRule = new Map<string, FileResult['violations'][number][]>();
      for (const v of result.violations) {
        const list = byRule.get(v.ruleId);
        if (list) list.push(v);
        else byRule.set(v.ruleId, [v]);
      }
      const ruleIds = [...new Set([...(result.checked ?? []), ...byRule.keys()])];
      for (const ruleId of ruleIds) {
        const found = byRule.get(ruleId) ?? [];
        const failing = found.filter((v) => v.severity === 'error');
        const head = `    <testcase classname="${xml(result.file)}" name="${xml(ruleId)}"`;
        if (failing.length > 0) {
          failures++;
          const body = failing.map((v) => `${where(v.line, v.column)}${v.pointer || '/'}: ${v.message}`).join('\n');
          cases.push(`${head}>\n      <failure type="${xml(ruleId)}" message="${xml(failing[0]!.message)}">${xml(body)}</failure>\n    </testcase>`);
        } else if (found.length > 0) {
          const body = found.map((v) => `${v.severity}: ${v.message}`).join('\n');
          cases.push(`${head}>\n      <system-out>${xml(body)}</system-out>\n    </testcase>`);
        } else {
          cases.push(`${head}/>`);
        }
      }
      return (
        `  <testsuite name="${xml(result.file)}" tests="${cases.length}" failures="${failures}" errors="${errors}">\n` +
        (cases.length ? cases.join('\n') + '\n' : '') +
        '  </testsuite>\n'
      );
    },
    end: (_summary: RunSummary) => '</testsuites>\n',
  };
}

function where(line: number | undefined, column: number | undefined): string {
  return line === undefined ? '' : `line ${line}, column ${column ?? 1}: `;
}
