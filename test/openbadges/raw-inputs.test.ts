// The Open Badges functions take data as read from a file, not only parsed values: they parse
// what they are given and throw one InvalidOptionError listing every problem, never a TypeError.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  criteriaNarrative,
  InvalidOptionError,
  openBadgeEvidence,
  parseCredential,
  parseLearnerRecord,
  toOpenBadgeAchievement,
  toOpenBadgeCredential,
  toOpenBadgeProfile,
  type CredentialInput,
  type LearnerRecordInput,
  type OpenBadgeAchievement,
} from '../../src/index';
import { ROOT, readData } from '../_helpers/files';
import { validateCredential } from '../_helpers/open-badges-schema';


const raw = readData(join(ROOT, 'test', 'fixtures', 'award', 'data-analytics.yaml')) as CredentialInput;
const rawRecord = readData(join(ROOT, 'test', 'fixtures', 'award', 'eligible.yaml')) as LearnerRecordInput;
const issuer = { name: 'Example State University', url: 'https://www.example.edu' };

/** The error a call throws, for assertions on its problems. */
function thrown(call: () => unknown): InvalidOptionError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    return error as InvalidOptionError;
  }
  throw new Error('expected the call to throw');
}

const paths = (error: InvalidOptionError) => error.problems.map((p) => p.path.join('.'));

describe('raw data', () => {
  test('a credential read from a file gives the same achievement as a parsed one', () => {
    const parsed = parseCredential(raw);
    if (!parsed.success) throw new Error('fixture does not parse');
    expect(toOpenBadgeAchievement(raw, issuer)).toEqual(toOpenBadgeAchievement(parsed.credential, issuer));
    expect(criteriaNarrative(raw)).toEqual(criteriaNarrative(parsed.credential));
  });

  test('openBadgeEvidence reads a raw credential and a raw record', () => {
    const parsed = parseCredential(raw);
    const record = parseLearnerRecord(rawRecord);
    if (!parsed.success || !record.success) throw new Error('fixtures do not parse');
    const evidence = openBadgeEvidence(raw, rawRecord, '2026-06-01');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence).toEqual(openBadgeEvidence(parsed.credential, record.record, '2026-06-01'));
  });

  test('award.issuer given as an institution becomes a Profile, and the credential validates', () => {
    const achievement = toOpenBadgeAchievement(raw, issuer);
    const credential = toOpenBadgeCredential(achievement, { id: 'mailto:learner@example.edu' }, { awardedOn: '2026-05-20', issuer: { name: 'Registrar, Example State', url: 'https://registrar.example.edu' } });
    expect(credential.issuer).toEqual({ id: 'https://registrar.example.edu', type: ['Profile'], name: 'Registrar, Example State', url: 'https://registrar.example.edu' });
    expect(validateCredential(credential), JSON.stringify(validateCredential.errors)).toBe(true);
  });
});

describe('bad arguments', () => {
  test('every problem of the credential and the issuer, in one InvalidOptionError', () => {
    const error = thrown(() => toOpenBadgeAchievement({ id: 'x', title: '', kind: 'course' } as unknown as CredentialInput, { url: 'not a url' } as never));
    expect(error.code).toBe('invalid-option');
    expect(paths(error)).toEqual(expect.arrayContaining(['credential.title', 'credential.kind', 'credential.creditBearing', 'issuer.name', 'issuer.url']));
    expect(error.message).toMatch(/^toOpenBadgeAchievement cannot use its arguments \(5 problems\):/);
  });

  test.each([null, undefined, 'text', 42, []])('Open Badges functions given %j throw InvalidOptionError', (value) => {
    expect(paths(thrown(() => toOpenBadgeAchievement(value as never, value as never)))).toEqual(['credential', 'issuer']);
    expect(paths(thrown(() => toOpenBadgeProfile(value as never)))).toEqual(['issuer']);
    expect(paths(thrown(() => criteriaNarrative(value as never)))).toEqual(['credential']);
  });

  test('toOpenBadgeCredential lists problems of the achievement, the learner and the award', () => {
    const error = thrown(() => toOpenBadgeCredential({ id: 'not a uri' } as unknown as OpenBadgeAchievement, {} as never, { awardedOn: 'May 20', issuer: { name: 'X' } } as never));
    expect(paths(error)).toEqual(expect.arrayContaining(['achievement.id', 'achievement.name', 'learner.id', 'award.awardedOn', 'award.issuer.url']));
    expect(paths(thrown(() => toOpenBadgeCredential(null as never, null as never, null as never)))).toEqual(['achievement', 'learner', 'award']);
  });

  test('an issuer Profile without an id is refused rather than passed through', () => {
    const achievement = toOpenBadgeAchievement(raw, issuer);
    const error = thrown(() => toOpenBadgeCredential(achievement, { id: 'S1' }, { awardedOn: '2026-05-20', issuer: { type: ['Profile'], name: 'X' } as never }));
    expect(paths(error)).toEqual(['award.issuer.id']);
  });

  test('openBadgeEvidence lists problems of the credential, the record and asOf', () => {
    expect(paths(thrown(() => openBadgeEvidence({} as never, { learner: {} } as never, 'June')))).toEqual(
      expect.arrayContaining(['credential.id', 'record.learner.id', 'asOf']),
    );
  });

  test('whatever it is given, an Open Badges function returns or throws InvalidOptionError', () => {
    const achievement = toOpenBadgeAchievement(raw, issuer);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const call of [
          () => toOpenBadgeAchievement(a as never, b as never),
          () => toOpenBadgeCredential(achievement, a as never, b as never),
          () => toOpenBadgeCredential(a as never, { id: 'S1' }, { awardedOn: '2026-05-20' }),
          () => openBadgeEvidence(a as never, b as never),
        ]) {
          try {
            call();
          } catch (error) {
            if (!(error instanceof InvalidOptionError)) throw error;
          }
        }
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
