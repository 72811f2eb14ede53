import * as z from 'zod/mini';
import { checkedString } from './_lib/checked-string';
import { strictObject } from './_lib/strict-object';
import { describe, NameSchema, enumOf } from './common';
import { describeInPlace } from './_lib/in-place-meta';

/** Whether a program exists at the institution, is new, or is waiting for curriculum approval. */
export const ProgramStatusSchema = enumOf(['existing', 'new', 'pending-approval']);

/** Whether a program exists at the institution, is new, or is waiting for curriculum approval. */
export type ProgramStatus = z.infer<typeof ProgramStatusSchema>;

/**
 * An academic program (a degree, major, minor or certificate program) a credential is aligned
 * to, and whether it exists yet. FIU 380.104 sends a micro-credential aligned to a program
 * that does not yet exist through the Faculty Senate Curriculum Committee first.
 *
 * @example
 * ```ts
 * ProgramSchema.parse({ title: 'BS in Data Science', status: 'pending-approval' });
 * ```
 */
export const ProgramSchema = strictObject({
  title: describe(NameSchema, 'The program\'s name, e.g. "BS in Data Science".'),
  code: describeInPlace(z.optional(checkedString(z.trim(), z.minLength(1), z.maxLength(50))), 'Catalogue or CIP code, when the program has one.'),
  status: describeInPlace(
    z._default(ProgramStatusSchema, 'existing'),
    'existing (offered now), new (not proposed yet) or pending-approval (with the curriculum committee).',
  ),
});

/** An academic program a credential is aligned to. */
export type Program = z.infer<typeof ProgramSchema>;
