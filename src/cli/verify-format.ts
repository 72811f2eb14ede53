import { paint } from '../engine/format/_color';
import { printable } from '../engine/format/_printable';
import type { VerifyResult } from '../engine/verify/types';

/** A verified pack and where it came from, for the report. */
export interface VerifiedPack {
  readonly spec: string;
  readonly result: VerifyResult;
}

/** Output formats of `microcred verify`. */
export const VERIFY_FORMATS = ['stylish', 'json', 'tap', 'junit'] as const;
export type VerifyFormat = (typeof VERIFY_FORMATS)[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function stylish(packs: readonly VerifiedPack[], color: boolean, verbose: boolean): string {
  const p = paint(color);
  const out: string[] = [];
  for (const { spec, result } of packs) {
    const from = spec === result.packId ? '' : `${printable(spec)}, `;
    out.push(`${p.bold(printable(result.packId))} ${p.dim(`(${from}samples as of ${result.asOf})`)}`);
    for (const check of result.checks) {
      if (check.status === 'fail') {
        out.push(`  ${p.red('✖')} ${printable(check.name)}`);
        for (const problem of check.problems) out.push(`      ${printable(problem.message)} ${p.dim(problem.code)}`);
      } else if (verbose) {
        out.push(`  ${check.status === 'pass' ? p.green('✔') : p.yellow('-')} ${printable(check.name)}${check.status === 'skip' ? p.dim(' (skipped)') : ''}`);
      }
    }
    const { passed, failed, skipped } = result.summary;
    const line = [`${passed} passed`, failed ? p.red(`${failed} failed`) : '0 failed', skipped ? p.yellow(`${skipped} skipped`) : ''].filter(Boolean).join(', ');
    out.push(`  ${result.ok ? p.green('✔') : p.red('✖')} ${line}`);
    const missing = [...new Set(result.checks.filter((c) => c.status === 'skip' && c.kind === 'citation').map((c) => c.file!))];
    if (missing.length) out.push(p.dim(`  citations not checked: no text of ${missing.map(printable).join(', ')} beside the pack (give --sources <dir>)`));
    out.push('');
  }
  const failed = packs.filter((v) => !v.result.ok).length;
  out.push(failed ? p.red(`✖ ${plural(failed, 'pack')} of ${packs.length} failed verification`) : p.green(`✔ ${plural(packs.length, 'pack')} verified`));
  return out.join('\n') + '\n';
}

function tap(packs: readonly VerifiedPack[]): string {
  const lines = ['TAP version 13'];
  const all = packs.flatMap(({ result }) => result.checks.map((check) => ({ packId: result.packId, check })));
  lines.push(`1..${all.length}`);
  all.forEach(({ packId, check }, i) => {
    // "#" starts a directive in TAP, so names carry none.
    const name = printable(`${packId}: ${check.name}`).replace(/#/g, '\\#');
    if (check.status === 'skip') {
      lines.push(`ok ${i + 1} - ${name} # SKIP ${printable(check.problems[0]?.message ?? '')}`);
    } else if (check.status === 'pass') {
      lines.push(`ok ${i + 1} - ${name}`);
    } else {
      lines.push(`not ok ${i + 1} - ${name}`, '  ---', '  problems:');
      for (const problem of check.problems) lines.push(`    - code: ${JSON.stringify(problem.code)}`, `      message: ${JSON.stringify(printable(problem.message))}`);
      lines.push('  ...');
    }
  });
  return lines.join('\n') + '\n';
}

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xml = (text: string) =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function junit(packs: readonly VerifiedPack[]): string {
  const total = (key: 'passed' | 'failed' | 'skipped') => packs.reduce((n, { result }) => n + result.summary[key], 0);
  const count = total('passed') + total('failed') + total('skipped');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="microcred verify" tests="${count}" failures="${total('failed')}" skipped="${total('skipped')}">`];
  for (const { result } of packs) {
    const { passed, failed, skipped } = result.summary;
    out.push(`  <testsuite name="${xml(result.packId)}" tests="${passed + failed + skipped}" failures="${failed}" skipped="${skipped}">`);
    for (const check of result.checks) {
      const head = `    <testcase classname="${xml(`${result.packId}.${check.kind}`)}" name="${xml(check.name)}"`;
      if (check.status === 'pass') {
        out.push(`${head}/>`);
      } else if (check.status === 'skip') {
        out.push(`${head}>`, `      <skipped message="${xml(check.problems[0]?.message ?? '')}"/>`, '    </testcase>');
      } else {
        const text = check.problems.map((p) => `${p.message} [${p.code}]`).join('\n');
        out.push(`${head}>`, `      <failure type="${xml(check.problems[0]?.code ?? 'failed')}" message="${xml(check.problems[0]?.message ?? '')}">${xml(text)}</failure>`, '    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Renders the results of `microcred verify` in one of its formats. */
export function formatVerify(packs: readonly VerifiedPack[], format: VerifyFormat, options: { color: boolean; verbose: boolean }): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ ok: packs.every((v) => v.result.ok), packs: packs.map(({ spec, result }) => ({ spec, ...result })) }, null, 2) + '\n';
    case 'tap':
      return tap(packs);
    case 'junit':
      return junit(packs);
    default:
      return stylish(packs, options.color, options.verbose);
  }
}
