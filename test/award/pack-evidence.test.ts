// Rules of award that a pack states: a pack that makes evidence a condition of the badge makes
// it a condition of award too, even when the credential itself does not say so.
import { describe, expect, test } from 'vitest';
import { checkAward, definePack, evidenceRulesOf, NoPolicyInForceError, parseCredential, type Credential } from '../../src/index';
import { suny } from '../../policies/index';

const citation = { source: 'acme-policy.md', section: 'Badges', passage: 'Credit-bearing badges are issued only on submission of evidence.' };

const acme = definePack({
  id: 'acme',
  name: 'ACME test pack',
  version: '1.0.0',
  sources: [{ title: 'ACME policy', file: 'acme-policy.md' }],
  effective: [{ revision: '2025', from: '2025-01-01' }],
  rules: [
    {
      id: 'acme/badge-evidence',
      title: 'The badge requires evidence',
      severity: 'error',
      citation,
      appliesTo: { creditBearing: true },
      messages: { missing: 'Set credential.evidence.required to true.' },
      check: { assert: { '==': [{ var: 'credential.evidence.required' }, true] }, path: ['credential', 'evidence', 'required'] },
    },
    {
      id: 'acme/evidence-generally',
      title: 'Badges generally include evidence',
      severity: 'warning',
      citation: { source: 'acme-policy.md', passage: 'Badges generally include evidence.' },
      messages: { missing: 'Consider requiring evidence.' },
      check: { assert: { '==': [{ var: 'credential.evidence.required' }, true] } },
    },
    {
      id: 'acme/old-evidence-rule',
      title: 'An evidence rule no longer in force',
      severity: 'error',
      citation: { source: 'acme-policy.md', passage: 'Until 2025-06-30 every badge required evidence.' },
      effective: { to: '2025-06-30' },
      messages: { missing: 'Evidence was required.' },
      check: { assert: { '==': [{ var: 'credential.evidence.required' }, true] } },
    },
  ],
});

function credential(input: object): Credential {
  const result = parseCredential({ id: 'c', title: 'C', kind: 'digital-badge', ...input });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

const record = { learner: { id: 'S1' } };
const asOf = '2026-06-01';

describe('checkAward with a pack', () => {
  test('a pack rule that requires evidence makes accepted evidence a condition of award', () => {
    const silent = credential({ creditBearing: true });
    expect(checkAward(silent, record, { asOf }).earned).toBe(true);
    const result = checkAward(silent, record, { asOf, pack: acme });
    expect(result.earned).toBe(false);
    expect(result.evidenceRequiredBy).toEqual([{ by: 'pack', ruleId: 'acme/badge-evidence', packId: 'acme', citation }]);
    expect(result.unmet.map((v) => `${v.ruleId}:${v.messageId} ${v.pointer}`)).toEqual(['award/missing-evidence:none-accepted /credential/evidence']);
    expect(result.unmet[0]!.citation).toEqual(citation);
    expect(result.unmet[0]!.data).toEqual({ requiredBy: ['acme/badge-evidence'] });
    expect(checkAward(silent, { ...record, evidence: [{ id: 'anything', submittedOn: '2026-05-01', accepted: true }] }, { asOf, pack: acme }).earned).toBe(true);
  });

  test('only error rules in force that apply to the credential count', () => {
    expect(evidenceRulesOf(credential({ creditBearing: false }), acme, asOf)).toEqual([]);
    expect(evidenceRulesOf(credential({ creditBearing: false }), acme, '2025-03-01').map((r) => r.ruleId)).toEqual(['acme/old-evidence-rule']);
    expect(evidenceRulesOf(credential({ creditBearing: true }), acme, asOf).map((r) => r.ruleId)).toEqual(['acme/badge-evidence']);
  });

  test('the credential and the pack can both require it', () => {
    const result = checkAward(credential({ creditBearing: true, evidence: { required: true } }), record, { asOf, pack: acme });
    expect(result.evidenceRequiredBy.map((r) => r.by)).toEqual(['credential', 'pack']);
  });

  test('the SUNY baseline states no rule of award about evidence', () => {
    expect(evidenceRulesOf(credential({ creditBearing: true }), suny, asOf)).toEqual([]);
  });

  test('a date the pack does not cover is a caller mistake', () => {
    expect(() => checkAward(credential({ creditBearing: true }), record, { asOf: '2024-01-01', pack: acme })).toThrow(NoPolicyInForceError);
  });
});

describe('checkAward with the binghamton pack', () => {
  test('its badge-with-evidence rule makes accepted evidence a condition of award, with its citation', async () => {
    const { binghamton } = await import('../../policies/index');
    const silent = credential({ creditBearing: false });
    const result = checkAward(silent, record, { asOf, pack: binghamton });
    expect(result.earned).toBe(false);
    expect(result.evidenceRequiredBy).toEqual([
      expect.objectContaining({ by: 'pack', ruleId: 'binghamton/badge-with-evidence', packId: 'binghamton', citation: expect.objectContaining({ source: 'binghamton-approved-motion.txt' }) }),
    ]);
    expect(result.unmet.map((v) => v.ruleId)).toContain('award/missing-evidence');
  });
});
