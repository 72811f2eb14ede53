import type * as z from 'zod/mini';
import { createFrameworkRegistry, DEFAULT_FRAMEWORKS } from '../model/competency';
import { always, compileAppliesTo } from './applies-to';
import { PackError, type Problem } from './errors';
import { operatorNames } from './json-logic/compile';
import { createLibraryOperators } from './json-logic/library-operators';
import { PackDefinitionSchema } from './pack-schema';
import { describeIssue } from '../model/_lib/describe-issue';
import { compileRule, type LogicToolkit } from './_lib/compile-rule';
import { checkPeriods } from './_lib/effective';
import { attachCompiled, compiledOf, isPack } from './_lib/internal';
import { resolveRoute } from './_lib/resolve-route';
import { lintCondition } from './_lib/lint-rule';
import { validateLogic } from './json-logic/validate';
import type { DisabledRule, Pack, PackDefinition, Rule, RuleDefinition } from './types';

/**
 * Types a rule definition, so a rule can live in its own module with its metadata beside its
 * check. It returns the definition unchanged; {@link definePack} validates it. The message ids
 * a check may return are the keys of `messages`: returning another is a type error.
 *
 * @example
 * ```ts
 * export default defineRule({
 *   id: 'acme/max-credits',
 *   title: 'At most 12 credits',
 *   severity: 'error',
 *   citation: { source: 'acme-policy.md', passage: 'not more than 12 credits' },
 *   appliesTo: { creditBearing: true },
 *   messages: { tooMany: 'The courses total {credits} credits; the maximum is 12.' },
 *   check: (proposal) => {
 *     const credits = totalCredits(proposal.credential.courses);
 *     return credits > 12 ? { path: ['credential', 'courses'], data: { credits } } : undefined;
 *   },
 * });
 * ```
 */
export function defineRule<const M extends string>(definition: RuleDefinition<M>): RuleDefinition {
  return definition as RuleDefinition;
}

/**
 * Defines a policy pack: validates the definition (listing every problem), resolves what it
 * inherits through `extends`, applies overrides, and compiles every JsonLogic expression and
 * route condition once. The result is reused for every evaluation.
 *
 * @throws {@link PackError} with every problem found, when the definition cannot be used.
 * @example
 * ```ts
 * export const acme = definePack({
 *   id: 'acme',
 *   name: 'ACME University micro-credential policy',
 *   version: '1.0.0',
 *   sources: [{ title: 'ACME Policy 12.3', file: 'acme-policy.md' }],
 *   effective: [{ revision: '2025', from: '2025-01-01' }],
 *   extends: suny,
 *   rules: [maxCredits],
 *   overrides: { 'suny/stackable': { severity: 'info' } },
 *   route: { steps: [{ id: 'senate', body: 'Faculty Senate', reason: 'Approves all programs', citation, after: ['office'] }] },
 * });
 * ```
 */
export function definePack(definition: PackDefinition): Pack {
  // A pack is checked once, so compiling zod's fast path for it would only slow start-up.
  const parsed = PackDefinitionSchema.safeParse(definition, { jitless: true });
  if (!parsed.success) {
    throw new PackError(guessId(definition), parsed.error.issues.map(toProblem));
  }
  return buildPack(definition);
}

/**
 * {@link definePack} for the packs that ship with microcred, without the check of the
 * definition's shape: their definitions are fixed at build time and the test suite checks each
 * against the pack definition schema (test/packs/builtin-definitions.test.ts), so the check
 * would only repeat at every start what it found there. Everything else (inheritance,
 * overrides, periods, compiling the JsonLogic and the route) is the same.
 *
 * @internal
 */
export function defineBuiltinPack(definition: PackDefinition): Pack {
  return buildPack(definition);
}

function buildPack(definition: PackDefinition): Pack {
  const problems: Problem[] = [];
  const parent = definition.extends;
  if (parent !== undefined && !isPack(parent)) {
    throw new PackError(definition.id, [
      { path: ['extends'], code: 'invalid-extends', message: '"extends" must be a pack made by definePack or loadPack.' },
    ]);
  }
  if (parent && chainOf(parent).includes(definition.id)) {
    problems.push({ path: ['extends'], code: 'extends-cycle', message: `Pack "${definition.id}" cannot extend a chain that already contains it (${chainOf(parent).join(' -> ')}).` });
  }
  problems.push(...checkPeriods(definition.effective));

  const frameworks = createFrameworkRegistry([
    ...DEFAULT_FRAMEWORKS,
    ...(parent?.frameworks.frameworks ?? []),
    ...(definition.frameworks ?? []),
  ]);
  const operators = createLibraryOperators(frameworks);
  const toolkit: LogicToolkit = { operators, allowed: operatorNames(operators) };

  const waivableIds = new Set([...(parent?.waivable ?? []), ...(definition.waivable ?? [])]);
  const inherited = parent?.rules ?? [];
  const inheritedIds = new Set([...inherited.map((r) => r.id), ...(parent?.disabled ?? []).map((d) => d.ruleId)]);
  const ownIds = new Set<string>();
  const ownRules: Rule[] = [];
  (definition.rules ?? []).forEach((ruleDefinition, i) => {
    const path = ['rules', i];
    if (ownIds.has(ruleDefinition.id) || inheritedIds.has(ruleDefinition.id)) {
      problems.push({ path: [...path, 'id'], code: 'duplicate-rule-id', message: `Rule id "${ruleDefinition.id}" is defined more than once.` });
      return;
    }
    ownIds.add(ruleDefinition.id);
    const waivable = ruleDefinition.waivable === true || waivableIds.has(ruleDefinition.id);
    const rule = compileRule(ruleDefinition, definition.id, waivable, toolkit, path, problems);
    if (rule) ownRules.push(rule);
  });

  const disabled: DisabledRule[] = [...(parent?.disabled ?? [])];
  const overrides = definition.overrides ?? {};
  const rules: Rule[] = [];
  for (const rule of inherited) {
    const override = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    const waivable = rule.waivable || waivableIds.has(rule.id);
    if (override && 'off' in override) {
      disabled.push({ ruleId: rule.id, by: definition.id, reason: override.reason });
    } else if (override) {
      rules.push({ ...rule, severity: override.severity, overriddenBy: definition.id, waivable });
    } else {
      rules.push(waivable === rule.waivable ? rule : { ...rule, waivable });
    }
  }
  for (const id of Object.keys(overrides)) {
    if (!inheritedIds.has(id)) {
      const own = ownIds.has(id);
      problems.push({
        path: ['overrides', id],
        code: 'override-unknown-rule',
        message: own
          ? `"${id}" is this pack's own rule; set its severity in the rule instead of overriding it.`
          : `No inherited rule "${id}" to override; a pack can only override rules of the packs it extends.`,
      });
    } else if (!inherited.some((r) => r.id === id)) {
      problems.push({ path: ['overrides', id], code: 'override-disabled-rule', message: `"${id}" was turned off by a parent pack.` });
    }
  }
  rules.push(...ownRules);
  const allIds = new Set([...rules.map((r) => r.id)]);
  (definition.waivable ?? []).forEach((id, i) => {
    if (!allIds.has(id)) problems.push({ path: ['waivable', i], code: 'unknown-rule', message: `"${id}" is not a rule in force in this pack.` });
  });

  const route = resolveRoute(definition.id, parent, definition.route, toolkit, problems);
  (definition.route?.steps ?? []).forEach((step, i) => {
    // Conditions the safety check refused are already reported.
    if (step.when !== undefined && validateLogic(step.when, toolkit.allowed).length === 0) lintCondition(step.when, ['route', 'steps', i, 'when'], problems);
  });

  if (problems.length > 0) throw new PackError(definition.id, problems);

  const pack: Pack = {
    id: definition.id,
    name: definition.name,
    version: definition.version,
    ...(definition.description !== undefined && { description: definition.description }),
    sources: definition.sources,
    effective: definition.effective,
    ...(parent && { parent }),
    rules,
    disabled,
    waivable: rules.filter((r) => r.waivable).map((r) => r.id),
    route: { steps: route.steps, stages: route.stages, removed: route.removed },
    frameworks,
    notEnforced: [...(definition.notEnforced ?? []).map((n) => ({ ...n, by: definition.id })), ...(parent?.notEnforced ?? [])],
    ...(definition.badgeRequiresApproval
      ? { badgeRequiresApproval: { ...definition.badgeRequiresApproval, by: definition.id } }
      : parent?.badgeRequiresApproval && { badgeRequiresApproval: parent.badgeRequiresApproval }),
  };
  attachCompiled(pack, {
    steps: route.compiled,
    stepIndex: route.stepIndex,
    stageIndexes: route.stages.map((ids) => ids.map((id) => route.stepIndex.get(id)!)),
    appliesTo: rules.map((r) => {
      const applies = compileAppliesTo(r.appliesTo);
      return applies === always ? undefined : applies;
    }),
    ruleIds: new Set([...allIds, ...disabled.map((d) => d.ruleId)]),
  });
  return pack;
}

/** Ids of a pack and its ancestors, root first. */
export function chainOf(pack: Pack): string[] {
  const chain: string[] = [];
  for (let p: Pack | undefined = pack; p; p = p.parent) chain.unshift(p.id);
  return chain;
}

export { compiledOf };

function guessId(definition: unknown): string | undefined {
  const id = definition !== null && typeof definition === 'object' ? (definition as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Converts a zod issue about a pack definition into a {@link Problem}. */
export function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  return { path, code: issue.code === 'unrecognized_keys' ? 'unknown-field' : issue.code, message: describeIssue(issue) };
}
