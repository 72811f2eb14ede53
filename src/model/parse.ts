import type * as z from 'zod/mini';
import { ProposalSchema, type Proposal } from './proposal';
import { CredentialSchema, type Credential } from './credential';
import { LearnerRecordSchema, type LearnerRecord } from './learner-record';
import { toPointer, type PathSegment, type Violation } from './violation';
import { formatMessage, SCHEMA_MESSAGES } from '../engine/format/messages';
import { tieredParser, type TieredResult } from './_lib/tiered-parser';

// One parser per schema, each compiled once it is hot (see tieredParser). Marked pure so that
// an app that never parses can drop them (and the schemas) from its bundle.
const proposalParser = /* @__PURE__ */ tieredParser(ProposalSchema);
const credentialParser = /* @__PURE__ */ tieredParser(CredentialSchema);
const learnerRecordParser = /* @__PURE__ */ tieredParser(LearnerRecordSchema);

/** The result of {@link parseProposal}: the typed proposal, or every problem found. */
export type ParseProposalResult =
  | { readonly success: true; readonly proposal: Proposal }
  | { readonly success: false; readonly issues: readonly Violation[] };

/** The result of {@link parseCredential}: the typed credential, or every problem found. */
export type ParseCredentialResult =
  | { readonly success: true; readonly credential: Credential }
  | { readonly success: false; readonly issues: readonly Violation[] };

/**
 * Checks that a value is a well-formed proposal and returns it typed, with defaults filled
 * in. Problems come back as {@link Violation}s with rule ids `schema/<zod issue code>`;
 * this function never throws and never changes its input.
 *
 * @example
 * ```ts
 * const result = parseProposal(JSON.parse(text));
 * if (result.success) result.proposal.credential.title; // typed, defaults filled in
 * else result.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
 * ```
 */
export function parseProposal(input: unknown): ParseProposalResult {
  const issues = safeIssues(proposalParser, input);
  if (issues.ok) return { success: true, proposal: issues.value as Proposal };
  return { success: false, issues: issues.violations };
}

/**
 * Like {@link parseProposal}, for a bare credential (catalog entries, award checks).
 *
 * @example
 * ```ts
 * const result = parseCredential({ id: 'b1', title: 'Teamwork badge', kind: 'digital-badge', creditBearing: false });
 * result.success; // true
 * ```
 */
export function parseCredential(input: unknown): ParseCredentialResult {
  const issues = safeIssues(credentialParser, input);
  if (issues.ok) return { success: true, credential: issues.value as Credential };
  return { success: false, issues: issues.violations };
}

/** The result of {@link parseLearnerRecord}: the typed record, or every problem found. */
export type ParseLearnerRecordResult =
  | { readonly success: true; readonly record: LearnerRecord }
  | { readonly success: false; readonly issues: readonly Violation[] };

/**
 * Like {@link parseProposal}, for a learner record (award checks).
 *
 * @example
 * ```ts
 * const result = parseLearnerRecord({ learner: { id: 'B00123456' } });
 * result.success; // true
 * ```
 */
export function parseLearnerRecord(input: unknown): ParseLearnerRecordResult {
  const issues = safeIssues(learnerRecordParser, input);
  if (issues.ok) return { success: true, record: issues.value as LearnerRecord };
  return { success: false, issues: issues.violations };
}

type SafeResult = { ok: true; value: unknown } | { ok: false; violations: Violation[] };

function safeIssues(parse: (input: unknown) => TieredResult, input: unknown): SafeResult {
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
