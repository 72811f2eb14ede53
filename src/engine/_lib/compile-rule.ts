import type { PathSegment } from '../../model/violation';
import type { Problem } from '../errors';
import { evaluationBudgetOf, type EvaluationBudget } from '../json-logic/budget';
import { compileBudgetedLogic, compilePath, type BudgetedLogic } from '../json-logic/compile';
import type { EagerOperator } from '../json-logic/standard-operators';
import { FORBIDDEN_KEYS, truthy } from '../json-logic/truthy';
import { validateLogic } from '../json-logic/validate';
import { lintDeclarative } from './lint-rule';
import type { DeclarativeCheck, Finding, Rule, RuleCheck, RuleDefinition } from '../types';

/** The JsonLogic a pack may use, and how to run it. */
export interface LogicToolkit {
  readonly operators: Readonly<Record<string, EagerOperator>>;
  readonly allowed: ReadonlySet<string>;
}

/** Checks a JsonLogic expression found at `path` in a pack; adds problems, returns whether it is safe. */
export function checkLogic(logic: unknown, toolkit: LogicToolkit, path: readonly (string | number)[], problems: Problem[]): boolean {
  const found = validateLogic(logic, toolkit.allowed);
  for (const problem of found) problems.push({ path: [...path, ...problem.path], code: problem.code, message: problem.message });
  return found.length === 0;
}

function defaultMessageId(messages: Readonly<Record<string, string>>): string | undefined {
  const ids = Object.keys(messages);
  return ids.length === 1 ? ids[0] : undefined;
}

/** How {@link compileRule} works. */
export interface CompileRuleOptions {
  /**
   * Whether to lint the check against the proposal model (default true). Off only where
   * checks run on data that is not a proposal, as in the differential tests of the compiler.
   */
  readonly lint?: boolean;
}

/**
 * Turns a rule definition into a {@link Rule}: a TypeScript check is kept as is; a
 * declarative one is validated and compiled into a closure with the same signature.
 * Problems are added to `problems`; the result is `undefined` when the rule cannot be used.
 */
export function compileRule(
  definition: RuleDefinition,
  packId: string,
  waivable: boolean,
  toolkit: LogicToolkit,
  path: readonly (string | number)[],
  problems: Problem[],
  options: CompileRuleOptions = {},
): Rule | undefined {
  const before = problems.length;
  if (!definition.id.startsWith(`${packId}/`)) {
    problems.push({ path: [...path, 'id'], code: 'rule-id-namespace', message: `Rule id "${definition.id}" must start with "${packId}/".` });
  }
  let check: RuleCheck | undefined;
  let logic: DeclarativeCheck | undefined;
  if (typeof definition.check === 'function') {
    check = definition.check;
  } else {
    logic = definition.check;
    check = compileDeclarative(logic, definition, toolkit, [...path, 'check'], problems, options.lint !== false);
  }
  if (problems.length > before || !check) return undefined;
  return {
    id: definition.id,
    packId,
    title: definition.title,
    severity: definition.severity,
    definedSeverity: definition.severity,
    citation: definition.citation,
    ...(definition.description !== undefined && { description: definition.description }),
    ...(definition.reading !== undefined && { reading: definition.reading }),
    ...(definition.appliesTo !== undefined && { appliesTo: definition.appliesTo }),
    messages: definition.messages,
    waivable,
    ...(definition.effective !== undefined && { effective: definition.effective }),
    language: logic ? 'json-logic' : 'typescript',
    ...(logic && { logic }),
    check,
  };
}

function compileDeclarative(
  logic: DeclarativeCheck,
  definition: RuleDefinition,
  toolkit: LogicToolkit,
  path: readonly (string | number)[],
  problems: Problem[],
  lint: boolean,
): RuleCheck | undefined {
  const messageId = logic.messageId ?? defaultMessageId(definition.messages);
  if (messageId === undefined) {
    problems.push({ path: [...path, 'messageId'], code: 'message-id-required', message: 'The rule has several messages; say which one this check reports.' });
  } else if (!Object.hasOwn(definition.messages, messageId)) {
    problems.push({ path: [...path, 'messageId'], code: 'unknown-message-id', message: `No message "${messageId}" in the rule's messages.` });
  }
  let safe = checkLogic(logic.assert, toolkit, [...path, 'assert'], problems);
  const dataEntries = Object.entries(logic.data ?? {});
  for (const [name, expression] of dataEntries) {
    safe = checkLogic(expression, toolkit, [...path, 'data', name], problems) && safe;
  }
  const eachSegments = logic.each?.split('.');
  if (eachSegments?.some((segment) => FORBIDDEN_KEYS.has(segment))) {
    problems.push({ path: [...path, 'each'], code: 'forbidden-path', message: `"each" may not go through ${[...FORBIDDEN_KEYS].join(', ')}.` });
    safe = false;
  }
  if (!safe) return undefined;
  // Only safe expressions are linted: the safety check has said what is wrong with the others.
  const before = problems.length;
  if (lint) lintDeclarative(logic, definition, messageId, path, problems);
  if (problems.length > before || messageId === undefined) return undefined;

  const data = dataEntries.map(([name, expression]) => [name, compileBudgetedLogic(expression, toolkit.operators)] as const);
  const basePath: readonly PathSegment[] = logic.path ?? [];
  const eachPath: readonly PathSegment[] = eachSegments?.map((s) => (/^\d+$/.test(s) ? Number(s) : s)) ?? [];
  const finding = (scope: unknown, at: readonly PathSegment[], budget: EvaluationBudget | undefined): Finding => ({
    messageId,
    path: at,
    ...(data.length > 0 && { data: evaluateData(data, scope, budget) }),
  });

  // Every run counts against the evaluation's budget, which `evaluate` puts in the context.
  const assert = compileBudgetedLogic(logic.assert, toolkit.operators);
  if (!eachSegments) {
    return (proposal, context) => {
      const budget = evaluationBudgetOf(context);
      return truthy(assert(proposal, budget)) ? undefined : finding(proposal, basePath, budget);
    };
  }
  const listOf = compilePath(eachSegments);
  return (proposal, context) => {
    const list = listOf(proposal);
    if (!Array.isArray(list)) return undefined;
    const budget = evaluationBudgetOf(context);
    let findings: Finding[] | undefined;
    // One scope for every item's assert: its result is only tested for truth, never kept. A
    // finding's data may hold the scope itself ({"var": ""}), so a finding gets its own.
    const scope = { item: undefined as unknown, index: 0, proposal };
    for (let index = 0; index < list.length; index++) {
      scope.item = list[index];
      scope.index = index;
      if (!truthy(assert(scope, budget))) (findings ??= []).push(finding({ item: list[index], index, proposal }, [...eachPath, index, ...basePath], budget));
    }
    return findings;
  };
}

function evaluateData(data: readonly (readonly [string, BudgetedLogic])[], scope: unknown, budget: EvaluationBudget | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, compiled] of data) out[name] = compiled(scope, budget);
  return out;
}
