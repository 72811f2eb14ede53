import { definePack, toProblem } from './define-pack';
import { PackError, type Problem } from './errors';
import { DeclarativePackSchema } from './pack-schema';
import { createRegistry, type Registry } from './registry';
import type { Pack, PackDefinition } from './types';

/** Options for {@link loadPack} and {@link loadPacks}. */
export interface LoadPackOptions {
  /** Where `extends: <id>` is looked up. */
  readonly registry?: Registry;
}

/**
 * Loads a declarative pack: a plain object, as read from JSON or YAML, whose rules are
 * JsonLogic. It is validated like a TypeScript pack (every problem listed), `extends` is
 * looked up by id in `options.registry`, and the result is the same kind of pack object that
 * {@link definePack} returns.
 *
 * JsonLogic from a pack file is untrusted: only microcred's operators, no path through
 * `__proto__`, `constructor` or `prototype`, and bounded nesting; a pack that breaks these is
 * refused here, before it runs.
 *
 * @throws {@link PackError} listing every problem.
 * @example
 * ```ts
 * import { load } from 'js-yaml';
 * const pack = loadPack(load(text), { registry: createRegistry(builtinPacks) });
 * ```
 */
export function loadPack(object: unknown, options: LoadPackOptions = {}): Pack {
  const parsed = DeclarativePackSchema.safeParse(object, { jitless: true });
  if (!parsed.success) throw new PackError(idOf(object), parsed.error.issues.map(toProblem));
  const { $schema: _schema, extends: parentId, ...rest } = parsed.data;
  let parent: Pack | undefined;
  if (parentId !== undefined) {
    parent = options.registry?.get(parentId);
    if (!parent) {
      const known = options.registry?.list().map((p) => p.id) ?? [];
      throw new PackError(rest.id, [
        { path: ['extends'], code: 'unknown-pack', message: `Extends "${parentId}", which is not loaded (known: ${known.join(', ') || 'none'}).` },
      ]);
    }
  }
  return definePack({ ...(rest as Omit<PackDefinition, 'extends'>), ...(parent && { extends: parent }) });
}

/**
 * Loads several declarative packs that may extend each other (and packs already in
 * `options.registry`), in dependency order. Cycles in `extends` are reported with the packs
 * involved.
 *
 * @throws {@link PackError} for the first pack that cannot be loaded, or for a cycle.
 * @example
 * ```ts
 * const [base, campus] = loadPacks([baseObject, campusObject], { registry });
 * ```
 */
export function loadPacks(objects: readonly unknown[], options: LoadPackOptions = {}): Pack[] {
  const pending = new Map<string, unknown>();
  const problems: Problem[] = [];
  objects.forEach((object, i) => {
    const id = idOf(object);
    if (id === undefined) problems.push({ path: [i, 'id'], code: 'invalid_type', message: 'A pack needs a string "id".' });
    else if (pending.has(id)) problems.push({ path: [i, 'id'], code: 'duplicate-pack', message: `Pack "${id}" is given twice.` });
    else pending.set(id, object);
  });
  if (problems.length > 0) throw new PackError(undefined, problems);

  const loaded = new Map<string, Pack>();
  const visiting: string[] = [];
  let registry = options.registry ?? createRegistry();
  const load = (id: string): void => {
    if (loaded.has(id)) return;
    if (visiting.includes(id)) {
      throw new PackError(id, [{ path: ['extends'], code: 'extends-cycle', message: `"extends" forms a cycle: ${[...visiting.slice(visiting.indexOf(id)), id].join(' -> ')}.` }]);
    }
    visiting.push(id);
    const object = pending.get(id);
    const parentId = extendsOf(object);
    if (parentId !== undefined && pending.has(parentId)) load(parentId);
    const pack = loadPack(object, { registry });
    loaded.set(id, pack);
    registry = registry.with(pack);
    visiting.pop();
  };
  for (const id of pending.keys()) load(id);
  return [...pending.keys()].map((id) => loaded.get(id)!);
}

function idOf(object: unknown): string | undefined {
  const id = object !== null && typeof object === 'object' ? (object as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function extendsOf(object: unknown): string | undefined {
  const parent = object !== null && typeof object === 'object' ? (object as { extends?: unknown }).extends : undefined;
  return typeof parent === 'string' ? parent : undefined;
}
