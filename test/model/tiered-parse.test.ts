// When parsing switches from zod's interpreter to zod's compiled parser, and when it must not.
// Each test loads a fresh copy of the library, so each starts cold.
import * as z from 'zod/mini';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { proposal } from '../_helpers/proposals';
import { countGeneratedParsers } from './_generated-code';

async function freshLibrary() {
  vi.resetModules();
  const library = await import('../../src/index');
  const { COMPILE_AFTER } = await import('../../src/model/_lib/tiered-parser');
  return { ...library, COMPILE_AFTER };
}

const input = proposal({ courses: [{ code: 'CQS 301', title: ' Data Visualisation ', credits: { value: 4, unit: 'us-credit-hour' } }] });

afterEach(() => {
  z.config({ jitless: undefined });
  vi.unstubAllGlobals();
});

describe('tiered parsing', () => {
  test('a one-file run never compiles; a many-file run compiles once, and the results do not change', async () => {
    const { parseProposal, COMPILE_AFTER } = await freshLibrary();
    const cold = countGeneratedParsers(() => Array.from({ length: COMPILE_AFTER }, () => parseProposal(input)));
    expect(cold.generated).toBe(0);
    const hot = countGeneratedParsers(() => Array.from({ length: 5 }, () => parseProposal(input)));
    expect(hot.generated).toBeGreaterThan(0);
    const again = countGeneratedParsers(() => parseProposal(input));
    expect(again.generated).toBe(0);
    for (const result of [...hot.result, again.result]) expect(result).toStrictEqual(cold.result[0]);
    expect(cold.result[0]).toMatchObject({ success: true, proposal: { credential: { courses: [{ title: 'Data Visualisation', status: 'existing', required: true }] } } });
    // An input the compiled parser refuses goes back to the interpreter for its issues.
    const bad = parseProposal({ ...input, schemaVersion: 2 });
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.issues.map((i) => [i.ruleId, i.pointer])).toEqual([['schema/invalid-value', '/schemaVersion']]);
  });

  test('credentials and learner records are compiled on their own count', async () => {
    const { parseCredential, parseLearnerRecord, COMPILE_AFTER } = await freshLibrary();
    const credential = { id: 'b1', title: 'Teamwork badge', kind: 'digital-badge', creditBearing: false };
    const record = { learner: { id: 'B00123456' } };
    const run = countGeneratedParsers(() => {
      for (let i = 0; i <= COMPILE_AFTER; i++) {
        expect(parseCredential(credential).success).toBe(true);
        expect(parseLearnerRecord(record).success).toBe(true);
      }
    });
    expect(run.generated).toBeGreaterThanOrEqual(2);
  });

  test("zod's own switch, z.config({ jitless: true }), keeps parsing interpreted", async () => {
    const { parseProposal, COMPILE_AFTER } = await freshLibrary();
    z.config({ jitless: true });
    const run = countGeneratedParsers(() => Array.from({ length: COMPILE_AFTER * 2 }, () => parseProposal(input)));
    expect(run.generated).toBe(0);
    expect(run.result.every((r) => r.success)).toBe(true);
  });

  test('a page (a global document) never generates code: its Content-Security-Policy may forbid it', async () => {
    const { parseProposal, COMPILE_AFTER } = await freshLibrary();
    vi.stubGlobal('document', {});
    const run = countGeneratedParsers(() => Array.from({ length: COMPILE_AFTER * 2 }, () => parseProposal(input)));
    expect(run.generated).toBe(0);
  });

  test('where generating code throws, parsing stays interpreted and correct', async () => {
    const { parseProposal, COMPILE_AFTER } = await freshLibrary();
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct() {
        throw new EvalError('Code generation from strings disallowed for this context');
      },
    });
    try {
      const results = Array.from({ length: COMPILE_AFTER * 2 }, () => parseProposal(input));
      expect(results.every((r) => r.success)).toBe(true);
      expect(results.at(-1)).toStrictEqual(results[0]);
    } finally {
      globalThis.Function = original;
    }
  });
});
