import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAward, InvalidOptionError, parseCredential, type Credential } from '../../src/index';
import { ROOT, readData } from '../_helpers/files';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'award');
const credential = readData(join(FIXTURES, 'data-analytics.yaml'));
const eligible = readData(join(FIXTURES, 'eligible.yaml'));
const ineligible = readData(join(FIXTURES, 'ineligible.yaml'));
const asOf = '2026-06-01';

const ids = (result: ReturnType<typeof checkAward>) => result.unmet.map((v) => `${v.ruleId}:${v.messageId} ${v.pointer}`);

function parsed(input: unknown): Credential {
  const result = parseCredential(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

describe('checkAward: an eligible and an ineligible learner', () => {
  test('the eligible learner has earned it, with full progress', () => {
    const result = checkAward(credential, eligible, { asOf });
    expect(ids(result)).toEqual([]);
    expect(result.earned).toBe(true);
    expect(result.credentialId).toBe('data-analytics-mc');
    expect(result.learnerId).toBe('mailto:learner.one@students.example.edu');
    expect(result.evidenceRequiredBy).toEqual([{ by: 'credential' }]);
    expect(result.progress).toEqual({
      courses: { passed: 3, required: 3 },
      electives: { passed: 0, offered: 1 },
      electiveGroups: [],
      credits: { earned: 9, required: 9, unit: 'us-credit-hour' },
      experiences: { completed: 1, required: 1 },
      evidence: { submitted: 2, accepted: 2, items: 2, required: true },
      outcomes: { evidenced: 3, total: 3, required: false },
      reflection: { completed: true, required: true },
      components: { earned: 0, required: 0 },
    });
  });

  test('the ineligible learner has not, and each unmet requirement says where', () => {
    const result = checkAward(credential, ineligible, { asOf });
    expect(result.earned).toBe(false);
    expect(ids(result)).toEqual([
      'award/missing-course:missing /credential/courses/2',
      'award/experience-hours:short /credential/experiences/0/hours',
      'award/missing-reflection:missing /credential/reflection',
      'award/evidence-not-accepted:pending /credential/evidence/items/1',
    ]);
    expect(result.unmet[1]!.data).toMatchObject({ required: 120, hours: 80 });
    expect(result.progress.credits).toEqual({ earned: 6, required: 9, unit: 'us-credit-hour' });
    expect(result.progress.courses).toEqual({ passed: 2, required: 3 });
    expect(result.progress.electives).toEqual({ passed: 1, offered: 1 });
    expect(result.progress.outcomes).toEqual({ evidenced: 2, total: 3, required: false });
    expect(result.progress.evidence).toEqual({ submitted: 2, accepted: 1, items: 2, required: true });
  });

  test('the same learner a week earlier: the model report was not submitted yet', () => {
    const result = checkAward(credential, ineligible, { asOf: '2026-05-20' });
    expect(ids(result)).toContain('award/missing-evidence:missing /credential/evidence/items/1');
    expect(result.progress.evidence.submitted).toBe(1);
  });

  test('every violation is an error of microcred with a formatted message and no placeholders left', () => {
    for (const violation of checkAward(credential, ineligible, { asOf }).unmet) {
      expect(violation.packId).toBe('microcred');
      expect(violation.severity).toBe('error');
      expect(violation.message).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });
});

describe('checkAward: courses', () => {
  const base = parsed(credential);
  const record = (courses: unknown[]) => ({ ...(eligible as object), courses });
  const credits = { value: 3, unit: 'us-credit-hour' };
  const allBut = (extra: object) => [
    { code: 'CQS 301', grade: 'A', credits, term: 't' },
    { code: 'MATH 247', grade: 'A', credits, term: 't' },
    { code: 'CS 210', credits, term: 't', ...extra },
  ];

  test.each([
    [{ grade: 'D+' }, 'below-minimum'],
    [{ grade: 'F' }, 'failed'],
    [{ grade: 'W' }, 'failed'],
    [{ grade: 'NP' }, 'failed'],
    [{ passed: false }, 'failed'],
    [{ grade: 'Excellent' }, 'unrecognised-grade'],
    [{}, 'no-grade'],
  ])('%j does not count (%s)', (extra, messageId) => {
    const result = checkAward(base, record(allBut(extra)), { asOf });
    expect(ids(result)).toEqual([`award/course-not-passed:${messageId} /credential/courses/2`]);
  });

  test.each([[{ grade: 'C' }], [{ grade: ' c+ ' }], [{ grade: 'P' }], [{ grade: 'CR' }], [{ passed: true }], [{ grade: 'Excellent', passed: true }]])('%j counts', (extra) => {
    expect(checkAward(base, record(allBut(extra)), { asOf }).earned).toBe(true);
  });

  test('minimumGrade raises the bar; a letter grade decides even when "passed" says otherwise', () => {
    expect(ids(checkAward(base, record(allBut({ grade: 'C', passed: true })), { asOf, minimumGrade: 'B-' }))).toEqual([
      'award/course-not-passed:below-minimum /credential/courses/2',
    ]);
    expect(checkAward(base, record(allBut({ grade: 'D' })), { asOf, minimumGrade: 'd' }).earned).toBe(true);
  });

  test('a course completed after asOf does not count yet', () => {
    const result = checkAward(base, record(allBut({ grade: 'A', completedOn: '2026-06-02' })), { asOf });
    expect(ids(result)).toEqual(['award/missing-course:not-yet /credential/courses/2']);
    expect(result.unmet[0]!.data).toMatchObject({ completedOn: '2026-06-02', asOf });
  });

  test('caller mistakes throw InvalidOptionError', () => {
    expect(() => checkAward(base, eligible, { asOf: '2026-13-01' })).toThrow(InvalidOptionError);
    expect(() => checkAward(base, eligible, { asOf, minimumGrade: 'F' })).toThrow(InvalidOptionError);
    expect(() => checkAward(base, eligible, { asOf, minimumGrade: 'excellent' })).toThrow(InvalidOptionError);
  });
});

describe('checkAward: experiences, evidence, outcomes', () => {
  const base = parsed(credential);

  test('an experience matches by title and kind when the record has no id, ignoring case', () => {
    const record = { ...(eligible as object), experiences: [{ kind: 'internship', title: 'SUMMER analytics   internship', completedOn: '2025-08-01' }] };
    expect(checkAward(base, record, { asOf }).earned).toBe(true);
    const wrongKind = { ...(eligible as object), experiences: [{ kind: 'project', title: 'Summer analytics internship' }] };
    expect(ids(checkAward(base, wrongKind, { asOf }))).toEqual(['award/missing-experience:missing /credential/experiences/0']);
  });

  test('rejected evidence is reported; a later accepted submission fixes it', () => {
    const rejected = { ...(eligible as object), evidence: [{ id: 'dashboard', submittedOn: '2026-04-20', accepted: true }, { id: 'model-report', submittedOn: '2026-04-20', accepted: false }] };
    expect(ids(checkAward(base, rejected, { asOf }))).toEqual(['award/evidence-not-accepted:rejected /credential/evidence/items/1']);
    const resubmitted = { ...rejected, evidence: [...(rejected.evidence as object[]), { id: 'model-report', submittedOn: '2026-05-10', accepted: true }] };
    expect(checkAward(base, resubmitted, { asOf }).earned).toBe(true);
  });

  test('evidence the credential does not require is progress only', () => {
    const optional = { ...base, evidence: { ...base.evidence!, required: false } };
    const record = { ...(eligible as object), evidence: [] };
    const result = checkAward(optional, record, { asOf });
    expect(result.earned).toBe(true);
    expect(result.evidenceRequiredBy).toEqual([]);
    expect(result.progress.evidence).toEqual({ submitted: 0, accepted: 0, items: 2, required: false });
  });

  test('required evidence with no items listed needs one accepted submission', () => {
    const noItems = { ...base, evidence: { required: true, items: [] } };
    expect(ids(checkAward(noItems, { ...(eligible as object), evidence: [] }, { asOf }))).toEqual(['award/missing-evidence:none-accepted /credential/evidence']);
    expect(checkAward(noItems, eligible, { asOf }).earned).toBe(true);
  });

  test('outcomes become requirements when the record tracks them (or when asked)', () => {
    const tracked = { ...(eligible as object), evidence: [{ id: 'dashboard', submittedOn: '2026-04-20', accepted: true }], outcomesEvidenced: [] };
    const optional = { ...base, evidence: { ...base.evidence!, required: false } };
    expect(ids(checkAward(optional, tracked, { asOf }))).toEqual(['award/outcome-not-evidenced:missing /credential/learningOutcomes/1']);
    expect(checkAward(optional, { ...tracked, outcomesEvidenced: ['SLO2'] }, { asOf }).earned).toBe(true);
    const untracked = { ...(eligible as object), evidence: [] };
    expect(ids(checkAward(optional, untracked, { asOf, requireOutcomes: true }))).toEqual([
      'award/outcome-not-evidenced:missing /credential/learningOutcomes/0',
      'award/outcome-not-evidenced:missing /credential/learningOutcomes/1',
      'award/outcome-not-evidenced:missing /credential/learningOutcomes/2',
    ]);
  });
});

describe('checkAward: parts of a micro-certificate', () => {
  const badge = parsed({ id: 'teamwork-badge', title: 'Teamwork', kind: 'digital-badge', creditBearing: false, experiences: [{ kind: 'workshop', title: 'Team lab' }] });
  const certificate = parsed({
    id: 'people-cert',
    title: 'People Skills',
    kind: 'micro-certificate',
    creditBearing: false,
    theme: 'Working with people',
    components: [{ credentialId: 'teamwork-badge' }, { credentialId: 'data-analytics-mc' }],
  });
  const learner = { learner: { id: 'S1' } };

  test('parts count when recorded as awarded by asOf', () => {
    const record = { ...learner, credentials: [{ id: 'teamwork-badge', awardedOn: '2025-12-01' }, { id: 'data-analytics-mc', awardedOn: '2026-06-02' }] };
    const result = checkAward(certificate, record, { asOf });
    expect(ids(result)).toEqual(['award/missing-component:missing /credential/components/1']);
    expect(result.progress.components).toEqual({ earned: 1, required: 2 });
  });

  test('with a catalog, a part not yet awarded counts when the same record earns it', () => {
    const record = { ...(eligible as object), experiences: [...((eligible as { experiences: object[] }).experiences), { kind: 'workshop', title: 'Team lab' }] };
    expect(checkAward(certificate, record, { asOf, catalog: [badge, parsed(credential)] }).earned).toBe(true);
    const result = checkAward(certificate, learner, { asOf, catalog: [badge] });
    expect(ids(result)).toEqual(['award/missing-component:missing /credential/components/0', 'award/missing-component:missing /credential/components/1']);
    expect(result.unmet[0]!.data).toEqual({ credentialId: 'teamwork-badge', unmet: 1 });
  });

  test('a catalog whose certificates contain each other does not loop', () => {
    const a = parsed({ id: 'a', title: 'A', kind: 'micro-certificate', creditBearing: false, components: [{ credentialId: 'b' }] });
    const b = parsed({ id: 'b', title: 'B', kind: 'micro-certificate', creditBearing: false, components: [{ credentialId: 'a' }] });
    expect(ids(checkAward(a, learner, { asOf, catalog: [a, b] }))).toEqual(['award/missing-component:missing /credential/components/0']);
  });
});

describe('checkAward: malformed input', () => {
  test('problems in either input come back as schema violations rooted at credential or learnerRecord', () => {
    const result = checkAward({ id: 'x', title: 'X', kind: 'badge' }, { learner: {}, courses: [{ code: 'A' }] }, { asOf });
    expect(result.earned).toBe(false);
    const pointers = result.unmet.map((v) => v.pointer);
    expect(pointers).toContain('/credential/kind');
    expect(pointers).toContain('/credential/creditBearing');
    expect(pointers).toContain('/learnerRecord/learner/id');
    expect(pointers).toContain('/learnerRecord/courses/0/credits');
    for (const v of result.unmet) {
      expect(v.ruleId).toMatch(/^schema\//);
      expect(v.message.startsWith(v.pointer) || v.messageId === 'unrecognized_keys').toBe(true);
    }
  });

  test('an experience without id or title is refused', () => {
    const result = checkAward(credential, { learner: { id: 'S1' }, experiences: [{ kind: 'internship' }] }, { asOf });
    expect(result.unmet.map((v) => v.pointer)).toEqual(['/learnerRecord/experiences/0']);
  });

  test('inputs are not changed and the answer is the same twice', () => {
    const before = JSON.stringify([credential, ineligible]);
    const first = checkAward(credential, ineligible, { asOf });
    expect(checkAward(credential, ineligible, { asOf })).toEqual(first);
    expect(JSON.stringify([credential, ineligible])).toBe(before);
  });
});
