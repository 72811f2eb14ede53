import { ProposalSchema, type Proposal } from './proposal';
import { CredentialSchema, type Credential } from './credential';
import type { Violation } from './violation';
import { tieredParser } from './_lib/tiered-parser';
import { safeIssues } from './_lib/safe-parse';

// One parser per schema, each compiled once it is hot (see tieredParser). Marked pure so that
// an app that never parses can drop them (and the schemas) from its bundle.
const proposalParser = /* @__PURE__ */ tieredParser(ProposalSchema);
const credentialParser = /* @__PURE__ */ tieredParser(CredentialSchema);

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
