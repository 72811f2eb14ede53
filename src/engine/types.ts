import type { Category, CredentialForm, CredentialKind, Level } from '../model/credential';
import type { CompetencyFramework, FrameworkRegistry } from '../model/competency';
import type { Proposal } from '../model/proposal';
import type { Citation, PathSegment, Severity, Violation } from '../model/violation';
import type { ReportPackRef } from './report-types';

/** A JsonLogic expression, as JSON. */
export type JsonLogic = unknown;

/** A value or a list of values. */
export type OneOrMore<T> = T | readonly T[];

/**
 * Which credentials a rule or route step concerns. Every field given must match; a list
 * matches any of its values.
 *
 * @example
 * ```ts
 * const creditBearingGraduate: AppliesTo = { creditBearing: true, level: 'graduate' };
 * ```
 */
export interface AppliesTo {
  readonly kind?: OneOrMore<CredentialKind>;
  readonly creditBearing?: boolean;
  readonly level?: OneOrMore<Level>;
  readonly form?: OneOrMore<CredentialForm>;
  readonly category?: OneOrMore<Category>;
  /** Further, at least one of these must match (e.g. a digital badge, or a micro-credential awarded as a badge). */
  readonly anyOf?: readonly AppliesTo[];
}

/**
 * What a rule's check returns for each problem it finds; the engine adds the rest. `M` is the
 * rule's message ids (see {@link defineRule}).
 */
export interface Finding<M extends string = string> {
  /**
   * One of the rule's `messages`; may be left out when the rule has a single message. An id
   * the rule does not have is reported as `engine/rule-failed`, not swapped for another.
   */
  readonly messageId?: M;
  /** Where in the proposal; defaults to the root. */
  readonly path?: readonly PathSegment[];
  /** Values for the message's `{placeholders}` and for tools. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What a check may know besides the proposal. */
export interface RuleContext {
  /** The date the proposal is judged at, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Competency frameworks known to this evaluation. */
  readonly frameworks: FrameworkRegistry;
  /** The pack whose rules are running (one of the report's `packs`). */
  readonly pack: ReportPackRef;
}

/**
 * A check written in TypeScript: returns nothing when the proposal complies. A finding
 * written in place is type-checked against the rule's message ids `M`; a list declared as
 * plain `Finding[]` is accepted, and its ids are checked when the rule runs.
 */
export type RuleCheck<M extends string = string> = (
  proposal: Proposal,
  context: RuleContext,
) => Finding<M> | readonly Finding<M>[] | readonly Finding[] | null | undefined | void;

/**
 * A check written in JsonLogic. `assert` must be truthy for the proposal to comply. With
 * `each`, it runs once per item of that list, with `{ item, index, proposal }` as data.
 *
 * @example
 * ```ts
 * const everyOutcomeAssessed: DeclarativeCheck = {
 *   each: 'credential.learningOutcomes',
 *   assert: { hasText: [{ var: 'item.assessment.method' }] },
 *   path: ['assessment'],
 *   data: { outcome: { var: 'item.id' } },
 * };
 * ```
 */
export interface DeclarativeCheck<M extends string = string> {
  readonly assert: JsonLogic;
  /** Dotted path to a list in the proposal; the check runs per item. */
  readonly each?: string;
  readonly messageId?: M;
  /** Where the finding points: from the root, or from the item with `each`. */
  readonly path?: readonly PathSegment[];
  /** Message data, each value a JsonLogic expression over the same data as `assert`. */
  readonly data?: Readonly<Record<string, JsonLogic>>;
}

/** An effective window, inclusive, as `YYYY-MM-DD` dates. */
export interface DateWindow {
  readonly from?: string;
  readonly to?: string;
}

/**
 * A rule as written by a pack author: metadata beside the check, messages by id.
 *
 * @example
 * ```ts
 * const rule: RuleDefinition = {
 *   id: 'acme/has-competency',
 *   title: 'Names at least one competency',
 *   severity: 'error',
 *   citation: { source: 'acme-policy.md', passage: 'Each micro-credential names its competencies.' },
 *   messages: { none: 'Name at least one competency the credential develops.' },
 *   check: { assert: { '>': [{ count: [{ var: 'credential.competencies' }] }, 0] }, path: ['credential', 'competencies'] },
 * };
 * ```
 */
export interface RuleDefinition<M extends string = string> {
  /** `<pack id>/<rule name>`, e.g. `binghamton/max-credits`. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly citation: Citation;
  /** What the rule checks, for docs. */
  readonly description?: string;
  /** How the rule reads an ambiguous passage, and why its severity is what it is. */
  readonly reading?: string;
  readonly appliesTo?: AppliesTo;
  /** Message templates by id; `{name}` is filled from a finding's data. */
  readonly messages: Readonly<Record<M, string>>;
  /** Whether a proposal may ask to waive this rule. */
  readonly waivable?: boolean;
  /** When the rule is in force, within the pack's own effective periods. */
  readonly effective?: DateWindow;
  // NoInfer: the message ids come from `messages`, and the check is checked against them.
  readonly check: RuleCheck<NoInfer<M>> | DeclarativeCheck<NoInfer<M>>;
}

/** A rule after its pack is defined: the same shape for TypeScript and JsonLogic rules. */
export interface Rule {
  readonly id: string;
  /** The pack that defined the rule (it may be inherited). */
  readonly packId: string;
  readonly title: string;
  /** Severity in force in this pack (after any override). */
  readonly severity: Severity;
  /** Severity as the defining pack set it. */
  readonly definedSeverity: Severity;
  /** The pack whose override set `severity`, if any. */
  readonly overriddenBy?: string;
  readonly citation: Citation;
  readonly description?: string;
  readonly reading?: string;
  readonly appliesTo?: AppliesTo;
  readonly messages: Readonly<Record<string, string>>;
  readonly waivable: boolean;
  readonly effective?: DateWindow;
  /** `json-logic` when written declaratively; `logic` then holds the expression. */
  readonly language: 'typescript' | 'json-logic';
  readonly logic?: DeclarativeCheck;
  /** The check, compiled: declarative rules are closures over compiled JsonLogic. */
  readonly check: RuleCheck;
}

/** A rule a pack turned off, and why. */
export interface DisabledRule {
  readonly ruleId: string;
  readonly by: string;
  readonly reason: string;
}

/** How a pack changes a rule it inherits. */
export type RuleOverride = { readonly severity: Severity; readonly reason?: string } | { readonly off: true; readonly reason: string };

/** A policy document a pack implements. */
export interface SourceDocument {
  readonly title: string;
  /** File name among the policy texts, when there is one. */
  readonly file?: string;
  readonly url?: string;
  /** Date of the revision implemented, `YYYY-MM-DD`. */
  readonly revised?: string;
}

/**
 * A period in which one revision of the policy is in force. `from` may be left out only on
 * the first period, when the source text carries no date.
 */
export interface EffectivePeriod {
  /** Label of the policy revision in force, e.g. `2024-02-07` or `approved-motion`. */
  readonly revision: string;
  readonly from?: string;
  readonly to?: string;
  readonly note?: string;
  /**
   * The revision whose text this period is judged by, when the pack does not hold this
   * period's own text (e.g. only a later revision is among the sources). It names another
   * period of the pack. Reports judged in this period then carry `pack.textApplied` and an
   * info finding `pack/text-not-held`.
   */
  readonly textApplied?: string;
}

/** Kinds of route step: a decision, work someone does, or a notice. */
export type StepKind = 'approval' | 'action' | 'notify';

/**
 * A step in an approval route, as a pack author writes it.
 *
 * @example
 * ```ts
 * const graduateCouncil: RouteStepDefinition = {
 *   id: 'graduate-council',
 *   body: 'Graduate Council',
 *   reason: 'Graduate-level credit-bearing micro-credentials are reviewed by the Graduate Council.',
 *   citation: { source: 'binghamton-approved-motion.txt', passage: 'review by the Graduate Council (if at the graduate level)' },
 *   appliesTo: { creditBearing: true, level: 'graduate' },
 *   after: ['office-review'],
 *   revise: { returnsTo: 'unit-curriculum' },
 * };
 * ```
 */
export interface RouteStepDefinition {
  /** Unique in the resolved route; proposals record decisions against it. */
  readonly id: string;
  /** The body or office that acts, e.g. "Faculty Senate EPPC". A role, never a person. */
  readonly body: string;
  /** The role that acts for the body, when useful. */
  readonly role?: string;
  readonly kind?: StepKind;
  /** Why this step is on the route. */
  readonly reason: string;
  readonly citation: Citation;
  readonly appliesTo?: AppliesTo;
  /** A further JsonLogic condition over the proposal. */
  readonly when?: JsonLogic;
  /** Shown instead of `reason` when the step is not required. */
  readonly notRequiredReason?: string;
  /** Steps that must be done first. */
  readonly after?: readonly string[];
  /** Steps that must wait for this one. */
  readonly before?: readonly string[];
  /** Whether the step can ask for revisions, and which step the proposal returns to. */
  readonly revise?: { readonly returnsTo: string };
  /** Whether the step can reject the proposal. */
  readonly reject?: boolean;
  /** A duration the policy gives, counted from the decision date of any of `from`. */
  readonly expectedWithin?: { readonly days?: number; readonly weeks?: number; readonly from: readonly string[] };
  /**
   * When the proposal does not say enough to tell whether the step applies (e.g. the step
   * depends on a level the proposal leaves out): a JsonLogic condition over the proposal, and
   * the reason shown. While it holds, the step's status is `undetermined` and it holds the
   * route open, instead of being silently required or left out.
   */
  readonly undetermined?: { readonly when: JsonLogic; readonly reason: string };
}

/** How a pack builds its route from its parent's. */
export interface RouteDefinition {
  readonly steps?: readonly RouteStepDefinition[];
  /** Parent steps this pack takes out, with the reason; steps after them keep their order. */
  readonly remove?: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * A pack as its author writes it, in TypeScript ({@link definePack}) or as data
 * ({@link loadPack}).
 */
export interface PackDefinition {
  readonly id: string;
  readonly name: string;
  /** The pack's own release, semver. */
  readonly version: string;
  readonly description?: string;
  readonly sources: readonly SourceDocument[];
  readonly effective: readonly EffectivePeriod[];
  readonly extends?: Pack;
  readonly rules?: readonly RuleDefinition[];
  /** Changes to inherited rules, by rule id. */
  readonly overrides?: Readonly<Record<string, RuleOverride>>;
  /** Rule ids (own or inherited) a proposal may ask to waive. */
  readonly waivable?: readonly string[];
  readonly route?: RouteDefinition;
  /** Competency frameworks the pack's rules refer to, beyond the defaults. */
  readonly frameworks?: readonly CompetencyFramework[];
  /**
   * Passages of the source texts that the pack deliberately does not enforce, each with the
   * reason (a "may", a duty the text gives someone else, a question to prepare for ...).
   * Shown in the pack's README so readers see what was left out and why.
   */
  readonly notEnforced?: readonly NotEnforced[];
  /**
   * The text's clause, if it has one, that only credentials approved under the policy may use
   * the institution's badge. With it, `checkAward` and `toAuthorizedOpenBadgeCredential`
   * require the proposal's route to be approved before an award. Packs that extend this one
   * inherit it.
   */
  readonly badgeRequiresApproval?: BadgeRequiresApproval;
}

/**
 * A pack's clause that only approved credentials may use the institution's badge.
 *
 * @example
 * ```ts
 * const clause: BadgeRequiresApproval = {
 *   citation: { source: 'acme-policy.md', passage: 'Only programs approved by this policy may use the Acme badge.' },
 * };
 * ```
 */
export interface BadgeRequiresApproval {
  readonly citation: Citation;
}

/**
 * A passage a pack does not turn into a rule, and why.
 *
 * @example
 * ```ts
 * const stackable: NotEnforced = {
 *   citation: { source: 'ub-micro-credentials-and-badges.txt', passage: 'may “stack into” a larger certificate or degree program' },
 *   reason: '"may" grants a possibility; there is nothing to check.',
 * };
 * ```
 */
export interface NotEnforced {
  readonly citation: Citation;
  readonly reason: string;
}

/** A route step after resolution, with the pack that defined it. */
export interface ResolvedStep extends RouteStepDefinition {
  readonly packId: string;
  readonly kind: StepKind;
  readonly after: readonly string[];
}

/**
 * A defined pack: its own settings plus everything it inherits, resolved once, with every
 * JsonLogic expression compiled. Treat it as read-only.
 */
export interface Pack {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly sources: readonly SourceDocument[];
  readonly effective: readonly EffectivePeriod[];
  /** The parent pack, if this one extends another. */
  readonly parent?: Pack;
  /** Rules in force in evaluation order: inherited first, then own. */
  readonly rules: readonly Rule[];
  readonly disabled: readonly DisabledRule[];
  readonly waivable: readonly string[];
  readonly route: {
    /** Steps in definition order. */
    readonly steps: readonly ResolvedStep[];
    /** Step ids per stage: a stage's steps can run in parallel; stages run in order. */
    readonly stages: readonly (readonly string[])[];
    readonly removed: readonly { readonly id: string; readonly reason: string; readonly by: string }[];
  };
  readonly frameworks: FrameworkRegistry;
  /** The pack's own passages not enforced, then its parents' (see {@link PackDefinition.notEnforced}). */
  readonly notEnforced: readonly (NotEnforced & { readonly by: string })[];
  /** The clause that only approved credentials may use the badge: this pack's, else the nearest parent's (see {@link PackDefinition.badgeRequiresApproval}). */
  readonly badgeRequiresApproval?: BadgeRequiresApproval & { readonly by: string };
}

// What evaluation returns: reports and routes.
export type * from './report-types';
