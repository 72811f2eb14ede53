// checkAward and checkCatalog judge data written by people: whatever they are given, they
// answer with violations, never throw, never change their input, and answer the same twice.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAward, checkCatalog, pathwaysToMermaid, type PathSegment } from '../../src/index';

const keys = fc.constantFrom('id', 'title', 'kind', 'creditBearing', 'courses', 'code', 'credits', 'grade', 'learner', 'evidence', 'components', 'stacksInto', 'credentialId', '__proto__', 'constructor');
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 8 }), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(keys, tie('value'), { maxKeys: 5 })),
})).value;

/** Whether a path leads into the value, or names a key missing from the object it ends at. */
function resolves(root: unknown, path: readonly PathSegment[]): boolean {
  let value: unknown = root;
  for (const [i, segment] of path.entries()) {
    if (value === null || typeof value !== 'object') return false;
    if (!Object.hasOwn(value, segment)) return i === path.length - 1;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return true;
}

describe('never throws', () => {
  test('checkAward on arbitrary values', () => {
    fc.assert(
      fc.property(json, json, (credential, learnerRecord) => {
        const before = JSON.stringify([credential, learnerRecord]);
        const result = checkAward(credential, learnerRecord, { asOf: '2026-06-01' });
        expect(checkAward(credential, learnerRecord, { asOf: '2026-06-01' })).toEqual(result);
        expect(JSON.stringify([credential, learnerRecord])).toBe(before);
        for (const v of result.unmet) if (v.ruleId.startsWith('schema/')) expect(resolves({ credential, learnerRecord }, v.path)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('checkCatalog and the Mermaid output on arbitrary lists', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 6 }), (credentials) => {
        const before = JSON.stringify(credentials);
        const report = checkCatalog(credentials);
        expect(checkCatalog(credentials)).toEqual(report);
        expect(pathwaysToMermaid(report.graph).startsWith('flowchart LR\n')).toBe(true);
        expect(JSON.stringify(credentials)).toBe(before);
        for (const v of report.violations) expect(resolves(credentials, v.path)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('checkCatalog on random stacking graphs: problems resolve, cycles close, levels rise along edges', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const credential = fc.record({
      id,
      title: fc.constantFrom('A', 'B'),
      kind: fc.constantFrom('micro-credential', 'digital-badge', 'micro-certificate'),
      creditBearing: fc.boolean(),
      courses: fc.array(fc.record({ code: fc.constantFrom('X 1', 'X 2', 'Y 3'), title: fc.constant('T'), credits: fc.record({ value: fc.integer({ min: 0, max: 6 }), unit: fc.constantFrom('us-credit-hour', 'ects') }) }), { maxLength: 2 }),
      stacksInto: fc.array(fc.oneof(fc.record({ kind: fc.constant('credential'), id, title: fc.constant('T') }), fc.record({ kind: fc.constant('degree'), title: fc.constantFrom('BS', 'MS') })), { maxLength: 2 }),
      components: fc.array(fc.record({ credentialId: fc.oneof(id, fc.constant('zz')) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(credential, { maxLength: 7 }), fc.integer({ min: 0, max: 12 }), (credentials, max) => {
        const report = checkCatalog(credentials, { maxPathwayCredits: max });
        for (const v of report.violations) expect(resolves(credentials, v.path)).toBe(true);
        const edges = new Set(report.graph.edges.map((e) => `${e.from}>${e.to}`));
        for (const cycle of report.graph.cycles) {
          expect(cycle[0]).toBe(cycle[cycle.length - 1]);
          for (let i = 1; i < cycle.length; i++) expect(edges.has(`${cycle[i - 1]}>${cycle[i]}`)).toBe(true);
        }
        const level = new Map(report.graph.nodes.map((n) => [n.id, n.level]));
        const reaches = (from: string, to: string) => {
          const seen = new Set([from]);
          const queue = [from];
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            for (const e of report.graph.edges) {
              if (e.from !== id || seen.has(e.to)) continue;
              seen.add(e.to);
              queue.push(e.to);
            }
          }
          return seen.has(to);
        };
        // Levels rise along every edge, except between credentials that stack into each other.
        for (const e of report.graph.edges) if (!reaches(e.to, e.from)) expect(level.get(e.to)!).toBeGreaterThan(level.get(e.from)!);
        expect(report.violations.some((v) => v.ruleId === 'catalog/cycle')).toBe(report.graph.cycles.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
