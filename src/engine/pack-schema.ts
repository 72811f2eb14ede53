import * as z from 'zod/mini';
import { IsoDateSchema } from '../model/common';
import { CategorySchema, CredentialFormSchema, CredentialKindSchema, LevelSchema } from '../model/credential';
import { CompetencyFrameworkSchema } from '../model/competency';
import type { AppliesTo } from './types';

const oneOrMore = <T extends z.ZodMiniType>(schema: T) => z.union([schema, z.array(schema).check(z.minLength(1))]);

const PackIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lower-case letters, digits and "-" (at most 64)'));
const StepIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Use lower-case letters, digits and "-"'));
const RuleIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'Use "<pack id>/<rule-name>" in lower-case kebab form'));
const Text = z.string().check(z.trim(), z.minLength(1));

/** A citation: the policy file and the quoted passage. */
export const CitationSchema = z.strictObject({
  source: Text,
  passage: Text,
  section: z.optional(Text),
  url: z.optional(z.string()),
});

/** A rule's severity. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** Which credentials a rule or step concerns. */
export const AppliesToSchema: z.ZodMiniType<AppliesTo> = z.strictObject({
  kind: z.optional(oneOrMore(CredentialKindSchema)),
  creditBearing: z.optional(z.boolean()),
  level: z.optional(oneOrMore(LevelSchema)),
  form: z.optional(oneOrMore(CredentialFormSchema)),
  category: z.optional(oneOrMore(CategorySchema)),
  get anyOf() {
    return z.optional(z.array(AppliesToSchema).check(z.minLength(1)));
  },
});

/** A check written in JsonLogic. */
export const DeclarativeCheckSchema = z.strictObject({
  assert: z.unknown().check(z.refine((v) => v !== undefined, 'An assertion is required')),
  each: z.optional(z.string().check(z.minLength(1))),
  messageId: z.optional(z.string().check(z.minLength(1))),
  path: z.optional(z.array(z.union([z.string(), z.int().check(z.gte(0))]))),
  data: z.optional(z.record(z.string(), z.unknown())),
});

const WindowSchema = z.strictObject({ from: z.optional(IsoDateSchema), to: z.optional(IsoDateSchema) });

const ruleFields = {
  id: RuleIdSchema,
  title: Text,
  severity: SeveritySchema,
  citation: CitationSchema,
  description: z.optional(Text),
  reading: z.optional(Text),
  appliesTo: z.optional(AppliesToSchema),
  messages: z
    .record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/)), Text)
    .check(z.refine((m) => Object.keys(m).length > 0, 'At least one message')),
  waivable: z.optional(z.boolean()),
  effective: z.optional(WindowSchema),
};

/** A rule in a TypeScript pack: the check is a function or a declarative check. */
export const RuleDefinitionSchema = z.strictObject({
  ...ruleFields,
  check: z.union([z.custom<(...args: unknown[]) => unknown>((v) => typeof v === 'function', 'Expected a function'), DeclarativeCheckSchema]),
});

/** A rule in a declarative (JSON or YAML) pack: the check is JsonLogic. */
export const DeclarativeRuleSchema = z.strictObject({ ...ruleFields, check: DeclarativeCheckSchema });

/** A step of an approval route. */
export const RouteStepSchema = z.strictObject({
  id: StepIdSchema,
  body: Text,
  role: z.optional(Text),
  kind: z.optional(z.enum(['approval', 'action', 'notify'])),
  reason: Text,
  citation: CitationSchema,
  appliesTo: z.optional(AppliesToSchema),
  when: z.optional(z.unknown()),
  notRequiredReason: z.optional(Text),
  after: z.optional(z.array(StepIdSchema)),
  before: z.optional(z.array(StepIdSchema)),
  revise: z.optional(z.strictObject({ returnsTo: StepIdSchema })),
  reject: z.optional(z.boolean()),
  expectedWithin: z.optional(
    z
      .strictObject({
        days: z.optional(z.int().check(z.gte(1), z.lte(3650))),
        weeks: z.optional(z.int().check(z.gte(1), z.lte(520))),
        from: z.array(StepIdSchema).check(z.minLength(1)),
      })
      .check(z.refine((d) => d.days !== undefined || d.weeks !== undefined, 'Give days or weeks')),
  ),
  undetermined: z.optional(z.strictObject({ when: z.unknown(), reason: Text })),
  reviewsAgainOn: z.optional(
    z
      .strictObject({
        fields: z.array(z.string().check(z.regex(/^(\/[^/]*)*$/, 'Use a JSON pointer ("" or starting with "/"), with "*" for any one segment'))).check(z.minLength(1), z.maxLength(100)),
        citation: z.optional(CitationSchema),
        reading: z.optional(Text),
      })
      .check(z.refine((r) => r.citation !== undefined || r.reading !== undefined, 'Give the citation that says what the step reviews again, or a reading where the text says nothing')),
  ),
});

/** A pack's route: its own steps and the inherited steps it removes. */
export const RouteDefinitionSchema = z.strictObject({
  steps: z.optional(z.array(RouteStepSchema)),
  remove: z.optional(z.array(z.strictObject({ id: StepIdSchema, reason: Text }))),
});

const OverrideSchema = z.union([
  z.strictObject({ severity: SeveritySchema, reason: z.optional(Text) }),
  z.strictObject({ off: z.literal(true), reason: Text }),
]);

const packFields = {
  id: PackIdSchema,
  name: Text,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Use a semver version such as 1.0.0')),
  description: z.optional(Text),
  sources: z
    .array(
      z.strictObject({
        title: Text,
        file: z.optional(Text),
        url: z.optional(z.string()),
        revised: z.optional(IsoDateSchema),
      }),
    )
    .check(z.minLength(1, 'Name at least one source document')),
  effective: z
    .array(
      z.strictObject({
        revision: Text,
        from: z.optional(IsoDateSchema),
        to: z.optional(IsoDateSchema),
        note: z.optional(Text),
        textApplied: z.optional(Text),
      }),
    )
    .check(z.minLength(1, 'Give at least one effective period')),
  overrides: z.optional(z.record(z.string(), OverrideSchema)),
  waivable: z.optional(z.array(z.string())),
  route: z.optional(RouteDefinitionSchema),
  frameworks: z.optional(z.array(CompetencyFrameworkSchema)),
  notEnforced: z.optional(z.array(z.strictObject({ citation: CitationSchema, reason: Text }))),
  badgeRequiresApproval: z.optional(z.strictObject({ citation: CitationSchema })),
};

/** The shape {@link definePack} accepts (checked before anything else). */
export const PackDefinitionSchema = z.strictObject({
  ...packFields,
  extends: z.optional(z.custom<object>((v) => v !== null && typeof v === 'object', 'Expected a pack object')),
  rules: z.optional(z.array(RuleDefinitionSchema)),
});

/**
 * The shape of a declarative pack file (JSON or YAML). `extends` names another pack by id.
 * Exported so tools can generate a JSON Schema for pack files.
 */
export const DeclarativePackSchema = z.strictObject({
  $schema: z.optional(z.string()),
  ...packFields,
  extends: z.optional(PackIdSchema),
  rules: z.optional(z.array(DeclarativeRuleSchema)),
});
