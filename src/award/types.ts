import type { Credential } from '../model/credential';
import type { CreditUnit } from '../model/course';
import type { Violation } from '../model/violation';
import type { Pack } from '../engine/types';
import type { EvidenceRule } from './pack-requirements';
import type { ApprovalOption } from './approval';

/** Options for {@link checkAward}. */
export interface CheckAwardOptions {
  /** The date to judge at, `YYYY-MM-DD`: anything recorded after it does not count yet. */
  readonly asOf: string;
  /** Lowest letter grade that counts (A+ to D-); `C` when left out. */
  readonly minimumGrade?: string;
  /**
   * A pack whose rules of award apply too: if they make evidence a condition, it is one. With
   * `approval`, it also plans the proposal's route.
   */
  readonly pack?: Pack;
  /**
   * The proposal the credential was approved on. When the pack's text lets only approved
   * credentials use its badge (`pack.badgeRequiresApproval`), or with `required: true`, the
   * award also needs that proposal's route approved as of `asOf`; otherwise it is
   * `award/route-not-approved`, rooted at `proposal`.
   */
  readonly approval?: ApprovalOption;
  /**
   * Credentials to look parts of a micro-certificate up in: a part not yet recorded as awarded
   * counts when the same learner record earns it.
   */
  readonly catalog?: readonly Credential[];
  /**
   * Whether every learning outcome must be evidenced. By default outcomes are requirements only
   * when the record says which outcomes are evidenced (`outcomesEvidenced`), and progress otherwise.
   */
  readonly requireOutcomes?: boolean;
}

/** How far a learner has come toward a credential. Credits are in US credit hours. */
export interface AwardProgress {
  /** Required courses passed, of required courses. */
  readonly courses: { readonly passed: number; readonly required: number };
  /** Elective options passed, of those offered, in groups or not. */
  readonly electives: { readonly passed: number; readonly offered: number };
  /** Per elective group, in order: options passed (counted up to `choose`), of the `choose` needed. */
  readonly electiveGroups: readonly { readonly passed: number; readonly choose: number }[];
  /**
   * Credits earned, of those required: the required courses plus, for each elective group, the
   * passed options it counts (earned) and the fewest credits `choose` of its options carry (required).
   */
  readonly credits: { readonly earned: number; readonly required: number; readonly unit: CreditUnit };
  readonly experiences: { readonly completed: number; readonly required: number };
  /** Evidence items with a submission and with an accepted submission, of the credential's items. */
  readonly evidence: { readonly submitted: number; readonly accepted: number; readonly items: number; readonly required: boolean };
  /** Learning outcomes evidenced, of the credential's learning outcomes. */
  readonly outcomes: { readonly evidenced: number; readonly total: number; readonly required: boolean };
  readonly reflection: { readonly completed: boolean; readonly required: boolean };
  /** Parts of a micro-certificate awarded, of its parts. */
  readonly components: { readonly earned: number; readonly required: number };
}

/** What requires evidence for this award: the credential itself, or rules of a pack. */
export type EvidenceRequirement = { readonly by: 'credential' } | ({ readonly by: 'pack' } & EvidenceRule);

/**
 * The answer of {@link checkAward}. Every unmet requirement is a {@link Violation} whose path is
 * rooted at `{ credential, learnerRecord }`: `['credential', 'courses', 2]` names the requirement,
 * `['learnerRecord', 'courses', 0, 'grade']` a problem in the record's data.
 */
export interface AwardResult {
  /** Whether the learner has earned the credential as of `asOf`. */
  readonly earned: boolean;
  readonly asOf: string;
  readonly credentialId?: string;
  readonly learnerId?: string;
  readonly unmet: readonly Violation[];
  readonly progress: AwardProgress;
  /** Why evidence is (or is not) a condition of this award; empty when it is not. */
  readonly evidenceRequiredBy: readonly EvidenceRequirement[];
}
