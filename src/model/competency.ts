import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, IdSchema, NameSchema, TextSchema } from './common';
import { describeInPlace } from './_lib/in-place-meta';
import { NACE_2017, NACE_2021 } from './frameworks/nace';

/**
 * A competency named by the framework that defines it, e.g. NACE's "teamwork".
 *
 * `version` pins the framework revision; without it the reference matches the code in any
 * version of the framework.
 *
 * @example
 * ```ts
 * CompetencyRefSchema.parse({ framework: 'nace', version: '2021', code: 'teamwork' });
 * ```
 */
export const CompetencyRefSchema = describeInPlace(
  strictObject({
    framework: describe(IdSchema, 'Framework id, e.g. "nace", or your own.'),
    version: describeInPlace(
      z.optional(z.union([checkedString(z.minLength(1), z.maxLength(50)), z.int().check(z.gte(0))])),
      'Framework version, e.g. "2017" or 2021 (a number is read as its digits).',
    ),
    code: describe(IdSchema, 'Competency code within the framework, e.g. "teamwork".'),
    statement: describeInPlace(z.optional(TextSchema), 'How this credential demonstrates the competency (FIU: the badge competency statement).'),
  }),
  'A competency, qualified by the framework that defines it.',
);

/** A competency named by the framework that defines it. */
export type CompetencyRef = z.infer<typeof CompetencyRefSchema>;

/** One competency in a framework. */
export interface FrameworkCompetency {
  /** Stable code, used as `code` in a {@link CompetencyRef}. */
  readonly code: string;
  /** The wording the framework uses. */
  readonly label: string;
  /** Codes of an earlier version of the same framework that this competency replaces. */
  readonly supersedes?: readonly string[];
}

/** A versioned competency framework, shipped as data so new versions need no code. */
export interface CompetencyFramework {
  /** Framework id, e.g. `nace`. */
  readonly id: string;
  /** Version label, e.g. `2021`. */
  readonly version: string;
  readonly title: string;
  readonly url?: string;
  readonly competencies: readonly FrameworkCompetency[];
}

/** Looks competencies up across the frameworks an evaluation knows. */
export interface FrameworkRegistry {
  /** Every framework, in the order given. */
  readonly frameworks: readonly CompetencyFramework[];
  /** The framework with this id and version (latest given when `version` is omitted). */
  find(id: string, version?: string | number): CompetencyFramework | undefined;
  /** The competency a reference points to, or `undefined` if no known framework defines it. */
  resolve(ref: { framework: string; version?: string | number | undefined; code: string }): FrameworkCompetency | undefined;
}

/**
 * Builds a {@link FrameworkRegistry} from framework data. Later entries with the same id and
 * version replace earlier ones.
 *
 * @example
 * ```ts
 * const frameworks = createFrameworkRegistry([...DEFAULT_FRAMEWORKS, myCampusFramework]);
 * frameworks.resolve({ framework: 'nace', code: 'teamwork' })?.label; // 'Teamwork'
 * ```
 */
export function createFrameworkRegistry(frameworks: readonly CompetencyFramework[]): FrameworkRegistry {
  const byKey = new Map<string, CompetencyFramework>();
  const latest = new Map<string, CompetencyFramework>();
  for (const framework of frameworks) {
    // A key no two id and version pairs share (one with an "@" in either included).
    byKey.set(JSON.stringify([framework.id, framework.version]), framework);
    latest.set(framework.id, framework);
  }
  // framework id -> version (or ANY_VERSION) -> code -> competency: lookups build no strings.
  const codes = new Map<string, Map<string, Map<string, FrameworkCompetency>>>();
  for (const framework of byKey.values()) {
    const versions = codes.get(framework.id) ?? new Map<string, Map<string, FrameworkCompetency>>();
    codes.set(framework.id, versions);
    const exact = new Map<string, FrameworkCompetency>();
    versions.set(framework.version, exact);
    const any = versions.get(ANY_VERSION) ?? new Map<string, FrameworkCompetency>();
    versions.set(ANY_VERSION, any);
    for (const competency of framework.competencies) {
      exact.set(competency.code, competency);
      if (!any.has(competency.code)) any.set(competency.code, competency);
    }
  }
  const list = [...byKey.values()];
  // framework id -> version -> framework, for find: a lookup builds no string.
  const byVersion = new Map<string, Map<string, CompetencyFramework>>();
  for (const framework of list) {
    const versions = byVersion.get(framework.id) ?? new Map<string, CompetencyFramework>();
    byVersion.set(framework.id, versions);
    versions.set(framework.version, framework);
  }
  return {
    frameworks: list,
    find: (id, version) => (version === undefined ? latest.get(id) : byVersion.get(id)?.get(typeof version === 'string' ? version : String(version))),
    resolve: (ref) => codes.get(ref.framework)?.get(ref.version === undefined ? ANY_VERSION : String(ref.version))?.get(ref.code),
  };
}

const ANY_VERSION = '\u0000any';

/** The frameworks microcred ships: NACE 2017 and NACE 2021. */
export const DEFAULT_FRAMEWORKS: readonly CompetencyFramework[] = [NACE_2017, NACE_2021];

/**
 * A registry of {@link DEFAULT_FRAMEWORKS}; the one `evaluate` uses unless told otherwise.
 *
 * @example
 * ```ts
 * defaultFrameworks.resolve({ framework: 'nace', version: '2017', code: 'career-management' })?.label;
 * // 'Career management'
 * ```
 */
export const defaultFrameworks: FrameworkRegistry = createFrameworkRegistry(DEFAULT_FRAMEWORKS);

/** Schema for framework data supplied by apps or declarative packs. */
export const CompetencyFrameworkSchema = strictObject({
  id: IdSchema,
  version: checkedString(z.minLength(1), z.maxLength(50)),
  title: NameSchema,
  url: z.optional(z.string()),
  competencies: z
    .array(
      strictObject({
        code: IdSchema,
        label: NameSchema,
        supersedes: z.optional(z.array(IdSchema)),
      }),
    )
    .check(z.minLength(1), z.maxLength(500)),
});
