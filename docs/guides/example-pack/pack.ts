// The Northfield pack in TypeScript: the twin of pack.yaml, with the same rules and route.
import { definePack, defineRule, totalCredits, type Citation } from '../../../src/index';

const outcomes: Citation = { source: 'policy.md', section: '1. Outcomes', passage: 'Every micro-credential must state at least two student learning outcomes' };
const approval = (passage: string): Citation => ({ source: 'policy.md', section: '4. Approval', passage });

const twoOutcomes = defineRule({
  id: 'northfield/two-outcomes',
  title: 'States at least two learning outcomes',
  severity: 'error',
  reading: '"must state at least two" makes this an error.',
  citation: outcomes,
  messages: { tooFew: 'State at least two learning outcomes; this proposal states {count}.' },
  check: ({ credential }) => {
    const count = credential.learningOutcomes.length;
    return count < 2 ? { messageId: 'tooFew', path: ['credential', 'learningOutcomes'], data: { count } } : undefined;
  },
});

const outcomeAssessed = defineRule({
  id: 'northfield/outcome-assessed',
  title: 'Each outcome names its assessment',
  severity: 'error',
  reading: '"must name" makes this an error.',
  citation: { ...outcomes, passage: 'each outcome must name how it is assessed' },
  messages: { unassessed: 'Outcome {outcome} does not say how it is assessed.' },
  check: ({ credential }) =>
    credential.learningOutcomes.flatMap((outcome, index) =>
      outcome.assessment?.method.trim()
        ? []
        : [{ messageId: 'unassessed' as const, path: ['credential', 'learningOutcomes', index, 'assessment'], data: { outcome: outcome.id } }],
    ),
});

const maxCredits = defineRule({
  id: 'northfield/max-credits',
  title: 'A credit-bearing micro-credential has at most 9 credit hours',
  severity: 'error',
  reading: '"must not exceed" makes this an error; 9 credit hours is the maximum the text gives.',
  appliesTo: { creditBearing: true },
  citation: { source: 'policy.md', section: '2. Size', passage: 'A credit-bearing micro-credential must not exceed 9 credit hours.' },
  messages: { tooMany: 'The courses total {credits} credit hours; the maximum is 9.' },
  check: ({ credential }) => {
    const credits = totalCredits(credential.courses);
    return credits > 9 ? { messageId: 'tooMany', path: ['credential', 'courses'], data: { credits } } : undefined;
  },
});

const employerPartner = defineRule({
  id: 'northfield/employer-partner',
  title: 'Names an employer partner',
  severity: 'warning',
  reading: '"should name" makes this a warning, never an error; the pack lets a proposal waive it.',
  citation: { source: 'policy.md', section: '3. Partners', passage: 'A micro-credential should name at least one employer partner.' },
  messages: { none: 'Name at least one employer partner (market.partners).' },
  check: (proposal) => ((proposal.market?.partners.length ?? 0) > 0 ? undefined : { messageId: 'none', path: ['market', 'partners'] }),
});

export const northfield = definePack({
  id: 'northfield',
  name: 'Northfield State College micro-credential policy 4.12',
  version: '1.0.0',
  sources: [{ title: 'Northfield State College Micro-Credential Policy 4.12', file: 'policy.md' }],
  effective: [{ revision: '4.12', from: '2025-07-01' }],
  waivable: ['northfield/employer-partner'],
  rules: [twoOutcomes, outcomeAssessed, maxCredits, employerPartner],
  notEnforced: [
    {
      citation: { source: 'policy.md', section: '5. Delivery', passage: 'A micro-credential may be offered online, in person or both.' },
      reason: '"may" grants a choice; there is nothing to check.',
    },
  ],
  route: {
    steps: [
      { id: 'department', body: 'Offering department', reason: 'The offering department approves the proposal first.', citation: approval('The offering department approves the proposal') },
      {
        id: 'curriculum-committee',
        body: 'College Curriculum Committee',
        after: ['department'],
        revise: { returnsTo: 'department' },
        reject: true,
        reason: 'The College Curriculum Committee reviews every proposal.',
        citation: approval('then the College Curriculum Committee, which may return it to the department for revisions or reject it'),
      },
      {
        id: 'provost',
        body: 'Provost',
        appliesTo: { creditBearing: true },
        after: ['curriculum-committee'],
        reason: "Credit-bearing micro-credentials also need the Provost's approval.",
        notRequiredReason: 'Only credit-bearing micro-credentials go to the Provost.',
        citation: approval("Credit-bearing micro-credentials also need the Provost's approval."),
      },
      {
        id: 'registrar',
        body: 'Registrar',
        kind: 'notify',
        after: ['provost'],
        reason: 'The Registrar is notified of every approved micro-credential.',
        citation: approval('The Registrar is notified of every approved micro-credential.'),
      },
    ],
  },
});

export default northfield;
