import * as z from 'zod/mini';

// `describe` and `withMeta` (../common.ts) register metadata on a copy, so that a shared schema
// (NameSchema, IdSchema, ...) stays undescribed where it is used elsewhere. A schema built for
// one place (`z.optional(X)`, `listOf(X)`, `z.strictObject({...})`) has no other use: these
// register on it as it is. A copy is a whole new zod schema: 160 of the ~990 zod objects that
// every start of the CLI built. The JSON Schema is the same
// (docs/schema/proposal.schema.json is checked for drift).

/** `withMeta` (../common.ts) for a schema built for this one use: registered on `schema` itself. */
export function withMetaInPlace<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema, meta);
  return schema;
}

/** `describe` (../common.ts) for a schema built for this one use: registered on `schema` itself. */
export function describeInPlace<T extends z.ZodMiniType>(schema: T, description: string, examples?: readonly unknown[]): T {
  return withMetaInPlace(schema, { description, ...(examples && { examples: [...examples] }) });
}
