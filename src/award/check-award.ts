import { isIsoDate } from '../dates';
import type { Credential } from '../model/credential';
import type { LearnerRecord } from '../model/learner-record';
import { parseCredential } from '../model/parse';
import { parseLearnerRecord } from '../model/parse-learner-record';
import { toPointer, type Citation, type Violation } from '../model/violation';
import { InvalidOptionError } from '../engine/errors';
import { formatMessage } from '../engine/format/messages';
import { DEFAULT_MINIMUM_GRADE, LETTER_GRADES, type LetterGrade } from './grades';
import { AWARD_MESSAGES } from './messages';
import { reroot } from './reroot';
import { evidenceRulesOf } from './pack-requirements';
import { checkApproval } from './approval';
import { judgeComponents, judgeCourses, judgeEvidence, judgeExperiences, judgeOutcomes, judgeReflection, type JudgeContext, type Shortfall } from './requirements';
import type { AwardProgress, AwardResult, CheckAwardOptions, EvidenceRequirement } from './types';

/**
 * Judges whether a learner has earned a credential, as of a date: the learner's courses
 * (grade, credits, term), experiences, submitted evidence, reflection, outcomes evidenced and
 * credentials already awarded, against what the credential requires.
 *
 * - Every required course (`required: true`) must be passed by `asOf` with a letter grade at or
 *   above `minimumGrade` (default C), or a pass mark / `passed: true` when there is no letter
 *   grade. Each elective group ("choose k of", `credential.electiveGroups`) needs k of its
 *   options passed the same way. Elective options no group names are reported in progress; the
 *   model states no number to take for them.
 * - Every required experience must be completed by `asOf`, with at least its `hours` when both
 *   sides give hours. A credential's culminating reflection must be recorded as completed.
 * - Evidence is a condition of award when `credential.evidence.required` is true, or when a
 *   rule of `options.pack` makes it one (see {@link evidenceRulesOf}): then each evidence item
 *   needs an accepted submission (any accepted submission when the credential lists none).
 * - Learning outcomes must be evidenced when the record lists `outcomesEvidenced` (or with
 *   `requireOutcomes: true`); accepted evidence covers the outcomes its item names.
 * - Parts of a micro-certificate must be awarded (`learnerRecord.credentials`), or earned now
 *   by the same record when `options.catalog` holds them.
 *
 * - With `approval: { proposal }`, when the pack's text lets only approved credentials use its
 *   badge (`pack.badgeRequiresApproval`), the proposal's route must be approved as of `asOf`
 *   (see {@link checkApproval}).
 *
 * Never throws on the credential or the record: malformed input comes back as `schema/...`
 * violations. Paths are rooted at `{ credential, learnerRecord }`. It throws only for caller
 * mistakes: a malformed `asOf` or `minimumGrade`, a date `options.pack` does not cover, or
 * `approval` that requires a route without a pack to plan it.
 *
 * @example
 * ```ts
 * const result = checkAward(credential, record, { asOf: '2026-06-01' });
 * result.earned;                          // false
 * result.unmet.map((v) => v.ruleId);      // ['award/missing-course']
 * result.progress.credits;                // { earned: 6, required: 9, unit: 'us-credit-hour' }
 * result.progress.outcomes;               // { evidenced: 2, total: 3, required: false }
 * ```
 */
export function checkAward(credential: unknown, learnerRecord: unknown, options: CheckAwardOptions): AwardResult {
  const context = judgeContext(options);
  const parsedCredential = parseCredential(credential);
  const parsedRecord = parseLearnerRecord(learnerRecord);
  if (!parsedCredential.success || !parsedRecord.success) {
    const issues = [
      ...(parsedCredential.success ? [] : parsedCredential.issues.map((issue) => reroot('credential', issue))),
      ...(parsedRecord.success ? [] : parsedRecord.issues.map((issue) => reroot('learnerRecord', issue))),
    ];
    return {
      earned: false,
      asOf: options.asOf,
      ...(parsedCredential.success && { credentialId: parsedCredential.credential.id }),
      ...(parsedRecord.success && { learnerId: parsedRecord.record.learner.id }),
      unmet: issues,
      progress: EMPTY_PROGRESS,
      evidenceRequiredBy: [],
    };
  }
  const catalog = new Map<string, Credential>();
  for (const entry of options.catalog ?? []) if (!catalog.has(entry.id)) catalog.set(entry.id, entry);
  return judgeWithParts(parsedCredential.credential, parsedRecord.record, context, options, catalog);
}

/** Whether a part is earned now, by the same record; undefined when it cannot be judged. */
type EarnedNow = (id: string) => { earned: boolean; unmet: number } | undefined;

/**
 * Judges the credential after every part the catalog holds, parts of parts first, without
 * recursion (micro-certificates nested thousands deep) and each part once: linear in the
 * catalog. A part that contains a credential being judged cannot be earned through it.
 */
function judgeWithParts(root: Credential, record: LearnerRecord, context: JudgeContext, options: CheckAwardOptions, catalog: ReadonlyMap<string, Credential>): AwardResult {
  const judged = new Map<string, { earned: boolean; unmet: number }>();
  const active = new Set<string>([root.id]);
  const earnedNow: EarnedNow = (id) => (active.has(id) ? undefined : judged.get(id));
  const stack: { readonly credential: Credential; next: number }[] = [{ credential: root, next: 0 }];
  for (;;) {
    const frame = stack[stack.length - 1]!;
    const components = frame.credential.components;
    if (frame.next < components.length) {
      const id = components[frame.next++]!.credentialId;
      const part = catalog.get(id);
      if (part && !active.has(id) && !judged.has(id)) {
        active.add(id);
        stack.push({ credential: part, next: 0 });
      }
      continue;
    }
    stack.pop();
    const result = judge(frame.credential, record, context, options, earnedNow, stack.length === 0);
    if (stack.length === 0) return result;
    active.delete(frame.credential.id);
    judged.set(frame.credential.id, { earned: result.earned, unmet: result.unmet.length });
  }
}

function judge(
  credential: Credential,
  record: LearnerRecord,
  context: JudgeContext,
  options: CheckAwardOptions,
  earnedNow: EarnedNow,
  outermost: boolean,
): AwardResult {
  const requirements = evidenceRequirements(credential, options);
  const requiredBy = requirements.map((r) => (r.by === 'credential' ? 'credential.evidence.required' : r.ruleId));
  const found: Shortfall[] = [];
  const courses = judgeCourses(credential, record, context, found);
  const experiences = judgeExperiences(credential, record, context, found);
  const reflection = judgeReflection(credential, record, context, found);
  const evidence = judgeEvidence(credential, record, context, requiredBy, found);
  const outcomesRequired = options.requireOutcomes ?? record.outcomesEvidenced !== undefined;
  const outcomes = judgeOutcomes(credential, record, evidence.coveredOutcomes, outcomesRequired, found);
  const components = judgeComponents(credential, record, context, earnedNow, found);

  const approval = outermost && options.approval ? checkApproval(options.approval, { asOf: context.asOf, pack: options.pack, credentialId: credential.id }) : [];
  const citation = requirements.find((r): r is Extract<EvidenceRequirement, { by: 'pack' }> => r.by === 'pack' && r.citation !== undefined)?.citation;
  const unmet = [
    ...found.map((shortfall) => toViolation(shortfall, shortfall.ruleId === 'award/missing-evidence' || shortfall.ruleId === 'award/evidence-not-accepted' ? citation : undefined)),
    ...approval,
  ];
  const progress: AwardProgress = {
    courses: { passed: courses.passed, required: courses.required },
    electives: { passed: courses.electivesPassed, offered: courses.electivesOffered },
    electiveGroups: courses.electiveGroups,
    credits: { earned: courses.creditsEarned, required: courses.creditsRequired, unit: 'us-credit-hour' },
    experiences,
    evidence: evidence.progress,
    outcomes,
    reflection,
    components,
  };
  return {
    earned: unmet.every((violation) => violation.severity !== 'error'),
    asOf: context.asOf,
    credentialId: credential.id,
    learnerId: record.learner.id,
    unmet,
    progress,
    evidenceRequiredBy: requirements,
  };
}

function evidenceRequirements(credential: Credential, options: CheckAwardOptions): EvidenceRequirement[] {
  const requirements: EvidenceRequirement[] = [];
  if (credential.evidence?.required === true) requirements.push({ by: 'credential' });
  if (options.pack) for (const rule of evidenceRulesOf(credential, options.pack, options.asOf)) requirements.push({ by: 'pack', ...rule });
  return requirements;
}

function judgeContext(options: CheckAwardOptions): JudgeContext {
  const asOf = options?.asOf;
  if (!isIsoDate(asOf)) throw new InvalidOptionError(`asOf must be a date written as YYYY-MM-DD; got ${JSON.stringify(asOf)}.`);
  const minimum = options.minimumGrade === undefined ? DEFAULT_MINIMUM_GRADE : options.minimumGrade.replace(/\s+/g, '').toUpperCase();
  if (!(LETTER_GRADES as readonly string[]).includes(minimum) || minimum === 'F') {
    throw new InvalidOptionError(`minimumGrade must be a letter grade from A+ to D-; got ${JSON.stringify(options.minimumGrade)}.`);
  }
  return { asOf, minimumGrade: minimum as LetterGrade };
}

function toViolation(shortfall: Shortfall, citation: Citation | undefined): Violation {
  const templates: Readonly<Record<string, string>> = AWARD_MESSAGES[shortfall.ruleId];
  return {
    ruleId: shortfall.ruleId,
    packId: 'microcred',
    severity: 'error',
    messageId: shortfall.messageId,
    message: formatMessage(templates[shortfall.messageId] ?? shortfall.ruleId, shortfall.data),
    data: shortfall.data,
    path: shortfall.path,
    pointer: toPointer(shortfall.path),
    ...(citation && { citation }),
  };
}


const EMPTY_PROGRESS: AwardProgress = {
  courses: { passed: 0, required: 0 },
  electives: { passed: 0, offered: 0 },
  electiveGroups: [],
  credits: { earned: 0, required: 0, unit: 'us-credit-hour' },
  experiences: { completed: 0, required: 0 },
  evidence: { submitted: 0, accepted: 0, items: 0, required: false },
  outcomes: { evidenced: 0, total: 0, required: false },
  reflection: { completed: false, required: false },
  components: { earned: 0, required: 0 },
};
