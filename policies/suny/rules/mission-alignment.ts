import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'suny/mission-alignment',
  title: 'Explains how it fits the campus mission',
  severity: 'info',
  citation: {
    source: 'suny-micro-credentials.txt',
    section: "Guiding Principles of SUNY's Micro-Credential Policy",
    passage:
      '2. Micro-credentials are initiated locally, developed, and approved according to local campus policies and procedures, consistent with campus mission and strategic goals.',
  },
  description: 'The proposal says how the credential is consistent with the campus mission and strategic goals.',
  reading:
    '"Micro-credentials are initiated locally, developed, and approved according to local campus policies and procedures, consistent with campus mission and strategic goals" describes how micro-credentials come about; it has no "must" or "should" and asks the proposal for no statement. A description sets at most an info finding, a reminder that reviewers will look for the fit with the mission.',
  messages: { missing: 'SUNY describes micro-credentials as consistent with campus mission and strategic goals; the proposal does not say how this one is (rationale.missionAlignment).' },
  check: { assert: { hasText: [{ var: 'rationale.missionAlignment' }] }, path: ['rationale', 'missionAlignment'] },
});
