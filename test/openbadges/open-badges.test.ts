// Exported achievements and credentials, validated against the official 1EdTech Open Badges 3.0
// JSON Schema (vendored in test/fixtures/standards, see its README) with ajv's 2019-09 build.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkAward,
  InvalidOptionError,
  openBadgeEvidence,
  parseCredential,
  parseLearnerRecord,
  toOpenBadgeAchievement,
  toOpenBadgeCredential,
  type AchievementCredential,
  type Credential,
  type LearnerRecord,
  type OpenBadgeSigner,
} from '../../src/index';
import { ROOT, readData } from '../_helpers/files';
import { validateAchievement, validateCredential } from '../_helpers/open-badges-schema';


const issuer = { name: 'Example State University', url: 'https://www.example.edu/', email: 'badges@example.edu', imageUrl: 'https://www.example.edu/logo.png' };

function credential(input: unknown): Credential {
  const result = parseCredential(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

function record(input: unknown): LearnerRecord {
  const result = parseLearnerRecord(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

const analytics = credential(readData(join(ROOT, 'test', 'fixtures', 'award', 'data-analytics.yaml')));
const eligible = record(readData(join(ROOT, 'test', 'fixtures', 'award', 'eligible.yaml')));
const badge = credential({
  id: 'campus/teamwork-badge',
  title: 'Teamwork in Practice',
  kind: 'digital-badge',
  creditBearing: false,
  competencyStatement: 'Contributes to and leads a team toward a shared goal.',
  competencies: [{ framework: 'nace', version: 2017, code: 'teamwork-collaboration' }, { framework: 'campus-values', code: 'service' }],
  badge: { criteria: 'Complete the **Team lab** series and a peer review.', criteriaUrl: 'https://www.example.edu/badges/teamwork' },
});
const certificate = credential({
  id: 'data-science-cert',
  title: 'Data Science',
  kind: 'micro-certificate',
  creditBearing: true,
  theme: 'Data science',
  components: [{ credentialId: 'data-analytics-mc', title: 'Data Analytics' }, { credentialId: 'data-storytelling-mc' }],
});

function schemaErrors(value: unknown, validate: typeof validateCredential): string[] {
  return validate(JSON.parse(JSON.stringify(value))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('toOpenBadgeAchievement', () => {
  const achievement = toOpenBadgeAchievement(analytics, issuer, { inLanguage: 'en-US' });

  test('maps the credential to an Achievement', () => {
    expect(achievement).toMatchObject({
      id: 'https://www.example.edu/achievements/data-analytics-mc',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Data Analytics',
      description: 'Collect, analyse and present data to answer questions that matter to an organisation.',
      creditsAvailable: 9,
      image: { id: 'https://badges.example.edu/images/data-analytics.png', type: 'Image' },
      inLanguage: 'en-US',
      tag: ['micro-credential', 'credit-bearing', 'undergraduate', 'academic', 'hybrid'],
      creator: { id: 'https://www.example.edu/', type: ['Profile'], name: 'Example State University', email: 'badges@example.edu' },
    });
    expect(achievement.criteria.narrative.split('\n')).toEqual([
      'To earn this credential:',
      '',
      '- Pass CQS 301 Data Visualisation (3 US credit hours)',
      '- Pass MATH 247 Applied Statistics (3 US credit hours)',
      '- Pass CS 210 Programming for Data (3 US credit hours)',
      '- Elective options: CQS 390 Data Ethics Seminar',
      '- Complete the internship "Summer analytics internship" (at least 120 hours)',
      '- Submit evidence, accepted on review: A published dashboard',
      '- Submit evidence, accepted on review: A model selection report',
      '- Complete the culminating reflection: A reflective essay linking each competency to the internship.',
    ]);
  });

  test('aligns each competency to its framework', () => {
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'Technology',
        targetUrl: 'https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/',
        targetDescription: 'Uses analytics software to clean and explore data.',
        targetFramework: 'NACE Career Readiness Competencies (2021 revision)',
        targetCode: 'technology',
        targetType: 'ceasn:Competency',
      },
      {
        type: ['Alignment'],
        targetName: 'Critical thinking/problem solving',
        targetUrl: 'https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/',
        targetFramework: 'NACE Career Readiness Competencies (2017 wording)',
        targetCode: 'critical-thinking-problem-solving',
        targetType: 'ceasn:Competency',
      },
    ]);
  });

  test('badge: its own criteria and criteria page; a framework without a URL needs alignmentUrl', () => {
    const plain = toOpenBadgeAchievement(badge, { ...issuer, achievementBaseUrl: 'https://badges.example.edu/a/' });
    expect(plain).toMatchObject({
      id: 'https://badges.example.edu/a/campus/teamwork-badge',
      achievementType: 'Badge',
      description: 'Contributes to and leads a team toward a shared goal.',
      criteria: { id: 'https://www.example.edu/badges/teamwork', narrative: 'Complete the **Team lab** series and a peer review.' },
    });
    expect(plain.creditsAvailable).toBeUndefined();
    expect(plain.alignment?.map((a) => a.targetCode)).toEqual(['teamwork-collaboration']);
    const withUrl = toOpenBadgeAchievement(badge, issuer, { alignmentUrl: (ref) => `https://www.example.edu/competencies/${ref.framework}/${ref.code}` });
    expect(withUrl.alignment?.map((a) => [a.targetName, a.targetUrl])).toEqual([
      ['Teamwork/collaboration', 'https://www.example.edu/competencies/nace/teamwork-collaboration'],
      ['service', 'https://www.example.edu/competencies/campus-values/service'],
    ]);
  });

  test('micro-certificate: a Certificate whose criteria list its parts, with a field of study', () => {
    const achievement = toOpenBadgeAchievement(certificate, issuer);
    expect(achievement).toMatchObject({ achievementType: 'Certificate', fieldOfStudy: 'Data science' });
    expect(achievement.criteria.narrative).toContain('- Earn Data Analytics\n- Earn data-storytelling-mc');
    expect(toOpenBadgeAchievement(certificate, issuer, { fieldOfStudy: 'Statistics' }).fieldOfStudy).toBe('Statistics');
  });

  test.each([
    ['micro-credential', analytics],
    ['digital badge', badge],
    ['micro-certificate', certificate],
  ])('a %s achievement is valid against the Open Badges 3.0 schema', (_kind, source) => {
    expect(schemaErrors(toOpenBadgeAchievement(source, issuer), validateAchievement)).toEqual([]);
  });

  test('an unusable issuer is a caller mistake', () => {
    expect(() => toOpenBadgeAchievement(analytics, { name: 'X', url: 'not a url' })).toThrow(InvalidOptionError);
    expect(() => toOpenBadgeAchievement(analytics, { name: '', url: 'https://x.edu' })).toThrow(InvalidOptionError);
  });
});

describe('toOpenBadgeCredential', () => {
  const achievement = toOpenBadgeAchievement(analytics, issuer);
  const awardedOn = '2026-05-20';

  test('an eligible learner\'s award, with evidence: an unsigned OpenBadgeCredential valid against the schema', () => {
    expect(checkAward(analytics, eligible, { asOf: awardedOn }).earned).toBe(true);
    const evidence = openBadgeEvidence(analytics, eligible, awardedOn);
    const unsigned = toOpenBadgeCredential(achievement, eligible.learner, { awardedOn, evidence, creditsEarned: 9, term: '2026-spring' });
    expect(schemaErrors(unsigned, validateCredential)).toEqual([]);
    expect(unsigned).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: 'https://www.example.edu/achievements/data-analytics-mc/awards/mailto%3Alearner.one%40students.example.edu/2026-05-20',
      issuer: achievement.creator,
      name: 'Data Analytics',
      validFrom: '2026-05-20T00:00:00Z',
      awardedDate: '2026-05-20T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        id: 'mailto:learner.one@students.example.edu',
        identifier: [{ type: 'IdentityObject', identityType: 'name', identityHash: 'Learner One', hashed: false }],
        achievement,
        result: [{ type: ['Result'], status: 'Completed' }],
        creditsEarned: 9,
        term: '2026-spring',
      },
      credentialSchema: [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }],
    });
    expect(unsigned.evidence).toEqual([
      {
        type: ['Evidence'],
        id: 'https://portfolio.example.edu/learner-one/dashboard',
        name: 'A published dashboard',
        genre: 'artifact',
        narrative: 'Submitted 2026-04-20; accepted on review on 2026-04-30.',
      },
      { type: ['Evidence'], name: 'A model selection report', genre: 'assessment-result', narrative: 'Submitted 2026-05-01; accepted on review.' },
    ]);
    expect('proof' in unsigned).toBe(false);
  });

  test.each([
    ['a badge, a learner known by campus id, explicit id and dates', badge, { id: 'B00123' }, { awardedOn: '2026-05-20', id: 'urn:uuid:3f1c5a8e-5b8e-4c55-9a57-0a4f0c2b7e11', validFrom: '2026-05-21T09:30:00-04:00', validUntil: '2029-05-21' }],
    ['a micro-certificate, a DID learner', certificate, { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' }, { awardedOn: '2026-05-20', result: [{ type: ['Result'] as const, status: 'Completed' as const, value: 'With distinction' }] }],
  ])('%s: valid against the schema', (_name, source, learner, award) => {
    const unsigned = toOpenBadgeCredential(toOpenBadgeAchievement(source, issuer), learner, award);
    expect(schemaErrors(unsigned, validateCredential)).toEqual([]);
  });

  test('a learner id that is not a URI becomes an identifier, not credentialSubject.id', () => {
    const subject = toOpenBadgeCredential(achievement, { id: 'B00123' }, { awardedOn }).credentialSubject;
    expect(subject.id).toBeUndefined();
    expect(subject.identifier).toEqual([{ type: 'IdentityObject', identityType: 'identifier', identityHash: 'B00123', hashed: false }]);
  });

  test('the schema catches what a credential must have: the check is not vacuous', () => {
    const unsigned = toOpenBadgeCredential(achievement, eligible.learner, { awardedOn });
    const { validFrom: _validFrom, ...noValidFrom } = unsigned;
    expect(schemaErrors(noValidFrom, validateCredential)).toContain(" must have required property 'validFrom'");
    expect(schemaErrors({ ...unsigned, '@context': ['https://www.w3.org/ns/credentials/v2'] }, validateCredential).length).toBeGreaterThan(0);
  });

  test('malformed dates and ids are caller mistakes', () => {
    expect(() => toOpenBadgeCredential(achievement, eligible.learner, { awardedOn: '20 May 2026' })).toThrow(InvalidOptionError);
    expect(() => toOpenBadgeCredential(achievement, eligible.learner, { awardedOn, validFrom: '2026-05-20T10:00:00' })).toThrow(InvalidOptionError);
    expect(() => toOpenBadgeCredential(achievement, eligible.learner, { awardedOn, id: 'award 1' })).toThrow(InvalidOptionError);
  });

  test('a signer plugs in after: it receives the unsigned credential and adds its proof', async () => {
    const sign: OpenBadgeSigner = async (unsigned: AchievementCredential) => ({ ...unsigned, proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z-test' }] });
    const signed = await sign(toOpenBadgeCredential(achievement, eligible.learner, { awardedOn }));
    expect(schemaErrors(signed, validateCredential)).toEqual([]);
    expect(signed.proof).toMatchObject([{ type: 'DataIntegrityProof' }]);
  });
});
