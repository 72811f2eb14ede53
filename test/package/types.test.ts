// What a TypeScript user sees: literal ids that complete and reject typos, and named types in
// hovers. The type-level assertions below are checked by `npm run typecheck` (tsc includes
// test/); the hover test asks the compiler about the built declarations, as an editor does.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import type { BuiltinPackId, BuiltinRuleId, Proposal, RuleId, Violation } from '../../src/index';
import { builtinPackLoaders, isBuiltinPackId } from '../../policies/index';
import { requireBuild } from '../_helpers/built';
import { ROOT } from '../_helpers/files';

describe('literal ids', () => {
  test('a typo in a built-in rule or pack id does not compile', () => {
    const ok: BuiltinRuleId = 'binghamton/min-two-courses';
    // @ts-expect-error: "coursse" is not a rule of a built-in pack
    const typo: BuiltinRuleId = 'binghamton/min-two-coursse';
    // @ts-expect-error: no built-in pack is called "binghamtn"
    const pack: BuiltinPackId = 'binghamtn';
    expectTypeOf<'binghamton/min-two-coursse'>().not.toExtend<BuiltinRuleId>();
    expectTypeOf<'binghamton/max-credits'>().toExtend<BuiltinRuleId>();
    expect([ok, typo, pack]).toHaveLength(3);
  });

  test('rule ids still take custom packs’ ids, and violations carry them', () => {
    expectTypeOf<'acme/capstone'>().toExtend<RuleId>();
    expectTypeOf<Violation['ruleId']>().toEqualTypeOf<RuleId>();
    // The literal ids stay visible in the union (what editors complete).
    expectTypeOf<BuiltinRuleId>().toExtend<RuleId>();
  });

  test('builtinPackLoaders is keyed by the built-in ids', async () => {
    expectTypeOf(builtinPackLoaders).toHaveProperty('binghamton');
    // @ts-expect-error: no such pack, so no loader
    expect(builtinPackLoaders.binghamtn).toBeUndefined();
    expectTypeOf<keyof typeof builtinPackLoaders>().toEqualTypeOf<BuiltinPackId>();
    expect(Object.keys(builtinPackLoaders).sort()).toEqual(['binghamton', 'eu', 'fiu', 'suny', 'ub']);
    expect(isBuiltinPackId('ub')).toBe(true);
    expect(isBuiltinPackId('toString')).toBe(false);
    expect((await builtinPackLoaders.binghamton()).id).toBe('binghamton');
  });

  test('Proposal is an interface whose credential is a Credential', () => {
    expectTypeOf<Proposal['credential']['courses'][number]['code']>().toEqualTypeOf<string>();
  });
});

describe('hovers over the built declarations', () => {
  let project: string;

  beforeAll(() => {
    requireBuild();
    project = mkdtempSync(join(tmpdir(), 'microcred-hover-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'microcred'), 'dir');
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  test.each(['node16', 'node10'] as const)('name Proposal, Credential, Course and LearnerRecord (moduleResolution %s)', (resolution) => {
    const file = join(project, `hover-${resolution}.ts`);
    writeFileSync(
      file,
      [
        "import { parseProposal, parseLearnerRecord } from 'microcred';",
        "import { builtinPackLoaders } from 'microcred/packs';",
        "import { checkFile } from 'microcred/node';",
        'const parsed = parseProposal({});',
        'const record = parseLearnerRecord({});',
        'if (parsed.success && record.success) {',
        '  const proposal = parsed.proposal;',
        '  const credential = proposal.credential;',
        '  const course = credential.courses[0];',
        '  const learner = record.record;',
        '  const loaders = builtinPackLoaders;',
        '  const check = checkFile;',
        '}',
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      module: resolution === 'node16' ? ts.ModuleKind.Node16 : ts.ModuleKind.CommonJS,
      moduleResolution: resolution === 'node16' ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.Node10,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
    const checker = program.getTypeChecker();
    const hovers: Record<string, string> = {};
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) hovers[node.name.text] = checker.typeToString(checker.getTypeAtLocation(node.name));
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
    expect(hovers).toMatchObject({ proposal: 'Proposal', credential: 'Credential', course: 'Course', learner: 'LearnerRecord' });
    expect(hovers.loaders).toMatch(/binghamton/);
  }, 60_000);
});
