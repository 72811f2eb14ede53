// Issue 16, item 4: pathway credits and award checks walk catalogs without recursion, in time
// linear in the catalog: an 8,000-credential stacking chain and micro-certificates nested
// 5,000 deep neither overflow the stack nor take quadratic time.
import { describe, expect, test } from 'vitest';
import { checkAward, checkCatalog, parseCredential, type Credential } from '../../src/index';
import { AS_OF } from './_support';

const CHAIN = 8_000;
const DEPTH = 5_000;

function credential(input: object): Credential {
  const result = parseCredential({ creditBearing: true, kind: 'micro-credential', ...input });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

/** c0 -> c1 -> ... each stacking into the next, each with one required course of one credit. */
function chain(length: number): Credential[] {
  return Array.from({ length }, (_, i) =>
    credential({
      id: `c${i}`,
      title: `Credential ${i}`,
      courses: [{ code: `C ${i}`, title: `Course ${i}`, credits: { value: 1, unit: 'us-credit-hour' }, required: true }],
      stacksInto: i + 1 < length ? [{ kind: 'credential', id: `c${i + 1}`, title: `Credential ${i + 1}` }] : [],
    }),
  );
}

/** m0 holds m1 holds m2 ... as parts, the innermost a badge with one workshop. */
function nesting(depth: number): Credential[] {
  return Array.from({ length: depth }, (_, i) =>
    i + 1 < depth
      ? credential({ id: `m${i}`, title: `Certificate ${i}`, kind: 'micro-certificate', creditBearing: false, theme: 'Depth', components: [{ credentialId: `m${i + 1}` }] })
      : credential({ id: `m${i}`, title: 'Badge', kind: 'digital-badge', creditBearing: false, experiences: [{ kind: 'workshop', title: 'Lab' }] }),
  );
}

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};

describe("checkCatalog with maxPathwayCredits", { timeout: 60_000 }, () => {
  test(`a chain of ${CHAIN.toLocaleString('en-US')} credentials: the pathway crosses the limit at the right credential`, () => {
    const catalog = chain(CHAIN);
    const [report, ms] = timed(() => checkCatalog(catalog, { maxPathwayCredits: CHAIN - 1 }));
    const over = report.violations.filter((v) => v.ruleId === 'catalog/pathway-credits');
    expect(over).toHaveLength(1);
    expect(over[0]!.pointer).toBe(`/${CHAIN - 1}/courses`);
    expect((over[0]!.data?.pathway as string[]).length).toBe(CHAIN);
    expect(over[0]!.data?.credits).toBe(CHAIN);
    expect(checkCatalog(catalog, { maxPathwayCredits: CHAIN }).violations.filter((v) => v.ruleId === 'catalog/pathway-credits')).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  test('linear: four times the chain takes far less than sixteen times as long', () => {
    const small = chain(CHAIN / 4);
    const large = chain(CHAIN);
    checkCatalog(small, { maxPathwayCredits: 1e9 }); // warm up
    const [, smallMs] = timed(() => checkCatalog(small, { maxPathwayCredits: 1e9 }));
    const [, largeMs] = timed(() => checkCatalog(large, { maxPathwayCredits: 1e9 }));
    expect(largeMs).toBeLessThan(Math.max(smallMs, 5) * 10);
  });

  test(`micro-certificates nested ${DEPTH.toLocaleString('en-US')} deep: parts' courses are counted`, () => {
    const parts = nesting(DEPTH);
    const withCourse = parts.map((c, i) =>
      i === DEPTH - 1 ? credential({ id: c.id, title: c.title, courses: [{ code: 'DEEP 1', title: 'Deep', credits: { value: 3, unit: 'us-credit-hour' }, required: true }] }) : c,
    );
    const report = checkCatalog(withCourse, { maxPathwayCredits: 2 });
    expect(report.violations.filter((v) => v.ruleId === 'catalog/pathway-credits').length).toBeGreaterThan(0);
  });
});

describe("checkAward with nested micro-certificates", { timeout: 60_000 }, () => {
  test(`${DEPTH.toLocaleString('en-US')} levels deep: earned when the innermost part is, not otherwise`, () => {
    const [outer, ...catalog] = nesting(DEPTH);
    const done = { learner: { id: 'S1' }, experiences: [{ kind: 'workshop', title: 'Lab', completedOn: '2026-01-10' }] };
    const [result, ms] = timed(() => checkAward(outer, done, { asOf: AS_OF, catalog }));
    expect(result.earned).toBe(true);
    expect(ms).toBeLessThan(10_000);
    const notDone = checkAward(outer, { learner: { id: 'S1' } }, { asOf: AS_OF, catalog });
    expect(notDone.earned).toBe(false);
    expect(notDone.unmet.map((v) => [v.ruleId, v.data?.credentialId])).toEqual([['award/missing-component', 'm1']]);
  });

  test('a part shared by many certificates is judged once (a diamond lattice)', () => {
    const levels = 24; // two certificates a level, each holding both of the next: 2^24 paths
    const catalog: Credential[] = [];
    for (let level = 0; level < levels; level++) {
      for (const side of ['l', 'r']) {
        const id = `${side}${level}`;
        catalog.push(
          level + 1 < levels
            ? credential({ id, title: id, kind: 'micro-certificate', creditBearing: false, theme: 'T', components: [{ credentialId: `l${level + 1}` }, { credentialId: `r${level + 1}` }] })
            : credential({ id, title: id, kind: 'digital-badge', creditBearing: false }),
        );
      }
    }
    const [result, ms] = timed(() => checkAward(catalog[0]!, { learner: { id: 'S1' } }, { asOf: AS_OF, catalog }));
    expect(result.earned).toBe(true);
    expect(ms).toBeLessThan(2_000);
  });
});
