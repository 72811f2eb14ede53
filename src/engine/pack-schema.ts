import { z } from 'zod';
import { IsoDateSchema } from '../model/common';
import { CategorySchema, CredentialFormSchema, CredentialKindSchema, LevelSchema } from '../model/credential';
import { CompetencyFrameworkSchema } from '../model/competency';

const oneOrMore = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]);

const PackIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lower-case letters, digits and "-" (at most 64)');
const StepIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Use lower-case letters, digits and "-"');
const RuleIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'Use "<pack id>/<rule-name>" in lower-case kebab form');
const Text = z.string().trim().min(1);

export const CitationSchema = z.strictObject({
  source: Text,
  passage: Text,
  section: Text.optional(),
  url: z.string().optional(),
});

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const AppliesToSchema = z.strictObject({
  kind: oneOrMore(CredentialKindSchema).optional(),
  creditBearing: z.boolean().optional(),
  level: oneOrMore(LevelSchema).optional(),
  form: oneOrMore(CredentialFormSchema).optional(),
  category: oneOrMore(CategorySchema).optional(),
});

export const DeclarativeCheckSchema = z.strictObject({
  assert: z.unknown().refine((v) => v !== undefined, 'An assertion is required'),
  each: z.string().min(1).optional(),
  messageId: z.string().min(1).optional(),
  path: z.array(z.union([z.string(), z.number().int().min(0)])).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

const WindowSchema = z.strictObject({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() });

const ruleFields = {
  id: RuleIdSchema,
  title: Text,
  severity: SeveritySchema,
  citation: CitationSchema,
  description: Text.optional(),
  reading: Text.optional(),
  appliesTo: AppliesToSchema.optional(),
  messages: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), Text).refine((m) => Object.keys(m).length > 0, 'At least one message'),
  waivable: z.boolean().optional(),
  effective: WindowSchema.optional(),
};

/** A rule in a TypeScript pack: the check is a function or a declarative check. */
export const RuleDefinitionSchema = z.strictObject({
  ...ruleFields,
  check: z.union([z.custom<(...args: unknown[]) => unknown>((v) => typeof v === 'function', 'Expected a function'), DeclarativeCheckSchema]),
});

/** A rule in a declarative (JSON or YAML) pack: the check is JsonLogic. */
export const DeclarativeRuleSchema = z.strictObject({ ...ruleFields, check: DeclarativeCheckSchema });

export const RouteStepSchema = z.strictObject({
  id: StepIdSchema,
  body: Text,
  role: Text.optional(),
  kind: z.enum(['approval', 'action', 'notify']).optional(),
  reason: Text,
  citation: CitationSchema,
  appliesTo: AppliesToSchema.optional(),
  when: z.unknown().optional(),
  notRequiredReason: Text.optional(),
  after: z.array(StepIdSchema).optional(),
  before: z.array(StepIdSchema).optional(),
  revise: z.strictObject({ returnsTo: StepIdSchema }).optional(),
  reject: z.boolean().optional(),
  expectedWithin: z
    .strictObject({
      days: z.number().int().min(1).max(3650).optional(),
      weeks: z.number().int().min(1).max(520).optional(),
      from: z.array(StepIdSchema).min(1),
    })
    .refine((d) => d.days !== undefined || d.weeks !== undefined, 'Give days or weeks')
    .optional(),
});

export const RouteDefinitionSchema = z.strictObject({
  steps: z.array(RouteStepSchema).optional(),
  remove: z.array(z.strictObject({ id: StepIdSchema, reason: Text })).optional(),
});

const OverrideSchema = z.union([
  z.strictObject({ severity: SeveritySchema, reason: Text.optional() }),
  z.strictObject({ off: z.literal(true), reason: Text }),
]);

const packFields = {
  id: PackIdSchema,
  name: Text,
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Use a semver version such as 1.0.0'),
  description: Text.optional(),
  sources: z
    .array(
      z.strictObject({
        title: Text,
        file: Text.optional(),
        url: z.string().optional(),
        revised: IsoDateSchema.optional(),
      }),
    )
    .min(1, 'Name at least one source document'),
  effective: z
    .array(
      z.strictObject({
        revision: Text,
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        note: Text.optional(),
      }),
    )
    .min(1, 'Give at least one effective period'),
  overrides: z.record(z.string(), OverrideSchema).optional(),
  waivable: z.array(z.string()).optional(),
  route: RouteDefinitionSchema.optional(),
  frameworks: z.array(CompetencyFrameworkSchema).optional(),
};

/** The shape {@link definePack} accepts (checked before anything else). */
export const PackDefinitionSchema = z.strictObject({
  ...packFields,
  extends: z.custom<object>((v) => v !== null && typeof v === 'object', 'Expected a pack object').optional(),
  rules: z.array(RuleDefinitionSchema).optional(),
});

/**
 * The shape of a declarative pack file (JSON or YAML). `extends` names another pack by id.
 * Exported so tools can generate a JSON Schema for pack files.
 */
export const DeclarativePackSchema = z.strictObject({
  $schema: z.string().optional(),
  ...packFields,
  extends: PackIdSchema.optional(),
  rules: z.array(DeclarativeRuleSchema).optional(),
});
