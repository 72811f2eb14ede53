// SARIF output validates against the official SARIF 2.1.0 schema, and JUnit output follows the
// rules of junit-10.xsd (both vendored in test/fixtures/standards, see its README). File names
// that break URIs (spaces, %, #, absolute paths) become %SRCROOT%-relative, percent-encoded URIs.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const STANDARDS = join(ROOT, 'test/fixtures/standards');
const AS_OF = ['--as-of', '2026-11-01'];
const MULTI_PACK = ['--pack', 'suny', '--pack', 'test/fixtures/packs/standards/pack.yaml'];

// A repository whose file names need encoding in a URI.
const repo = mkdtempSync(join(tmpdir(), 'microcred-standards-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
mkdirSync(join(repo, 'odd names'));
copyFileSync(join(ROOT, 'test/fixtures/cli/mixed/b-errors.yaml'), join(repo, 'odd names', '50% #1 ?.yaml'));
copyFileSync(join(ROOT, 'test/fixtures/cli/mixed/a-warning-only.yaml'), join(repo, 'warn.yaml'));
copyFileSync(join(ROOT, 'test/fixtures/cli/broken/malformed.yaml'), join(repo, 'malformed.yaml'));

describe('SARIF 2.1.0', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(STANDARDS, 'sarif-schema-2.1.0.json'), 'utf8')));

  test('the output of a run with violations, warnings and unreadable files validates', () => {
    const run = microcred(['check', 'test/fixtures/cli/mixed', 'test/fixtures/cli/broken', ...AS_OF, '-f', 'sarif']);
    expect(run.code).toBe(2);
    const sarif = JSON.parse(run.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('a failing --max-warnings run says so in a tool execution notification, and validates', () => {
    const run = microcred(['check', 'test/fixtures/cli/mixed/a-warning-only.yaml', ...AS_OF, '-f', 'sarif', '--max-warnings', '0']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'error', descriptor: { id: 'max-warnings' } });
  });

  test('URIs are relative to %SRCROOT%, percent-encoded, for relative and absolute inputs alike', () => {
    for (const input of ['.', repo]) {
      const run = microcred(['check', input, ...AS_OF, '-f', 'sarif'], {}, repo);
      expect(run.code).toBe(2);
      const sarif = JSON.parse(run.stdout);
      expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
      const [theRun] = sarif.runs;
      expect(theRun.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo.split('/').map(encodeURIComponent).join('/')}/`);
      const locations = theRun.results.map((r: { locations: { physicalLocation: { artifactLocation: object } }[] }) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation));
      const uris = [...new Set<string>(locations)].map((text) => JSON.parse(text));
      expect(uris).toEqual(
        expect.arrayContaining([
          { uri: 'odd%20names/50%25%20%231%20%3F.yaml', uriBaseId: '%SRCROOT%' },
          { uri: 'warn.yaml', uriBaseId: '%SRCROOT%' },
          { uri: 'malformed.yaml', uriBaseId: '%SRCROOT%' },
        ]),
      );
      expect(uris).toHaveLength(3);
    }
  });

  test('judged by several packs: one run whose rules are every pack\'s, each result naming its pack; it validates', () => {
    const run = microcred(['check', 'test/fixtures/cli/clean/compliant.yaml', 'test/fixtures/cli/mixed/b-errors.yaml', ...MULTI_PACK, ...AS_OF, '-f', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    const [{ tool, results }] = sarif.runs;
    const rules = tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['suny/competency-based', 'standards/three-outcomes', 'standards/employer-partner']));
    expect(rules.find((r) => r.id === 'standards/three-outcomes')!.shortDescription.text).toBe('States at least three learning outcomes');
    for (const result of results as { ruleId: string; properties: { pack: string } }[]) {
      expect(result.properties.pack).toBe(result.ruleId.startsWith('standards/') ? 'standards' : 'suny');
    }
  });

  test('rules carry help text and a helpUri: the built-in pack README row, or the citation URL a pack gives', () => {
    const run = microcred(['check', 'test/fixtures/cli/mixed', ...AS_OF, '-f', 'sarif']);
    const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules as { id: string; help: { text: string }; helpUri?: string }[];
    const competency = rules.find((r) => r.id === 'suny/competency-based')!;
    expect(competency.help.text).toContain('Names the competencies it certifies');
    expect(competency.help.text).toContain('suny-micro-credentials.txt');
    expect(competency.helpUri).toMatch(/^https:\/\/github\.com\/microcred\/microcred\/blob\/v\d+\.\d+\.\d+\/policies\/suny\/README\.md#rule-suny-competency-based$/);
    const readme = readFileSync(join(ROOT, 'policies/suny/README.md'), 'utf8');
    expect(readme).toContain('<a id="rule-suny-competency-based"></a>');
    for (const rule of rules) expect(rule.help.text).not.toBe('');
  });
});

// ---- JUnit: the rules of junit-10.xsd, read from the schema itself ----

interface ElementRule {
  readonly attributes: Map<string, { required: boolean; type: string }>;
  readonly children: Set<string>;
  readonly text: boolean;
}

type XsdNode = Record<string, unknown>;

function xsdRules(): Map<string, ElementRule> {
  const xsd = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute }).parse(readFileSync(join(STANDARDS, 'junit-10.xsd'), 'utf8'));
  const schema = xsd['xs:schema'][0] as XsdNode;
  const named = new Map<string, XsdNode>();
  for (const type of (schema['xs:complexType'] ?? []) as XsdNode[]) named.set(type.name as string, type);
  const collect = (node: XsdNode, rule: { attributes: ElementRule['attributes']; children: Set<string> }) => {
    for (const attribute of (node['xs:attribute'] ?? []) as XsdNode[]) rule.attributes.set(attribute.name as string, { required: attribute.use === 'required', type: (attribute.type as string) ?? 'xs:string' });
    for (const element of (node['xs:element'] ?? []) as XsdNode[]) rule.children.add((element.ref ?? element.name) as string);
    for (const group of ['xs:sequence', 'xs:choice'] as const) for (const inner of (node[group] ?? []) as XsdNode[]) collect(inner, rule);
  };
  const rules = new Map<string, ElementRule>();
  for (const element of (schema['xs:element'] ?? []) as XsdNode[]) {
    const rule = { attributes: new Map(), children: new Set<string>(), text: false };
    const type = element.type as string | undefined;
    const complex = type === undefined ? ((element['xs:complexType'] as XsdNode[] | undefined)?.[0] ?? {}) : named.get(type);
    if (complex) {
      collect(complex, rule);
      rule.text = complex.mixed === 'true';
    } else {
      rule.text = type === 'xs:string';
    }
    rules.set(element.name as string, rule);
  }
  return rules;
}

const SUREFIRE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

/** Every problem of an XML document (preserveOrder form) against the schema's element rules. */
function xsdProblems(nodes: unknown[], rules: Map<string, ElementRule>, parent?: string): string[] {
  const problems: string[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ':@')!;
    if (name === '?xml') continue;
    if (name === '#text') {
      if (parent && !rules.get(parent)!.text && String(node['#text']).trim() !== '') problems.push(`text inside <${parent}>`);
      continue;
    }
    const rule = rules.get(name);
    if (!rule) {
      problems.push(`<${name}> is not an element of the schema`);
      continue;
    }
    if (parent === undefined && name !== 'testsuites' && name !== 'testsuite') problems.push(`<${name}> as the root`);
    if (parent !== undefined && !rules.get(parent)!.children.has(name)) problems.push(`<${name}> inside <${parent}>`);
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    for (const [key, value] of Object.entries(attributes)) {
      const declared = rule.attributes.get(key.slice(2));
      if (!declared) problems.push(`<${name}> has attribute ${key.slice(2)}, which the schema does not declare`);
      else if (declared.type === 'SUREFIRE_TIME' && !SUREFIRE_TIME.test(value)) problems.push(`<${name} ${key.slice(2)}="${value}"> is not a SUREFIRE_TIME`);
    }
    for (const [key, declared] of rule.attributes) if (declared.required && !(`@_${key}` in attributes)) problems.push(`<${name}> lacks ${key}`);
    problems.push(...xsdProblems(node[name] as unknown[], rules, name));
  }
  return problems;
}

describe('JUnit (junit-10.xsd)', () => {
  const rules = xsdRules();
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });
  const attributes = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name) });

  test('the schema rules were read (a test that reads nothing checks nothing)', () => {
    expect(rules.get('testsuite')!.attributes.get('tests')).toEqual({ required: true, type: 'xs:string' });
    expect(rules.get('testsuites')!.children).toEqual(new Set(['testsuite']));
    expect(rules.get('testcase')!.children.has('failure')).toBe(true);
    expect(xsdProblems(parser.parse('<testsuites><testsuite name="a"><bogus/></testsuite></testsuites>'), rules)).toEqual([
      '<testsuite> lacks tests',
      '<testsuite> lacks failures',
      '<testsuite> lacks errors',
      '<bogus> is not an element of the schema',
    ]);
  });

  test('judged by several packs: a suite per pack for each file, named after the file and the pack; valid', () => {
    const run = microcred(['check', 'test/fixtures/cli/clean/compliant.yaml', 'test/fixtures/cli/broken/malformed.yaml', ...MULTI_PACK, ...AS_OF, '-f', 'junit']);
    expect(xsdProblems(parser.parse(run.stdout), rules)).toEqual([]);
    const xml = attributes.parse(run.stdout);
    const suites = xml.testsuites.testsuite as Record<string, string & unknown>[];
    expect(suites.map((s) => [s['@_name'], s['@_file'], s['@_failures']])).toEqual([
      ['test/fixtures/cli/broken/malformed.yaml', 'test/fixtures/cli/broken/malformed.yaml', '0'],
      ['test/fixtures/cli/clean/compliant.yaml (suny)', 'test/fixtures/cli/clean/compliant.yaml', '0'],
      ['test/fixtures/cli/clean/compliant.yaml (standards)', 'test/fixtures/cli/clean/compliant.yaml', '2'],
    ]);
    const cases = (suites[2]!.testcase as unknown as { '@_name': string }[]).map((c) => c['@_name']);
    expect(cases).toEqual(['standards/three-outcomes', 'standards/employer-partner']);
    const sum = (key: string) => suites.reduce((total, suite) => total + Number(suite[`@_${key}`]), 0);
    expect(xml.testsuites['@_tests']).toBe(String(sum('tests')));
    expect(xml.testsuites['@_failures']).toBe(String(sum('failures')));
  });

  test.each([
    ['violations, warnings and unreadable files', ['test/fixtures/cli/mixed', 'test/fixtures/cli/broken']],
    ['a run failing on --max-warnings', ['test/fixtures/cli/mixed/a-warning-only.yaml', '--max-warnings', '0']],
  ])('%s: valid, with file, totals and time on <testsuites>, warnings as failures', (_name, args) => {
    const run = microcred(['check', ...args, ...AS_OF, '-f', 'junit']);
    expect(xsdProblems(parser.parse(run.stdout), rules)).toEqual([]);
    const xml = attributes.parse(run.stdout);
    const suites = xml.testsuites.testsuite as Record<string, string & unknown>[];
    const sum = (key: string) => suites.reduce((total, suite) => total + Number(suite[`@_${key}`]), 0);
    expect(xml.testsuites['@_tests']).toBe(String(sum('tests')));
    expect(xml.testsuites['@_failures']).toBe(String(sum('failures')));
    expect(xml.testsuites['@_errors']).toBe(String(sum('errors')));
    expect(xml.testsuites['@_time']).toMatch(/^\d+\.\d{3}$/);
    const warned = suites.find((s) => String(s['@_name']).endsWith('a-warning-only.yaml'))!;
    expect(warned['@_file']).toBe('test/fixtures/cli/mixed/a-warning-only.yaml');
    const stackable = (warned.testcase as unknown as { '@_name': string; failure?: { '@_type': string; '#text': string }[] }[]).find((c) => c['@_name'] === 'suny/stackable')!;
    expect(stackable.failure![0]!['@_type']).toBe('warning');
    expect(stackable.failure![0]!['#text']).toMatch(/^test\/fixtures\/cli\/mixed\/a-warning-only\.yaml:91:3: warning: /);
  });
});
