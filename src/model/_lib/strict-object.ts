import * as z from 'zod/mini';

// zod's strictObject makes a new `never` schema for every object to refuse its other keys: 40
// of the zod objects a one-file check built at start. They are all alike, and a leaf: one does
// for every object. The JSON Schema is the same (docs/schema/proposal.schema.json is checked
// for drift), as are every parse's issues (the differential tests).
const NO_OTHER_KEYS = z.never();

/** `z.strictObject(shape)`, refusing other keys through one shared `never` schema. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict> {
  return new z.ZodMiniObject({ type: 'object', shape, catchall: NO_OTHER_KEYS }) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
}
