import { createFrameworkRegistry, DEFAULT_FRAMEWORKS } from '../../model/competency';
import { always, compileAppliesTo } from '../applies-to';
import { PackError, type Problem } from '../errors';
import { operatorNames } from '../json-logic/compile';
import { createLibraryOperators } from '../json-logic/library-operators';
import { compileRule, type LogicToolkit } from './compile-rule';
import { checkPeriods } from './effective';
import { attachCompiled, isPack } from './internal';
import { resolveRoute } from './resolve-route';
import { lintCondition } from './lint-rule';
import { validateLogic } from '../json-logic/validate';
import type { DisabledRule, Pack, PackDefinition, Rule } from '../types';

// Apart from define-pack.ts (and its pack definition schema), so that the built-in packs,
// which skip that schema's check (define-builtin-pack.ts), never build it: at start-up it is a
// quarter of the zod schemas a one-file check made.

/** How {@link buildPack} works. */
export interface BuildPackOptions {
  /**
   * Whether to lint declarative checks and route conditions against the proposal model
   * (default true). Off only for the built-in packs, which the test suite lints.
   */
  readonly lint?: boolean;
}

/**
 * A pack from a definition whose shape is known to be right: inheritance, overrides, periods,
 * and the JsonLogic and route compiled once. Throws a {@link PackError} listing every problem.
 */
export function buildPack(definition: PackDefinition, options: BuildPackOptions = {}): Pack {
  const lint = options.lint !== false;
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
    const rule = compileRule(ruleDefinition, definition.id, waivable, toolkit, path, problems, { lint });
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
    if (lint && step.when !== undefined && validateLogic(step.when, toolkit.allowed).length === 0) lintCondition(step.when, ['route', 'steps', i, 'when'], problems);
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

