// Elective groups ("choose k of") in awards, pathways and Open Badges criteria, and the
// approved-route requirement of a pack whose text lets only approved programs use its badge.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkApproval,
  checkAward,
  checkCatalog,
  criteriaNarrative,
  InvalidOptionError,
  parseCredential,
  toAuthorizedOpenBadgeCredential,
  toOpenBadgeAchievement,
  type Credential,
} from '../../src/index';
import { binghamton, suny } from '../../policies/index';
import { POLICIES, readData } from '../_helpers/files';

const three = (code: string, required = false) => ({ code, title: `Course ${code}`, credits: { value: 3, unit: 'us-credit-hour' }, required });

function parsed(input: object): Credential {
  const result = parseCredential({ id: 'grouped', title: 'Grouped', kind: 'micro-credential', creditBearing: true, ...input });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

const grouped = parsed({
  courses: [three('REQ 101', true), three('REQ 102', true), three('OPT 201'), three('OPT 202'), three('OPT 203'), three('OPT 204')],
  electiveGroups: [{ id: 'methods', choose: 2, options: ['OPT 201', 'OPT 202', 'OPT 203', 'OPT 204'] }],
});
const passed = (...codes: string[]) => codes.map((code) => ({ code, grade: 'B', credits: { value: 3, unit: 'us-credit-hour' }, term: '2026-spring' }));
const asOf = '2026-06-01';

describe('elective groups', () => {
  test('a learner satisfies a group by passing k of its options', () => {
    const short = checkAward(grouped, { learner: { id: 'S1' }, courses: passed('REQ 101', 'REQ 102', 'OPT 203') }, { asOf });
    expect(short.earned).toBe(false);
    expect(short.unmet.map((v) => `${v.ruleId}:${v.messageId} ${v.pointer}`)).toEqual(['award/elective-group-short:short /credential/electiveGroups/0']);
    expect(short.unmet[0]!.data).toMatchObject({ group: 'methods', choose: 2, passed: 1 });
    expect(short.progress.electiveGroups).toEqual([{ passed: 1, choose: 2 }]);

    const done = checkAward(grouped, { learner: { id: 'S1' }, courses: passed('REQ 101', 'REQ 102', 'OPT 201', 'OPT 203', 'OPT 204') }, { asOf });
    expect(done.earned).toBe(true);
    expect(done.progress.electiveGroups).toEqual([{ passed: 2, choose: 2 }]);
    // 6 required + 2 options counted: 12 of the 12 every learner takes; the third option is an extra.
    expect(done.progress.credits).toEqual({ earned: 12, required: 12, unit: 'us-credit-hour' });
  });

  test('a group that names no course of the credential, or a required one, is a schema problem', () => {
    const result = parseCredential({
      id: 'bad',
      title: 'Bad',
      kind: 'micro-credential',
      creditBearing: true,
      courses: [three('REQ 101', true), three('OPT 201')],
      electiveGroups: [{ choose: 3, options: ['REQ 101', 'NONE 1'] }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => i.pointer)).toEqual(['/electiveGroups/0/options/0', '/electiveGroups/0/options/1', '/electiveGroups/0/choose']);
    }
  });

  test('pathway credits count the k options with the most credits, once per course', () => {
    const badge = parsed({
      id: 'badge',
      courses: [{ ...three('OPT 201', true), credits: { value: 4, unit: 'us-credit-hour' } }],
      stacksInto: [{ kind: 'credential', id: 'grouped', title: 'Grouped' }],
    });
    const withBigOption = parsed({
      courses: [three('REQ 101', true), three('REQ 102', true), { ...three('OPT 201'), credits: { value: 4, unit: 'us-credit-hour' } }, three('OPT 202'), three('OPT 203')],
      electiveGroups: [{ choose: 2, options: ['OPT 201', 'OPT 202', 'OPT 203'] }],
    });
    // Alone: 6 + 4 + 3 = 13. After the badge (OPT 201 already taken): 4 + 6 + 3 + 3 = 16.
    expect(checkCatalog([withBigOption], { maxPathwayCredits: 13 }).violations).toEqual([]);
    expect(checkCatalog([withBigOption], { maxPathwayCredits: 12 }).violations.map((v) => [v.ruleId, v.data?.credits])).toEqual([['catalog/pathway-credits', 13]]);
    expect(checkCatalog([badge, withBigOption], { maxPathwayCredits: 15 }).violations.map((v) => [v.ruleId, v.data?.credits])).toEqual([['catalog/pathway-credits', 16]]);
  });

  test('Open Badges criteria say "pass k of" the group', () => {
    expect(criteriaNarrative(grouped)).toContain('- Pass 2 of: OPT 201 Course OPT 201; OPT 202 Course OPT 202; OPT 203 Course OPT 203; OPT 204 Course OPT 204');
    expect(criteriaNarrative(grouped)).not.toContain('Elective options:');
  });
});

const scenario = (file: string) => readData(join(POLICIES, 'binghamton', 'scenarios', file)) as { proposal: { credential: unknown } };
const approvedProposal = scenario('10-graduate-fully-approved.yaml').proposal;
const rejectedProposal = scenario('11-eppc-rejects.yaml').proposal;
const approvedCredential = approvedProposal.credential;
const learner = {
  learner: { id: 'mailto:learner@binghamton.example' },
  courses: passed('PAFF 560', 'PAFF 561', 'PAFF 562'),
  evidence: [{ id: 'evaluation-report', submittedOn: '2026-05-01', accepted: true }],
};

describe('only approved programs use the badge', () => {
  test('the binghamton pack has the clause, with its citation', () => {
    expect(binghamton.badgeRequiresApproval).toMatchObject({ by: 'binghamton', citation: { source: 'binghamton-approved-motion.txt' } });
    expect(suny.badgeRequiresApproval).toBeUndefined();
  });

  test('with the proposal, an award needs its route approved: a violation, not a throw', () => {
    const before = checkAward(approvedCredential, learner, { asOf: '2026-11-15', pack: binghamton, approval: { proposal: approvedProposal } });
    expect(before.earned).toBe(false);
    expect(before.unmet.map((v) => `${v.ruleId}:${v.messageId} ${v.pointer}`)).toEqual(['award/route-not-approved:in-progress /proposal/approvals']);
    expect(before.unmet[0]!.citation).toEqual(binghamton.badgeRequiresApproval!.citation);
    expect(before.unmet[0]!.data).toMatchObject({ current: ['eppc'] });

    const after = checkAward(approvedCredential, learner, { asOf: '2027-01-15', pack: binghamton, approval: { proposal: approvedProposal } });
    expect(after.unmet).toEqual([]);
    expect(after.earned).toBe(true);

    const rejected = checkAward(approvedCredential, learner, { asOf: '2027-01-15', pack: binghamton, approval: { proposal: rejectedProposal } });
    expect(rejected.unmet.map((v) => v.messageId)).toEqual(['rejected']);
  });

  test('without the option nothing changes; a pack without the clause does not require it unless asked', () => {
    expect(checkAward(approvedCredential, learner, { asOf: '2026-11-15', pack: binghamton }).earned).toBe(true);
    expect(checkApproval({ proposal: approvedProposal }, { asOf: '2026-11-15', pack: suny })).toEqual([]);
    expect(checkApproval({ proposal: approvedProposal, required: false }, { asOf: '2026-11-15', pack: binghamton })).toEqual([]);
    expect(() => checkAward(approvedCredential, learner, { asOf, approval: { proposal: approvedProposal, required: true } })).toThrow(InvalidOptionError);
  });

  test('a proposal for another credential, or one that cannot be planned, is reported', () => {
    const other = { ...(approvedProposal as object), credential: { ...(approvedCredential as object), id: 'bing-other' } };
    expect(checkApproval({ proposal: other }, { asOf: '2027-01-15', pack: binghamton, credentialId: 'bing-grad-program-evaluation' }).map((v) => v.messageId)).toEqual(['other-credential']);
    expect(checkApproval({ proposal: { schemaVersion: 1 } }, { asOf: '2027-01-15', pack: binghamton }).map((v) => [v.messageId, v.pointer])).toEqual([['no-route', '/proposal']]);
  });

  test('the Open Badges export builds the credential only for an approved route', () => {
    const credential = parseCredential(approvedCredential);
    if (!credential.success) throw new Error('the scenario credential parses');
    const achievement = toOpenBadgeAchievement(credential.credential, { name: 'Binghamton University', url: 'https://www.binghamton.edu' });
    const early = toAuthorizedOpenBadgeCredential(achievement, learner.learner, { awardedOn: '2026-11-15' }, { proposal: approvedProposal, pack: binghamton });
    expect(early.authorized).toBe(false);
    expect(early.violations.map((v) => `${v.ruleId}:${v.messageId}`)).toEqual(['award/route-not-approved:in-progress']);
    const issued = toAuthorizedOpenBadgeCredential(achievement, learner.learner, { awardedOn: '2027-01-20' }, { proposal: approvedProposal, pack: binghamton });
    expect(issued.authorized).toBe(true);
    if (issued.authorized) expect(issued.credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  });
});
