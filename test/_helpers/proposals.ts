import type { ProposalInput } from '../../src/index';

/** A small, well-formed proposal; override what a test is about. */
export function proposal(credential: Partial<ProposalInput['credential']> = {}, rest: Partial<ProposalInput> = {}): ProposalInput {
  return {
    schemaVersion: 1,
    credential: { id: 'test-credential', title: 'Test Credential', kind: 'micro-credential', creditBearing: true, level: 'undergraduate', ...credential },
    ...rest,
  };
}

export const course = (code: string, credits: number, status: 'existing' | 'new' | 'pending-approval' = 'existing') => ({
  code,
  title: `Course ${code}`,
  credits: { value: credits, unit: 'us-credit-hour' as const },
  status,
});

export const cite = (passage = 'A passage.') => ({ source: 'test-policy.md', passage });
