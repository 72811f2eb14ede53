// Declarative rules compiled ahead of time (renderPrecompiledChecks + definePack's
// `precompiled`): used only while they match the rule, and judging exactly as the compiled
// closures do. Their agreement with json-logic-js is tested in json-logic.test.ts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { definePack, evaluate, parseProposal, renderPrecompiledChecks, type Pack, type PackDefinition, type Rule, type RuleDefinition } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { loadPrecompiled } from '../_helpers/precompiled';
import { AS_OF, mutatedProposal, proposalCorpus, SEED } from '../robustness/_support';

const base = { name: 'Test', version: '1.0.0', sources: [{ title: 'Test policy' }], effective: [{ revision: 'r' }] } as const;
const rule = (id: string, check: RuleDefinition['check'], extra: Partial<RuleDefinition> = {}): RuleDefinition => ({
  id,
  title: id,
  severity: 'error',
  citation: { source: 'test-policy.md', passage: 'A passage.' },
  messages: { m: 'Failed {credits}.' },
  check,
  ...extra,
});

/** The same rule as its definition, so that it can be compiled again without generated code. */
function definitionOf(r: Rule): RuleDefinition {
  return rule(r.id, r.logic!, { title: r.title, severity: r.definedSeverity, messages: r.messages, ...(r.appliesTo && { appliesTo: r.appliesTo }) });
}

describe('built-in packs', () => {
  test.each(builtinPacks.map((p) => [p.id, p] as const))('%s: every rule in its generated module runs it', (_id, pack) => {
    const generated = Object.keys(loadPrecompiled(renderPrecompiledChecks(pack)));
    const own = pack.rules.filter((r) => r.packId === pack.id);
    expect(generated.length).toBeGreaterThan(0);
    expect(own.filter((r) => r.precompiled).map((r) => r.id)).toEqual(generated);
  });

  // Every rule that runs generated code, against the same rule compiled to closures, on every
  // proposal of the corpus and damaged copies of them.
  const precompiledRules = builtinPacks.flatMap((pack) => pack.rules.filter((r) => r.precompiled && r.packId === pack.id).map((r) => [pack, r] as const));
  const closures = new Map<string, Rule>();
  for (const [pack, r] of precompiledRules) {
    const again = definePack({ id: pack.id, ...base, frameworks: pack.frameworks.frameworks, rules: [definitionOf(r)] }).rules[0]!;
    expect(again.precompiled).toBeUndefined();
    closures.set(r.id, again);
  }
  const context = (pack: Pack) => ({ asOf: AS_OF, frameworks: pack.frameworks, pack: { id: pack.id, version: pack.version, revision: 'r' } });
  const same = (pack: Pack, r: Rule, input: unknown) => {
    const parsed = parseProposal(input);
    if (!parsed.success) return;
    expect(r.check(parsed.proposal, context(pack)), r.id).toEqual(closures.get(r.id)!.check(parsed.proposal, context(pack)));
  };

  test('generated code finds what the closures find, on the corpus', () => {
    const corpus = proposalCorpus();
    for (const [pack, r] of precompiledRules) for (const { proposal } of corpus) same(pack, r, proposal);
  });

  test('and on damaged proposals', () => {
    fc.assert(
      fc.property(mutatedProposal(proposalCorpus()), ({ proposal }) => {
        for (const [pack, r] of precompiledRules) same(pack, r, proposal);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('definePack({ precompiled })', () => {
  const definition: PackDefinition = {
    id: 'demo',
    ...base,
    rules: [
      rule('demo/max-credits', { assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, 12] }, data: { credits: { totalCredits: [{ var: 'credential.courses' }] } } }),
      rule('demo/outcome-assessed', { each: 'credential.learningOutcomes', assert: { hasText: [{ var: 'item.assessment.method' }] }, path: ['assessment'] }),
      rule('demo/some-nace', { assert: { some: [{ var: 'credential.competencies' }, { '==': [{ var: 'framework' }, 'nace'] }] } }),
    ],
  };
  const plain = definePack(definition);
  const source = renderPrecompiledChecks(plain);
  const precompiled = loadPrecompiled(source);
  const fast = definePack({ ...definition, precompiled });
  // A valid proposal from the corpus, made too big and with an outcome nobody assesses.
  const input = structuredClone(proposalCorpus().find((e) => (e.proposal as { credential?: { creditBearing?: boolean } }).credential?.creditBearing)!.proposal) as {
    policy: string;
    credential: { courses: unknown[]; learningOutcomes: { assessment?: unknown }[]; competencies: unknown[] };
  };
  input.policy = 'demo';
  input.credential.courses = [1, 2, 3, 4, 5].map((n) => ({ code: `C${n}`, title: `Course ${n}`, credits: { value: 3, unit: 'us-credit-hour' } }));
  delete input.credential.learningOutcomes[1]!.assessment;
  input.credential.competencies = [];

  test('the module holds the rules the generator covers, and only those', () => {
    expect(Object.keys(precompiled)).toEqual(['demo/max-credits', 'demo/outcome-assessed']);
    expect(source).toContain('import { truthy } from "microcred"');
    expect(source).not.toMatch(/\beval\b|new Function/);
    expect(fast.rules.map((r) => r.precompiled ?? false)).toEqual([true, true, false]);
  });

  test('violations are the same as without it, paths and data included', () => {
    const expected = evaluate(input, plain, { asOf: AS_OF });
    expect(expected.violations.map((v) => [v.ruleId, v.path.join('.'), v.data])).toEqual([
      ['demo/max-credits', '', { credits: 15 }],
      ['demo/outcome-assessed', 'credential.learningOutcomes.1.assessment', undefined],
      ['demo/some-nace', '', undefined],
    ]);
    expect(evaluate(input, fast, { asOf: AS_OF })).toEqual(expected);
  });

  test('a generated check that no longer matches its rule is not used', () => {
    const changed: PackDefinition = {
      ...definition,
      rules: [rule('demo/max-credits', { assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, 20] } }), ...definition.rules!.slice(1)],
    };
    const stale = definePack({ ...changed, precompiled });
    expect(stale.rules.map((r) => r.precompiled ?? false)).toEqual([false, true, false]);
    expect(evaluate(input, stale, { asOf: AS_OF }).violations.map((v) => v.ruleId)).toEqual(['demo/outcome-assessed', 'demo/some-nace']);
  });

  test('a generated check that fails to build is a pack error naming the rule', () => {
    const logic = precompiled['demo/max-credits']!.logic;
    const broken = { 'demo/max-credits': { logic, check: () => { throw new TypeError('o0 is not a function'); } } };
    expect(() => definePack({ ...definition, precompiled: broken })).toThrow(/precompiled\.demo\/max-credits.*o0 is not a function/s);
    expect(() => definePack({ ...definition, precompiled: { 'demo/max-credits': { logic, check: () => 'nope' } } as never })).toThrow(/did not make a check function/);
  });

  test('a precompiled entry that is not a check is a pack error', () => {
    expect(() => definePack({ ...definition, precompiled: { 'demo/max-credits': { logic: 'x', check: 'nope' } } as never })).toThrow(/precompiled/);
  });
});
