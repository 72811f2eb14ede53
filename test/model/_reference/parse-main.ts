// The parse as main shipped it before issue 17, frozen: zod's interpreter (jitless) over the
// model's schemas, and the mapping of zod issues to violations as it was. The differential test
// holds today's parseProposal, parseCredential and parseLearnerRecord to exactly these results.
// Do not change this file to make that test pass; the schemas themselves are shared with src/.
import type * as z from 'zod/mini';
import { CredentialSchema } from '../../../src/model/credential';
import { LearnerRecordSchema } from '../../../src/model/learner-record';
import { ProposalSchema } from '../../../src/model/proposal';
import { toPointer, type PathSegment, type Violation } from '../../../src/model/violation';
import { formatMessage, SCHEMA_MESSAGES } from '../../../src/engine/format/messages';

type ReferenceResult = { success: true; value: unknown } | { success: false; issues: Violation[] };

export const referenceParseProposal = (input: unknown) => reference(ProposalSchema, input, 'proposal');
export const referenceParseCredential = (input: unknown) => reference(CredentialSchema, input, 'credential');
export const referenceParseLearnerRecord = (input: unknown) => reference(LearnerRecordSchema, input, 'record');

function reference(schema: z.ZodMiniType, input: unknown, key: string): Record<string, unknown> {
  const result = safeIssues(schema, input);
  return result.success ? { success: true, [key]: result.value } : { success: false, issues: result.issues };
}

function safeIssues(schema: z.ZodMiniType, input: unknown): ReferenceResult {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input, { jitless: true });
  } catch {
    return { success: false, issues: [schemaViolation('unreadable', [], {})] };
  }
  if (result.success) return { success: true, value: result.data };
  return { success: false, issues: result.error.issues.flatMap((issue) => fromZodIssue(issue, input)) };
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
