import type * as z from 'zod/mini';
import { toPointer, type PathSegment, type Violation } from '../violation';
import { formatMessage, SCHEMA_MESSAGES } from '../../engine/format/messages';
import type { TieredResult } from './tiered-parser';

/** A parse's value, or its zod issues as violations (rule ids `schema/<code>`). */
export type SafeResult = { ok: true; value: unknown } | { ok: false; violations: Violation[] };

export function safeIssues(parse: (input: unknown) => TieredResult, input: unknown): SafeResult {
  let result: TieredResult;
  try {
    result = parse(input);
  } catch {
    // Exotic inputs (throwing getters, revoked proxies) are not data we can judge.
    return { ok: false, violations: [schemaViolation('unreadable', [], {})] };
  }
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, violations: result.error.issues.flatMap((issue) => fromZodIssue(issue, input)) };
}

/** Converts one zod issue into violations (one per unknown key). */
function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): Violation[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => schemaViolation('unrecognized_keys', [...path, key], { key }));
    case 'invalid_type': {
      const actual = describeValue(valueAt(input, path));
      return [schemaViolation(actual === 'missing' ? 'required' : 'invalid_type', path, { expected: issue.expected, received: actual })];
    }
    case 'invalid_value': {
      const expected = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const missing = valueAt(input, path) === undefined;
      return [schemaViolation(missing ? 'required' : 'invalid_value', path, { expected: missing ? `one of ${expected}` : expected })];
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const origin = issue.origin;
      return [schemaViolation(`${issue.code}_${origin === 'array' || origin === 'set' ? 'array' : origin === 'string' ? 'string' : 'number'}`, path, { bound: Number(bound) })];
    }
    case 'invalid_format':
      return [schemaViolation('custom', path, { detail: issue.format === 'url' ? 'must be a web address (http or https)' : issue.message })];
    case 'invalid_union':
      return [schemaViolation('custom', path, { detail: 'does not match any of the allowed shapes' })];
    default:
      return [schemaViolation('custom', path, { detail: issue.message })];
  }
}

function schemaViolation(code: string, path: PathSegment[], data: Record<string, unknown>): Violation {
  const template = SCHEMA_MESSAGES[code] ?? SCHEMA_MESSAGES.custom!;
  return {
    ruleId: `schema/${code.replace(/_/g, '-')}`,
    packId: 'microcred',
    severity: 'error',
    messageId: code,
    message: formatMessage(template, { ...data, pointer: toPointer(path) || '/' }),
    data,
    path,
    pointer: toPointer(path),
  };
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
