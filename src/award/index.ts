export { checkAward } from './check-award';
export type { AwardProgress, AwardResult, CheckAwardOptions, EvidenceRequirement } from './types';
export { evidenceRulesOf, type EvidenceRule } from './pack-requirements';
export { judgeGrade, isLetterGrade, LETTER_GRADES, DEFAULT_MINIMUM_GRADE, type LetterGrade, type GradeJudgement, type GradeShortfall } from './grades';
export { AWARD_MESSAGES, type AwardRuleId } from './messages';
export { checkApproval, type ApprovalOption, type CheckApprovalOptions } from './approval';
