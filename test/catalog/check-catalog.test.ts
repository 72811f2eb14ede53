import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCatalog, InvalidOptionError, parseCredential, pathways, type Credential } from '../../src/index';
import { ROOT, listFiles, readData } from '../_helpers/files';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'catalog');

/** The credentials of a fixture directory, as the CLI reads them. */
function catalogIn(dir: string): unknown[] {
  return listFiles(join(FIXTURES, dir), /\.(ya?ml|json)$/).flatMap((file) => {
    const data = readData(join(FIXTURES, dir, file));
    if (Array.isArray(data)) return data;
    return data !== null && typeof data === 'object' && 'credential' in data ? [data.credential] : [data];
  });
}

function credential(input: object): Credential {
  const result = parseCredential({ creditBearing: false, ...input });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

const found = (report: ReturnType<typeof checkCatalog>) => report.violations.map((v) => `${v.ruleId} ${v.pointer}`);

describe('a three-level stack: badge -> micro-credential -> micro-certificate -> degree', () => {
  const report = checkCatalog(catalogIn('stack'));

  test('has no problems', () => {
    expect(report.violations).toEqual([]);
    expect(report.summary).toEqual({ credentials: 4, invalid: 0, errors: 0, warnings: 0 });
  });

  test('stacks level by level up to a degree and a registered certificate', () => {
    const graph = report.graph;
    expect(graph.nodes.map((n) => [n.id, n.kind, n.level])).toEqual([
      ['data-storytelling-mc', 'credential', 0],
      ['python-basics-badge', 'credential', 0],
      ['data-analytics-mc', 'credential', 1],
      ['data-science-cert', 'credential', 2],
      ['degree:bs-in-data-science', 'degree', 3],
      ['registered-certificate:advanced-certificate-in-analytics', 'registered-certificate', 3],
    ]);
    expect(graph.edges.map((e) => [e.from, e.to, e.via])).toEqual([
      ['data-analytics-mc', 'data-science-cert', ['component', 'stacks-into']],
      ['data-science-cert', 'degree:bs-in-data-science', ['stacks-into']],
      ['data-science-cert', 'registered-certificate:advanced-certificate-in-analytics', ['stacks-into']],
      ['data-storytelling-mc', 'data-science-cert', ['component']],
      ['python-basics-badge', 'data-analytics-mc', ['stacks-into']],
    ]);
    expect(graph.roots).toEqual(['data-storytelling-mc', 'python-basics-badge']);
    expect(graph.cycles).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'data-storytelling-mc')?.credits).toBe(3);
  });

  test('a pathway limit counts each course once along the way, parts of a certificate included', () => {
    // python badge (0) -> analytics (7) -> certificate (7 + storytelling 3 = 10)
    expect(checkCatalog(catalogIn('stack'), { maxPathwayCredits: 10 }).violations).toEqual([]);
    const over = checkCatalog(catalogIn('stack'), { maxPathwayCredits: 9 });
    expect(found(over)).toEqual(['catalog/pathway-credits /1/courses', 'catalog/pathway-credits /1/courses']);
    expect(over.violations.map((v) => v.data?.pathway)).toEqual([
      ['data-storytelling-mc', 'data-science-cert'],
      ['python-basics-badge', 'data-analytics-mc', 'data-science-cert'],
    ]);
    expect(over.violations[0]!.data).toMatchObject({ credits: 10, max: 9, unit: 'us-credit-hour' });
    const ects = checkCatalog(catalogIn('stack'), { maxPathwayCredits: { value: 18, unit: 'ects' } });
    expect(ects.violations[0]!.data).toMatchObject({ credits: 20, max: 18, unit: 'ects' });
  });

  test('a malformed limit is a caller mistake', () => {
    expect(() => checkCatalog([], { maxPathwayCredits: -1 })).toThrow(InvalidOptionError);
    expect(() => checkCatalog([], { maxPathwayCredits: { value: 3, unit: 'hours' } as never })).toThrow(InvalidOptionError);
  });

  test('input order does not change the graph', () => {
    const credentials = catalogIn('stack');
    expect(pathways(report.credentials)).toEqual(report.graph);
    const reversed = checkCatalog([...credentials].reverse()).graph;
    const strip = (g: typeof reversed) => ({ ...g, edges: g.edges.map(({ source: _source, ...e }) => e) });
    expect(strip(reversed)).toEqual(strip(report.graph));
  });
});

describe('catalog problems', () => {
  const report = checkCatalog(catalogIn('broken'));

  test('a cycle, a dangling target, a duplicate id, a missing part and an unrelated part', () => {
    // Files in name order: certificate.yaml (0), cycle.yaml (1, 2), dangling.yaml (3), duplicate.yaml (4).
    expect(found(report)).toEqual([
      'catalog/unrelated-component /0/components/1',
      'catalog/missing-component /0/components/2/credentialId',
      'catalog/cycle /1/stacksInto/0',
      'catalog/dangling-target /3/stacksInto/0/id',
      'catalog/duplicate-id /4/id',
    ]);
    const bySeverity = Object.fromEntries(report.violations.map((v) => [v.ruleId, v.severity]));
    expect(bySeverity).toEqual({
      'catalog/missing-component': 'error',
      'catalog/unrelated-component': 'warning',
      'catalog/cycle': 'error',
      'catalog/dangling-target': 'error',
      'catalog/duplicate-id': 'error',
    });
    expect(report.summary).toEqual({ credentials: 5, invalid: 0, errors: 4, warnings: 1 });
  });

  test('the cycle is named from its smallest id around and back', () => {
    expect(report.graph.cycles).toEqual([['leadership-badge', 'leadership-mc', 'leadership-badge']]);
    const cycle = report.violations.find((v) => v.ruleId === 'catalog/cycle')!;
    expect(cycle.data).toEqual({ cycle: ['leadership-badge', 'leadership-mc', 'leadership-badge'], path: 'leadership-badge -> leadership-mc -> leadership-badge' });
  });

  test('the dangling target and the missing part are nodes of kind "missing"', () => {
    const missing = report.graph.nodes.filter((n) => n.kind === 'missing').map((n) => n.id);
    expect(missing).toEqual(['negotiation-badge', 'research-methods-cert']);
  });

  test('a self-loop, a target without id, an empty certificate without a theme', () => {
    const result = checkCatalog([
      credential({ id: 'loop', title: 'Loop', kind: 'digital-badge', stacksInto: [{ kind: 'credential', id: 'loop', title: 'Itself' }] }),
      credential({ id: 'vague', title: 'Vague', kind: 'digital-badge', stacksInto: [{ kind: 'credential', title: 'Something bigger' }] }),
      credential({ id: 'empty-cert', title: 'Empty', kind: 'micro-certificate' }),
    ]);
    expect(found(result)).toEqual([
      'catalog/cycle /0/stacksInto/0',
      'catalog/target-without-id /1/stacksInto/0',
      'catalog/no-components /2/components',
      'catalog/no-theme /2/theme',
    ]);
    expect(result.graph.cycles).toEqual([['loop', 'loop']]);
  });

  test('parts are related through the NACE 2017 -> 2021 crosswalk, or through a shared theme', () => {
    const certificate = credential({
      id: 'cert',
      title: 'Cert',
      kind: 'micro-certificate',
      metaCompetency: 'Communication',
      components: [{ credentialId: 'a' }, { credentialId: 'b' }, { credentialId: 'c' }],
    });
    const a = credential({ id: 'a', title: 'A', kind: 'digital-badge', competencies: [{ framework: 'nace', version: '2017', code: 'oral-written-communications' }] });
    const b = credential({ id: 'b', title: 'B', kind: 'digital-badge', competencies: [{ framework: 'nace', version: '2017', code: 'leadership' }] });
    const c = credential({ id: 'c', title: 'C', kind: 'digital-badge', competencies: [{ framework: 'nace', version: '2021', code: 'leadership' }] });
    // a meets the meta-competency by the 2021 label; b and c share leadership across versions.
    expect(checkCatalog([certificate, a, b, c]).violations).toEqual([]);
    const d = credential({ id: 'c', title: 'D', kind: 'digital-badge', competencies: [{ framework: 'nace', version: '2021', code: 'technology' }] });
    expect(found(checkCatalog([certificate, a, b, d]))).toEqual(['catalog/unrelated-component /0/components/1', 'catalog/unrelated-component /0/components/2']);
  });

  test('malformed entries are reported under their index and left out of the graph', () => {
    const result = checkCatalog([{ id: 'ok', title: 'OK', kind: 'digital-badge', creditBearing: false }, { id: 'bad', title: 'Bad', kind: 'badge' }, 42]);
    expect(result.summary).toMatchObject({ credentials: 3, invalid: 2 });
    expect(found(result)).toEqual(['schema/required /1/creditBearing', 'schema/invalid-value /1/kind', 'schema/invalid-type /2']);
    expect(result.violations[1]!.message.startsWith('/1/kind')).toBe(true);
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['ok']);
  });

  test('never throws on what it is given', () => {
    for (const input of [null, undefined, 'catalog', {}, [null], [[]], [{ __proto__: { id: 'x' } }]]) {
      expect(() => checkCatalog(input as never)).not.toThrow();
    }
    expect(found(checkCatalog('catalog' as never))).toEqual(['schema/invalid-type ']);
  });
});

describe('checkCatalog(credentials, pack)', () => {
  test('a pack alone is short for { pack }', async () => {
    const { binghamton } = await import('../../policies/index');
    const catalog = [{ id: 'solo', title: 'Solo badge', kind: 'digital-badge', creditBearing: false }];
    expect(checkCatalog(catalog, binghamton)).toEqual(checkCatalog(catalog, { pack: binghamton }));
  });
});
