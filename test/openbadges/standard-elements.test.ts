// The European standard elements in the Open Badges 3.0 export: where each one goes, and that
// the result still validates against the 1EdTech schema. A credential that states none of them
// exports as before.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InvalidOptionError, toOpenBadgeAchievement, toOpenBadgeCredential, type CredentialInput } from '../../src/index';
import { POLICIES, readData } from '../_helpers/files';
import { validateAchievement, validateCredential } from '../_helpers/open-badges-schema';

const fromScenario = (file: string) => (readData(join(POLICIES, 'eu', 'scenarios', file)) as { proposal: { credential: CredentialInput } }).proposal.credential;
const complete = fromScenario('01-complete-ects-micro-credential.yaml');
const joint = fromScenario('05-joint-work-based-award.yaml');
const issuer = { name: 'Hochschule Nordstadt', url: 'https://www.hochschule-nordstadt.example' };

function schemaErrors(value: unknown, validate: typeof validateCredential): string[] {
  return validate(JSON.parse(JSON.stringify(value))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('an Achievement with the European standard elements', () => {
  const achievement = toOpenBadgeAchievement(complete, issuer);

  test('the EQF level is an alignment to that level, with the QF-EHEA cycle', () => {
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'EQF level 6',
        targetUrl: 'http://data.europa.eu/snb/eqf/6',
        targetDescription: 'QF-EHEA first cycle',
        targetFramework: 'European Qualifications Framework',
        targetCode: '6',
      },
    ]);
    expect(achievement.tag).toContain('first-cycle');
  });

  test('the workload and the type of assessment close the criteria narrative', () => {
    const lines = achievement.criteria.narrative.split('\n');
    expect(lines.slice(-2)).toEqual([
      'Notional workload: 5 ECTS credits (140 hours).',
      'Assessment: project report and oral examination; supervised online or onsite, with identity verification.',
    ]);
    expect(lines[lines.length - 3]).toBe('');
  });

  test("the issuer is the awarding body, with its country and region as the Profile's address", () => {
    expect(achievement.creator).toEqual({
      id: 'https://www.hochschule-nordstadt.example',
      type: ['Profile'],
      name: 'Hochschule Nordstadt',
      url: 'https://www.hochschule-nordstadt.example',
      address: { type: ['Address'], addressCountryCode: 'DE', addressRegion: 'Niedersachsen' },
    });
  });

  test('validates against the 1EdTech schema, as an Achievement and inside a credential', () => {
    expect(schemaErrors(achievement, validateAchievement)).toEqual([]);
    const credential = toOpenBadgeCredential(achievement, { id: 'mailto:learner@example.org', name: 'A. Learner' }, { awardedOn: '2026-10-01' });
    expect(schemaErrors(credential, validateCredential)).toEqual([]);
    // The two mandatory elements of an issued credential: the learner and the date of issuing.
    expect(credential.credentialSubject.id).toBe('mailto:learner@example.org');
    expect(credential.validFrom).toBe('2026-10-01T00:00:00Z');
    expect(credential.issuer.address).toEqual({ type: ['Address'], addressCountryCode: 'DE', addressRegion: 'Niedersachsen' });
  });
});

describe('the awarding body as issuer', () => {
  test('left out, the issuer is the first awarding body', () => {
    const achievement = toOpenBadgeAchievement(joint);
    expect(achievement.id).toBe('https://www.hochschule-nordstadt.example/achievements/joint-lean-operations');
    expect(achievement.creator).toMatchObject({ name: 'Hochschule Nordstadt', address: { type: ['Address'], addressCountryCode: 'DE' } });
    expect(achievement.criteria.narrative.split('\n').slice(-2)).toEqual([
      'Notional workload: 3 ECTS credits.',
      'Assessment: project report scored by a university examiner and a workplace mentor; supervised online or onsite, with identity verification.',
    ]);
    expect(schemaErrors(achievement, validateAchievement)).toEqual([]);
  });

  test('an issuer that names no awarding body gets no address', () => {
    expect(toOpenBadgeAchievement(complete, { name: 'Another Body', url: 'https://another.example' }).creator).not.toHaveProperty('address');
  });

  test('with neither an issuer nor an awarding body with a url: one InvalidOptionError naming `issuer`', () => {
    const noUrl = { ...joint, awardingBodies: [{ name: 'Chamber of Commerce Nordstadt', country: 'DE' }] };
    for (const credential of [complete, noUrl]) {
      let error: unknown;
      try {
        toOpenBadgeAchievement(credential);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).problems.map((p) => p.path)).toEqual([['issuer']]);
    }
  });
});

test('a credential that states none of the elements exports as before: no EQF alignment, no extra lines, no address', () => {
  const plain = { id: 'plain', title: 'Plain', kind: 'micro-credential', creditBearing: false, description: 'A plain credential.' } as const;
  const achievement = toOpenBadgeAchievement(plain, issuer);
  expect(achievement).not.toHaveProperty('alignment');
  expect(achievement.criteria.narrative).toBe('A plain credential.');
  expect(achievement.creator).not.toHaveProperty('address');
});
