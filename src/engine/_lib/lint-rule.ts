import type { Problem } from '../errors';
import type { DeclarativeCheck, RuleDefinition } from '../types';
import { lintLogic, type LintScope } from './lint-logic';
import { ANY, describeMiss, elementOf, isList, PROPOSAL, resolveShape, type Shape } from './lint-paths';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The `{name}` placeholders of a message template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Lints a declarative check against the proposal model: `each` must name a list, `var` paths
 * and `path` must exist (from the item with `each`), operators need the right number of
 * arguments, and every `{placeholder}` of the message it reports must be a `data` key.
 * A TypeScript check cannot be read this way; its findings are checked when they are made.
 */
export function lintDeclarative(logic: DeclarativeCheck, definition: RuleDefinition, messageId: string | undefined, at: readonly (string | number)[], problems: Problem[]): void {
  let scope: LintScope = { shape: PROPOSAL, root: 'the proposal' };
  let pathRoot: Shape = PROPOSAL;
  if (logic.each !== undefined) {
    const segments = logic.each.split('.');
    const found = resolveShape(PROPOSAL, segments);
    if ('miss' in found) {
      problems.push({ path: [...at, 'each'], code: 'unknown-path', message: describeMiss(segments, found.miss, 'the proposal') });
      pathRoot = ANY;
      scope = { shape: ANY, root: 'the item' };
    } else if (!isList(found.shape)) {
      problems.push({ path: [...at, 'each'], code: 'each-not-a-list', message: `"each: ${logic.each}" names a field that is not a list.` });
      return;
    } else {
      pathRoot = elementOf(found.shape);
      scope = { shape: { kind: 'fields', fields: { item: pathRoot, index: { kind: 'fields', fields: {} }, proposal: PROPOSAL } }, root: 'the data of "each" (item, index, proposal)' };
    }
  }
  lintLogic(logic.assert, scope, [...at, 'assert'], problems);
  for (const [name, expression] of Object.entries(logic.data ?? {})) lintLogic(expression, scope, [...at, 'data', name], problems);
  if (logic.path) {
    const segments = logic.path.map(String);
    const found = resolveShape(pathRoot, segments);
    if ('miss' in found) {
      problems.push({ path: [...at, 'path', found.miss.at], code: 'unknown-path', message: describeMiss(segments, found.miss, logic.each ? 'the item' : 'the proposal') });
    }
  }
  if (messageId !== undefined && Object.hasOwn(definition.messages, messageId)) {
    const keys = new Set(Object.keys(logic.data ?? {}));
    for (const name of placeholders(definition.messages[messageId]!)) {
      if (!keys.has(name)) {
        const given = keys.size ? `it gives ${[...keys].join(', ')}` : 'it gives none';
        problems.push({
          path: [...at.slice(0, -1), 'messages', messageId],
          code: 'unknown-placeholder',
          message: `The message "${messageId}" uses {${name}}, but the check's "data" has no "${name}" (${given}).`,
        });
      }
    }
  }
}

/** Lints a route step's `when` condition: paths over the proposal and operator arity. */
export function lintCondition(logic: unknown, at: readonly (string | number)[], problems: Problem[]): void {
  lintLogic(logic, { shape: PROPOSAL, root: 'the proposal' }, at, problems);
}
