// The pack linter: a typo in a declarative check is refused when the pack loads, with the rule,
// the field and what was meant; a TypeScript check's wrong message id is a type error, and at
// run time a rule failure, never another message.
import { describe, expect, test } from 'vitest';
import { definePack, defineRule, evaluate, loadPack, PackError, type DeclarativeCheck, type PackDefinition } from '../../src/index';
import { cite, proposal } from '../_helpers/proposals';

const pack = (rules: PackDefinition['rules'], extra: Partial<PackDefinition> = {}): PackDefinition => ({
  id: 'acme',
  name: 'ACME',
  version: '1.0.0',
  sources: [{ title: 'ACME policy' }],
  effective: [{ revision: 'r1' }],
  rules,
  ...extra,
});

const declarative = (check: DeclarativeCheck, messages: Record<string, string> = { m: 'Found.' }) => ({
  id: 'acme/r',
  title: 'r',
  severity: 'error' as const,
  citation: cite(),
  messages,
  check,
});

function problems(definition: PackDefinition): { code: string; path: string; message: string }[] {
  try {
    definePack(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems.map((p) => ({ code: p.code, path: p.path.join('.'), message: p.message }));
  }
  return [];
}

describe('paths are checked against the proposal model', () => {
  test('a misspelt var path is refused, with the field that was meant', () => {
    const found = problems(pack([declarative({ assert: { '>=': [{ count: [{ var: 'credential.learningOutcome' }] }, 2] } })]));
    expect(found).toEqual([{ code: 'unknown-path', path: 'rules.0.check.assert.>=.0.count.0.var', message: expect.stringContaining('Did you mean "credential.learningOutcomes"?') }]);
  });

  test('a misspelt each path, and each over a field that is not a list', () => {
    expect(problems(pack([declarative({ each: 'credential.learningOutcome', assert: true })])).map((p) => [p.code, p.path])).toEqual([['unknown-path', 'rules.0.check.each']]);
    expect(problems(pack([declarative({ each: 'credential.title', assert: true })])).map((p) => [p.code, p.path])).toEqual([['each-not-a-list', 'rules.0.check.each']]);
  });

  test('under each, item paths follow the list item, and index and proposal are known', () => {
    const ok = declarative({ each: 'credential.courses', assert: { and: [{ var: 'item.credits.value' }, { var: 'index' }, { var: 'proposal.credential.title' }] }, path: ['credits', 'value'] });
    expect(problems(pack([ok]))).toEqual([]);
    const found = problems(pack([declarative({ each: 'credential.courses', assert: { var: 'item.credit.value' }, path: ['credts'] })]));
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['unknown-path', 'rules.0.check.assert.var'],
      ['unknown-path', 'rules.0.check.path.0'],
    ]);
    expect(found[0]!.message).toContain('Did you mean "item.credits"?');
    expect(found[1]!.message).toContain('Did you mean "credits"?');
  });

  test('a misspelt finding path is refused', () => {
    const found = problems(pack([declarative({ assert: true, path: ['market', 'partnrs'] })]));
    expect(found).toEqual([{ code: 'unknown-path', path: 'rules.0.check.path.1', message: expect.stringContaining('Did you mean "market.partners"?') }]);
  });

  test('inside all, some, none, filter and map, var reads the list item', () => {
    const ok = declarative({ assert: { all: [{ var: 'credential.learningOutcomes' }, { hasText: [{ var: 'assessment.method' }] }] } });
    expect(problems(pack([ok]))).toEqual([]);
    const found = problems(pack([declarative({ assert: { some: [{ var: 'credential.learningOutcomes' }, { var: 'assesment' }] } })]));
    expect(found.map((p) => p.path)).toEqual(['rules.0.check.assert.some.1.var']);
  });

  test('extensions are free-form; list indexes, length and computed paths are allowed', () => {
    const ok = declarative({
      assert: { and: [{ var: 'extensions.acme.anything.at.all' }, { var: 'credential.courses.0.code' }, { var: 'credential.courses.length' }, { var: { cat: ['credential.', 'title'] } }, { var: '' }] },
    });
    expect(problems(pack([ok]))).toEqual([]);
  });

  test('route conditions are checked too', () => {
    const step = { id: 's', body: 'Senate', reason: 'r', citation: cite(), when: { some: [{ var: 'credential.course' }, true] } };
    expect(problems(pack([], { route: { steps: [step] } })).map((p) => [p.code, p.path])).toEqual([['unknown-path', 'route.steps.0.when.some.0.var']]);
  });
});

describe('operators and messages', () => {
  test('an operator with the wrong number of arguments is refused', () => {
    const found = problems(pack([declarative({ assert: { and: [{ count: [] }, { dateBefore: ['2020-01-01'] }, { '!': [true, false] }] } })]));
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['operator-arity', 'rules.0.check.assert.and.0.count'],
      ['operator-arity', 'rules.0.check.assert.and.1.dateBefore'],
      ['operator-arity', 'rules.0.check.assert.and.2.!'],
    ]);
  });

  test('a placeholder the check gives no data for is refused; one it does give is fine', () => {
    const found = problems(pack([declarative({ assert: true, data: { count: 1 } }, { m: 'Found {count} of {max}.' })]));
    expect(found).toEqual([{ code: 'unknown-placeholder', path: 'rules.0.messages.m', message: expect.stringContaining('{max}') }]);
  });

  test('an unknown message id is refused', () => {
    expect(problems(pack([declarative({ assert: true, messageId: 'nope' })])).map((p) => p.code)).toEqual(['unknown-message-id']);
  });

  test('loadPack lints declarative packs the same way', () => {
    const object = { ...pack([declarative({ assert: { var: 'credential.titel' } })]) };
    expect(() => loadPack(object)).toThrow(/Did you mean "credential\.title"\?/);
  });
});

describe('TypeScript checks', () => {
  test('a messageId that is not a key of messages does not compile', () => {
    defineRule({
      id: 'acme/typed',
      title: 't',
      severity: 'error',
      citation: cite(),
      messages: { tooMany: 'Too many.' },
      // @ts-expect-error: "tooMny" is not one of the rule's message ids
      check: () => ({ messageId: 'tooMny' }),
    });
  });

  test('a messageId the rule does not have is reported as a rule failure, not swapped', () => {
    const acme = definePack(
      pack([{ id: 'acme/r', title: 'r', severity: 'warning', citation: cite(), messages: { a: 'A.', b: 'B.' }, check: () => ({ messageId: 'c' }) }]),
    );
    const [violation, ...rest] = evaluate(proposal(), acme, { asOf: '2026-06-01' }).violations;
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ ruleId: 'acme/r', messageId: 'rule-failed', severity: 'error' });
  });
});
