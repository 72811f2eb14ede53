import type { Citation, RouteDefinition } from '../../src/index';
import { UB_SECTIONS, UB_SOURCE } from './source';

const forwardToDean: Citation = {
  source: UB_SOURCE,
  section: UB_SECTIONS.step3,
  passage: 'If the proposal is approved, the committee will forward it to the appropriate (undergraduate or graduate) dean for final approval.',
};

const DEAN_STEPS = ['undergraduate-dean', 'graduate-dean', 'designated-dean'];

/**
 * UB's route: departmental/decanal approval, the Micro-Credential and Digital Badge Faculty
 * Governance Committee (approve, or recommend revisions the unit makes before re-submitting),
 * the dean for the credential's level, then badge creation in Credly within four weeks.
 */
export const ubRoute: RouteDefinition = {
  steps: [
    {
      id: 'departmental-decanal',
      body: 'Proposing department/unit and its dean (departmental/decanal approval)',
      reason:
        'A micro-credential needs the same campus-level departmental/decanal approval as a traditional degree program. Every proposal, badges included, is forwarded for university-level review only "once proper signatures are obtained"; the pack reads those signatures as this same departmental/decanal sign-off.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.definitions,
        passage: 'Any proposed micro-credential will require the same campus-level departmental/decanal approval process as traditional degree programs.',
      },
    },
    {
      id: 'faculty-governance-committee',
      body: 'Micro-Credential and Digital Badge Faculty Governance Committee',
      reason:
        'The committee reviews every submitted proposal and approves it or recommends revisions. Revisions send the proposal back to the proposing department/unit, which makes the changes and re-submits it, with its signatures, for review again.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.step3,
        passage:
          'When the proposal is submitted, the Micro-Credential and Digital Badge Faculty Governance Committee will review the proposal and approve it, or recommend revisions. If revisions are recommended, the proposing department/unit should make the suggested changes and re-submit the proposal.',
      },
      after: ['departmental-decanal'],
      revise: { returnsTo: 'departmental-decanal' },
    },
    {
      id: 'undergraduate-dean',
      body: 'Undergraduate dean (final approval)',
      reason: 'The committee forwards an approved undergraduate proposal to the undergraduate dean for final approval.',
      notRequiredReason: 'The credential is not at the undergraduate level.',
      citation: forwardToDean,
      appliesTo: { level: 'undergraduate' },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'graduate-dean',
      body: 'Graduate dean (final approval)',
      reason: 'The committee forwards an approved graduate proposal to the graduate dean for final approval.',
      notRequiredReason: 'The credential is not at the graduate level.',
      citation: forwardToDean,
      appliesTo: { level: 'graduate' },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'designated-dean',
      body: 'The appropriate dean for a non-degree credential (final approval)',
      reason:
        'The text names only the undergraduate and the graduate dean, yet every approved proposal goes to a dean for final approval. For a non-degree credential (or one that states no level) the pack keeps that final approval and leaves the committee to name the appropriate dean.',
      notRequiredReason: 'The credential is at the undergraduate or graduate level, so the dean for that level gives final approval.',
      citation: forwardToDean,
      when: { '!': [{ in: [{ var: 'credential.level' }, ['undergraduate', 'graduate']] }] },
      after: ['faculty-governance-committee'],
    },
    {
      id: 'badge-creation',
      kind: 'action',
      body: 'Office of the Director of Micro-Credentials and Digital Badges',
      reason:
        'Once the proposal is approved, the proposing department/unit contacts the Director of Micro-Credentials and Digital Badges to develop the badge, which is placed into Credly to be issued; UB asks proposers to allow up to four weeks from approval.',
      citation: {
        source: UB_SOURCE,
        section: UB_SECTIONS.step4,
        passage:
          'Please allow up to four weeks from the date your proposal is approved, for your completed badge design to be input into Credly and ready to be issued.',
      },
      after: DEAN_STEPS,
      expectedWithin: { weeks: 4, from: DEAN_STEPS },
    },
  ],
};
