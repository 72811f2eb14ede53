import type { Credential } from '../model/credential';
import { convertCredits } from '../model/credits';
import { courseCodeKey } from '../model/elective-groups';
import type { LearnerRecord } from '../model/learner-record';
import type { PathSegment } from '../model/violation';
import { judgeGrade, type LetterGrade } from './grades';
import type { AwardRuleId } from './messages';

/** An unmet requirement before it becomes a violation. */
export interface Shortfall {
  readonly ruleId: AwardRuleId;
  readonly messageId: string;
  readonly path: readonly PathSegment[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** What the judges need besides the credential and the record. */
export interface JudgeContext {
  readonly asOf: string;
  readonly minimumGrade: LetterGrade;
}

const byDate = (date: string | undefined, asOf: string) => date === undefined || date <= asOf;
const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]+/g, '');
const normaliseTitle = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Required courses: each passed by `asOf` at or above the minimum grade. Elective groups: `choose`
 * of each group's options passed (see {@link judgeElectiveGroups}).
 */
export function judgeCourses(credential: Credential, record: LearnerRecord, context: JudgeContext, out: Shortfall[]) {
  const progress = { passed: 0, required: 0, electivesPassed: 0, electivesOffered: 0, creditsEarned: 0, creditsRequired: 0 };
  const optionsPassed = new Map<string, number>();
  credential.courses.forEach((course, index) => {
    const credits = convertCredits(course.credits, 'us-credit-hour');
    if (course.required) {
      progress.required++;
      progress.creditsRequired += credits;
    } else {
      progress.electivesOffered++;
    }
    const attempts = record.courses.filter((taken) => normaliseCode(taken.code) === normaliseCode(course.code));
    const current = attempts.filter((taken) => byDate(taken.completedOn, context.asOf));
    const passed = current.some((taken) => judgeGrade(taken, context.minimumGrade).passed);
    if (passed) {
      if (course.required) {
        progress.passed++;
        progress.creditsEarned += credits;
      } else {
        progress.electivesPassed++;
        optionsPassed.set(courseCodeKey(course.code), credits);
      }
      return;
    }
    if (!course.required) return;
    const path = ['credential', 'courses', index];
    const named = { code: course.code, title: course.title };
    const last = current[current.length - 1];
    if (last) {
      const judgement = judgeGrade(last, context.minimumGrade);
      const reason = judgement.passed ? 'failed' : judgement.reason;
      out.push({ ruleId: 'award/course-not-passed', messageId: reason, path, data: { ...named, grade: last.grade ?? 'passed: false', minimum: context.minimumGrade, term: last.term } });
    } else if (attempts.length > 0) {
      const completedOn = attempts.map((taken) => taken.completedOn!).sort()[0];
      out.push({ ruleId: 'award/missing-course', messageId: 'not-yet', path, data: { ...named, completedOn, asOf: context.asOf } });
    } else {
      out.push({ ruleId: 'award/missing-course', messageId: 'missing', path, data: named });
    }
  });
  const groups = judgeElectiveGroups(credential, optionsPassed, out);
  progress.creditsRequired += groups.creditsRequired;
  progress.creditsEarned += groups.creditsEarned;
  return { ...progress, electiveGroups: groups.progress };
}

/**
 * Elective groups ("choose k of"): a learner satisfies a group by passing `choose` of its
 * options. Each group adds to the credits required the fewest credits `choose` options can
 * carry, and to the credits earned those of the passed options it counts (at most `choose`,
 * the largest).
 */
function judgeElectiveGroups(credential: Credential, optionsPassed: ReadonlyMap<string, number>, out: Shortfall[]) {
  const creditsOf = new Map<string, number>();
  for (const course of credential.courses) {
    const key = courseCodeKey(course.code);
    if (!creditsOf.has(key)) creditsOf.set(key, convertCredits(course.credits, 'us-credit-hour'));
  }
  let creditsRequired = 0;
  let creditsEarned = 0;
  const progress = credential.electiveGroups.map((group, index) => {
    const keys = group.options.map(courseCodeKey);
    const offered = keys.map((key) => creditsOf.get(key) ?? 0).sort((a, b) => a - b);
    const passed = keys.filter((key) => optionsPassed.has(key)).map((key) => optionsPassed.get(key)!).sort((a, b) => b - a);
    creditsRequired += sum(offered.slice(0, group.choose));
    creditsEarned += sum(passed.slice(0, group.choose));
    if (passed.length < group.choose) {
      out.push({
        ruleId: 'award/elective-group-short',
        messageId: 'short',
        path: ['credential', 'electiveGroups', index],
        data: { group: group.id ?? group.title ?? index, choose: group.choose, passed: passed.length },
      });
    }
    return { passed: Math.min(passed.length, group.choose), choose: group.choose };
  });
  return { creditsRequired, creditsEarned, progress };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Required experiences: each completed by `asOf`, with the hours the credential asks for. */
export function judgeExperiences(credential: Credential, record: LearnerRecord, context: JudgeContext, out: Shortfall[]) {
  const progress = { completed: 0, required: 0 };
  credential.experiences.forEach((experience, index) => {
    if (!experience.required) return;
    progress.required++;
    const done = record.experiences.filter(
      (entry) =>
        byDate(entry.completedOn, context.asOf) &&
        ((experience.id !== undefined && entry.id === experience.id) ||
          (entry.title !== undefined && normaliseTitle(entry.title) === normaliseTitle(experience.title) && (entry.kind === undefined || entry.kind === experience.kind))),
    );
    const path = ['credential', 'experiences', index];
    const named = { kind: experience.kind, title: experience.title };
    if (done.length === 0) {
      out.push({ ruleId: 'award/missing-experience', messageId: 'missing', path, data: named });
      return;
    }
    const hours = done.some((entry) => entry.hours === undefined) ? undefined : Math.max(...done.map((entry) => entry.hours!));
    if (experience.hours !== undefined && hours !== undefined && hours < experience.hours) {
      out.push({ ruleId: 'award/experience-hours', messageId: 'short', path: [...path, 'hours'], data: { ...named, required: experience.hours, hours } });
      return;
    }
    progress.completed++;
  });
  return progress;
}

/** The culminating reflection, when the credential has one. */
export function judgeReflection(credential: Credential, record: LearnerRecord, context: JudgeContext, out: Shortfall[]) {
  const required = credential.reflection !== undefined;
  const completed = record.reflection?.completed === true && byDate(record.reflection.completedOn, context.asOf);
  if (required && !completed) out.push({ ruleId: 'award/missing-reflection', messageId: 'missing', path: ['credential', 'reflection'], data: {} });
  return { required, completed };
}

/**
 * Evidence, when it is a condition of award: an accepted submission for every evidence item, or
 * for a credential that lists no items, at least one accepted submission. Also works out which
 * outcomes accepted evidence covers.
 */
export function judgeEvidence(credential: Credential, record: LearnerRecord, context: JudgeContext, requiredBy: readonly string[], out: Shortfall[]) {
  const required = requiredBy.length > 0;
  const items = credential.evidence?.items ?? [];
  const submitted = record.evidence.filter((entry) => entry.submittedOn <= context.asOf);
  const coveredOutcomes = new Set<string>();
  let submittedItems = 0;
  let acceptedItems = 0;
  items.forEach((item, index) => {
    const answers = submitted.filter((entry) => entry.id === item.id);
    if (answers.length > 0) submittedItems++;
    if (answers.some((entry) => entry.accepted === true)) {
      acceptedItems++;
      for (const outcome of item.outcomes) coveredOutcomes.add(outcome);
      return;
    }
    if (!required) return;
    const path = ['credential', 'evidence', 'items', index];
    const pending = answers.find((entry) => entry.accepted === undefined);
    if (answers.length === 0) out.push({ ruleId: 'award/missing-evidence', messageId: 'missing', path, data: { id: item.id, description: item.description, requiredBy } });
    else if (pending) out.push({ ruleId: 'award/evidence-not-accepted', messageId: 'pending', path, data: { id: item.id, submittedOn: pending.submittedOn } });
    else out.push({ ruleId: 'award/evidence-not-accepted', messageId: 'rejected', path, data: { id: item.id } });
  });
  if (required && items.length === 0 && !submitted.some((entry) => entry.accepted === true)) {
    out.push({ ruleId: 'award/missing-evidence', messageId: 'none-accepted', path: ['credential', 'evidence'], data: { requiredBy } });
  }
  return { progress: { submitted: submittedItems, accepted: acceptedItems, items: items.length, required }, coveredOutcomes };
}

/** Learning outcomes: evidenced when the record lists them or accepted evidence covers them. */
export function judgeOutcomes(credential: Credential, record: LearnerRecord, covered: ReadonlySet<string>, required: boolean, out: Shortfall[]) {
  const listed = new Set(record.outcomesEvidenced ?? []);
  let evidenced = 0;
  credential.learningOutcomes.forEach((outcome, index) => {
    if (listed.has(outcome.id) || covered.has(outcome.id)) {
      evidenced++;
      return;
    }
    if (required) out.push({ ruleId: 'award/outcome-not-evidenced', messageId: 'missing', path: ['credential', 'learningOutcomes', index], data: { id: outcome.id, statement: outcome.statement } });
  });
  return { evidenced, total: credential.learningOutcomes.length, required };
}

/**
 * Parts of a micro-certificate: each recorded as awarded by `asOf`, or earned now according to
 * `earnedNow` (which checks the part against the same record, when the catalog holds it).
 */
export function judgeComponents(credential: Credential, record: LearnerRecord, context: JudgeContext, earnedNow: (id: string) => { earned: boolean; unmet: number } | undefined, out: Shortfall[]) {
  let earned = 0;
  credential.components.forEach((component, index) => {
    if (record.credentials.some((entry) => entry.id === component.credentialId && entry.awardedOn <= context.asOf)) {
      earned++;
      return;
    }
    const judged = earnedNow(component.credentialId);
    if (judged?.earned) {
      earned++;
      return;
    }
    out.push({
      ruleId: 'award/missing-component',
      messageId: 'missing',
      path: ['credential', 'components', index],
      data: { credentialId: component.credentialId, ...(judged && { unmet: judged.unmet }) },
    });
  });
  return { earned, required: credential.components.length };
}
