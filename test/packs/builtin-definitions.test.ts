import { describe, expect, it, vi } from 'vitest';

// The built-in packs skip definePack's check of the definition's shape at start-up
// (defineBuiltinPack): this is the check, run on every one of their definitions instead.
const seen = vi.hoisted(() => [] as string[]);
vi.mock('../../src/engine/define-builtin-pack', async () => {
  const { definePack } = await import('../../src/engine/define-pack');
  return {
    defineBuiltinPack: (definition: Parameters<typeof definePack>[0]) => {
      seen.push(definition.id);
      // The full definePack: it throws a PackError listing every problem of the definition.
      return definePack(definition);
    },
  };
});

describe('the built-in packs', () => {
  it('have definitions that pass the pack definition schema', async () => {
    const { builtinPacks } = await import('../../policies/index');
    expect(seen.sort()).toEqual(['binghamton', 'fiu', 'suny', 'ub']);
    // eu is loaded from its data with loadPack, which checks it.
    expect(builtinPacks.map((p) => p.id).sort()).toEqual([...seen, 'eu'].sort());
  });

  it('are the packs definePack makes of the same definitions', async () => {
    const { suny } = await import('../../policies/index');
    const { definePack } = await import('../../src/engine/define-pack');
    const { defineBuiltinPack } = await vi.importActual<typeof import('../../src/engine/define-builtin-pack')>('../../src/engine/define-builtin-pack');
    const definition = { id: 'x', name: 'X', version: '1.0.0', sources: [{ title: 'X' }], effective: [{ revision: 'r' }], extends: suny };
    expect(JSON.stringify(defineBuiltinPack(definition))).toBe(JSON.stringify(definePack(definition)));
  });
});
