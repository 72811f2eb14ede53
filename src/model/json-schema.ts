import * as z from 'zod/mini';
import { ProposalSchema } from './proposal';
import { schemaUrl } from '../package-info';

/**
 * The proposal JSON Schema's `$id`: its address in this version of the published package
 * (`https://unpkg.com/microcred@<version>/docs/schema/proposal.schema.json`), so an id always
 * names one version of the schema. Installed, the same file is `microcred/proposal.schema.json`.
 *
 * @example
 * ```ts
 * PROPOSAL_SCHEMA_ID; // 'https://unpkg.com/microcred@0.1.0/docs/schema/proposal.schema.json'
 * ```
 */
export const PROPOSAL_SCHEMA_ID: string = schemaUrl('proposal.schema.json');

/**
 * The JSON Schema (draft 2020-12) of a proposal file as written (defaults may be left out),
 * generated from the zod schema. The package ships it as `microcred/proposal.schema.json`;
 * point a proposal's `$schema` at it and editors autocomplete the file.
 *
 * @example
 * ```ts
 * writeFileSync('proposal.schema.json', JSON.stringify(proposalJsonSchema(), null, 2));
 * ```
 */
export function proposalJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProposalSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: PROPOSAL_SCHEMA_ID,
    $comment: 'Generated from the zod schema in src/model by proposalJsonSchema(); do not edit. Regenerate with `npm run generate`.',
    ...rest,
  };
}
