/**
 * Message templates of the award checks, by rule id and message id. `{name}` is filled from
 * the violation's data with `formatMessage`.
 */
export const AWARD_MESSAGES = {
  'award/missing-course': {
    missing: '{code} ({title}) is not on the learner\'s record.',
    'not-yet': '{code} ({title}) is recorded as completed on {completedOn}, after {asOf}.',
  },
  'award/course-not-passed': {
    'below-minimum': '{code}: grade {grade} is below the minimum of {minimum}.',
    failed: '{code}: the record shows {grade}, which is not a pass.',
    'unrecognised-grade': '{code}: "{grade}" is not a letter grade or a known mark; record "passed" to say whether it counts.',
    'no-grade': '{code} has no grade yet.',
  },
  'award/elective-group-short': {
    short: 'Elective group {group} needs {choose} of its options passed; the record shows {passed}.',
  },
  'award/route-not-approved': {
    'in-progress': 'The proposal\'s route under {pack} is not approved as of {asOf} (waiting for: {current}); only approved credentials may use the badge.',
    rejected: 'The proposal was rejected under {pack} ({steps}); only approved credentials may use the badge.',
    'no-route': 'The proposal\'s route under {pack} cannot be planned: the proposal has {problems} problem(s); check it with evaluate.',
    'other-credential': 'The proposal is for credential {proposalCredentialId}, not {credentialId}.',
  },
  'award/missing-experience': {
    missing: 'The {kind} "{title}" is not on the learner\'s record.',
  },
  'award/experience-hours': {
    short: 'The {kind} "{title}" needs {required} hours; the record shows {hours}.',
  },
  'award/missing-reflection': {
    missing: 'The culminating reflection is not recorded as completed.',
  },
  'award/missing-evidence': {
    missing: 'No evidence has been submitted for "{id}" ({description}).',
    'none-accepted': 'The award needs accepted evidence ({requiredBy}); none is recorded.',
  },
  'award/evidence-not-accepted': {
    pending: 'Evidence for "{id}" was submitted on {submittedOn} and awaits review.',
    rejected: 'Evidence for "{id}" was reviewed and not accepted.',
  },
  'award/outcome-not-evidenced': {
    missing: 'Learning outcome {id} is not evidenced: {statement}',
  },
  'award/missing-component': {
    missing: 'The part "{credentialId}" of this micro-certificate has not been awarded.',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The rule ids of the award checks. */
export type AwardRuleId = keyof typeof AWARD_MESSAGES;
