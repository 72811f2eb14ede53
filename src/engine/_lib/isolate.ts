import type { Proposal } from '../../model/proposal';

/**
 * The parsed proposal with its `extensions` replaced by copies. Parsing copies every
 * field it knows, but `extensions` is free-form and its values would still be the caller's
 * objects: a check (JavaScript packs are code) could change them. Most proposals have none,
 * and then nothing is copied.
 */
export function isolateExtensions(proposal: Proposal): Proposal {
  const credential = proposal.credential as { extensions?: unknown };
  if (proposal.extensions === undefined && credential.extensions === undefined) return proposal;
  const own = proposal as { extensions?: unknown };
  if (own.extensions !== undefined) own.extensions = dataCopy(own.extensions);
  if (credential.extensions !== undefined) credential.extensions = dataCopy(credential.extensions);
  return proposal;
}

/**
 * A deep copy of plain data, made without recursion (any depth, shared
 * and cyclic values keep their shape). Own keys are copied as data, `__proto__` included.
 * A value that cannot be read as data (a getter that throws, a revoked proxy) is left as it
 * was: such values do not come from files.
 */
function dataCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  try {
    const copies = new Map<object, object>();
    const pending: [source: object, target: Record<string, unknown> | unknown[]][] = [];
    const copyOf = (item: unknown): unknown => {
      if (item === null || typeof item !== 'object') return item;
      const known = copies.get(item);
      if (known) return known;
      const target: Record<string, unknown> | unknown[] = Array.isArray(item) ? [] : Object.getPrototypeOf(item) === null ? Object.create(null) : {};
      copies.set(item, target);
      pending.push([item, target]);
      return target;
    };
    const root = copyOf(value);
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [source, target] = next;
      for (const key of Object.keys(source)) {
        const item = copyOf((source as Record<string, unknown>)[key]);
        Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
    }
    return root;
  } catch {
    return value;
  }
}
