// The JSON Schemas the package ships are what editors and consumers of the JSON output read:
// every proposal property says what it is, `policy` offers the built-in packs, ids name the
// version they describe, and the output schema lets later minor releases add fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILTIN_PACK_IDS, PROPOSAL_SCHEMA_ID, proposalJsonSchema } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { ROOT } from '../_helpers/files';
import { version } from '../../package.json';

type Schema = Record<string, unknown>;

/** Every property in a schema, by a dotted path (`[]` for array items), with its schema. */
function properties(node: unknown, path = ''): [string, Schema][] {
  if (node === null || typeof node !== 'object') return [];
  const schema = node as Schema;
  const found: [string, Schema][] = [];
  for (const [key, value] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    found.push([`${path}.${key}`, value], ...properties(value, `${path}.${key}`));
  }
  if (schema.items) found.push(...properties(schema.items, `${path}[]`));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const branch of (schema[key] as unknown[] | undefined) ?? []) found.push(...properties(branch, path));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') found.push(...properties(schema.additionalProperties, `${path}{}`));
  for (const [name, def] of Object.entries((schema.$defs as Record<string, Schema> | undefined) ?? {})) found.push(...properties(def, `#${name}`));
  return found;
}

const checkOutput = JSON.parse(readFileSync(join(ROOT, 'docs/schema/check-output.schema.json'), 'utf8')) as Schema;

describe('proposal.schema.json', () => {
  test('every property has a description (from the zod model: describe() in src/model)', () => {
    const all = properties(proposalJsonSchema());
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter(([, schema]) => typeof schema.description !== 'string' || schema.description.length === 0).map(([path]) => path)).toEqual([]);
  });

  test('offers the built-in pack ids for policy', () => {
    const policy = (proposalJsonSchema().properties as Record<string, Schema>).policy!;
    expect(policy.examples).toEqual(builtinPacks.map((pack) => pack.id));
    expect(BUILTIN_PACK_IDS).toEqual(builtinPacks.map((pack) => pack.id));
  });

  test('its $id is the file in this version of the published package', () => {
    expect(PROPOSAL_SCHEMA_ID).toBe(`https://unpkg.com/microcred@${version}/docs/schema/proposal.schema.json`);
    expect(proposalJsonSchema().$id).toBe(PROPOSAL_SCHEMA_ID);
  });
});

describe('check-output.schema.json', () => {
  test('no object forbids unknown fields, since minor releases may add them', () => {
    const objects = [['', checkOutput] as [string, Schema], ...properties(checkOutput)];
    expect(objects.filter(([, schema]) => schema.additionalProperties === false).map(([path]) => path || '(root)')).toEqual([]);
    expect(String(checkOutput.description)).toMatch(/added in minor releases/);
  });

  test('its $id is the file in this version of the published package', () => {
    expect(checkOutput.$id).toBe(`https://unpkg.com/microcred@${version}/docs/schema/check-output.schema.json`);
  });

  test('the verdicts it lists are the library’s, plus nothing else', () => {
    const fileResult = (checkOutput.$defs as Record<string, Schema>).fileResult!;
    const verdict = (fileResult.properties as Record<string, Schema>).verdict!;
    expect(verdict.enum).toEqual(['compliant', 'compliant-with-warnings', 'non-compliant', 'invalid']);
  });
});
