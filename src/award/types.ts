import type { Credential } from '../model/credential';
import type { CreditUnit } from '../model/course';
import type { Violation } from '../model/violation';
import type { Pack } from '../engine/types';
import type { EvidenceRule } from './pack-requirements';

/** Options for {@link checkAward}. */
export interface CheckAwardOptions {
  /** The date to judge at, `YYYY-MM-DD`: anything recorded after it does not count yet. */
  readonly asOf: string;
  /** Lowest letter grade that counts (A+ to D-); `C` when left out. */
  readonly minimumGrade?: string;
  /** A pack whose rules of award apply too: if they make evidence a condition, it is one. */
  readonly pack?: Pack;
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
  /** Elective options passed, of those offered (electives are not required: see the guide). */
  readonly electives: { readonly passed: number; readonly offered: number };
  /** Credits of the required courses passed, of the required courses' credits. */
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
