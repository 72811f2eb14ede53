import { load } from 'js-yaml';
import { toPointer } from '../../model/violation';
import { evaluate } from '../evaluate';
import { MicrocredError } from '../errors';
import type { Pack, Rule } from '../types';
import type { PackSample, SampleExpectation, VerifyCheck, VerifyProblem } from './types';

/** `# expect: {...}` in the comment lines at the top of a YAML sample. */
const EXPECT_LINE = /^#\s*expect:\s*(.+)$/;

/**
 * Reads what a failing sample should report from the comment lines at the top of its text:
 * each line `# expect: { messageId: <id>, path: [<segment>, ...] }` (either key may be left
 * out; `path` may also be a JSON Pointer) is one finding the rule must report. Comment lines
 * keep the sample a plain proposal that `microcred check` reads as it is. Lines that are not
 * a YAML mapping of those keys are returned as `problems`.
 *
 * @example
 * ```ts
 * sampleExpectations('# Fails acme/max-credits\n# expect: { messageId: tooMany, path: [credential, courses] }\nschemaVersion: 1\n');
 * // { expect: [{ messageId: 'tooMany', path: ['credential', 'courses'] }], problems: [] }
 * ```
 */
export function sampleExpectations(text: string): { expect: SampleExpectation[]; problems: string[] } {
  const expect: SampleExpectation[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) break;
    const match = EXPECT_LINE.exec(line);
    if (!match) continue;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = load(match[1]!.trim().startsWith('{') ? match[1]! : `{ ${match[1]!} }`);
    } catch {
      problems.push(`${where}: "# expect:" must be followed by a YAML mapping such as { messageId: tooMany, path: [credential, courses] }.`);
      continue;
    }
    const parsed = toExpectation(value);
    if (parsed) expect.push(parsed);
    else problems.push(`${where}: "# expect:" takes only messageId (a string) and path (a list of keys and indexes, or a JSON Pointer).`);
  }
  return { expect, problems };
}

function toExpectation(value: unknown): SampleExpectation | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { messageId, path, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (messageId !== undefined && typeof messageId !== 'string') return undefined;
  const pathOk =
    path === undefined ||
    typeof path === 'string' ||
    (Array.isArray(path) && path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s))));
  if (!pathOk) return undefined;
  return { ...(messageId !== undefined && { messageId }), ...(path !== undefined && { path: path as SampleExpectation['path'] & {} }) };
}

const pointerOf = (path: SampleExpectation['path']) => (typeof path === 'string' ? path : toPointer(path ?? []));

/** Runs one sample against its rule. */
export function verifySample(pack: Pack, rule: Rule, sample: PackSample, asOf: string): VerifyCheck {
  const base = { kind: 'sample' as const, name: `${rule.id}: ${sample.file} should ${sample.expected}`, ruleId: rule.id, file: sample.file };
  const fail = (problems: VerifyProblem[]): VerifyCheck => ({ ...base, status: problems.length ? 'fail' : 'pass', problems });
  if (sample.error !== undefined) return fail([{ code: 'unreadable', message: sample.error }]);
  let report;
  try {
    report = evaluate(sample.data, pack, { asOf });
  } catch (error) {
    if (error instanceof MicrocredError) return fail([{ code: error.code, message: error.message }]);
    throw error;
  }
  const schema = report.violations.filter((v) => v.ruleId.startsWith('schema/'));
  if (schema.length > 0) {
    return fail(schema.map((v) => ({ code: 'sample-not-well-formed', message: `Not a well-formed proposal: ${v.pointer || '(root)'}: ${v.message}` })));
  }
  if (!(report.checked ?? []).includes(rule.id)) {
    return fail([{ code: 'rule-not-run', message: `${rule.id} did not run on this sample (it does not apply to it, or is not in force on ${asOf}).` }]);
  }
  const mine = report.violations.filter((v) => v.ruleId === rule.id);
  const problems: VerifyProblem[] = [];
  // The engine reports a check that threw under the rule's own id, with its own message id.
  const failed = mine.find((v) => v.messageId === 'rule-failed' && !Object.hasOwn(rule.messages, 'rule-failed'));
  if (failed) problems.push({ code: 'rule-failed', message: `${rule.id} failed while checking this sample: ${failed.message}` });
  if (sample.expected === 'pass') {
    if (mine.length > 0 && !failed) {
      problems.push({ code: 'sample-triggered', message: `${rule.id} reported ${mine.map((v) => `${v.messageId} at ${v.pointer || '(root)'}`).join('; ')}; a pass sample must not trigger it.` });
    }
  } else if (mine.length === 0) {
    problems.push({ code: 'sample-not-triggered', message: `${rule.id} reported nothing; a fail sample must trigger it.` });
  } else {
    for (const expected of sample.expect ?? []) {
      const found = mine.some(
        (v) => (expected.messageId === undefined || v.messageId === expected.messageId) && (expected.path === undefined || v.pointer === pointerOf(expected.path)),
      );
      if (!found) {
        const want = [expected.messageId && `messageId ${expected.messageId}`, expected.path !== undefined && `path ${pointerOf(expected.path) || '(root)'}`].filter(Boolean).join(' at ');
        problems.push({ code: 'expectation-not-met', message: `Expected ${want}; ${rule.id} reported ${mine.map((v) => `${v.messageId} at ${v.pointer || '(root)'}`).join('; ')}.` });
      }
    }
  }
  return fail(problems);
}
