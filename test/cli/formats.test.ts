// Every output format renders the same data: JSON against its shipped schema, SARIF 2.1.0 with
// rule metadata and a location per result, JUnit XML that parses, GitHub workflow commands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

const INPUTS = ['test/fixtures/cli/mixed', 'test/fixtures/cli/broken', '--as-of', '2026-11-01'];
const format = (name: string) => microcred(['check', ...INPUTS, '--format', name]);

describe('output formats', () => {
  test('json validates against docs/schema/check-output.schema.json', () => {
    const run = format('json');
    expect(run.code).toBe(2);
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/check-output.schema.json'), 'utf8')));
    const output = JSON.parse(run.stdout);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const errorsFile = output.results.find((r: { file: string }) => r.file.endsWith('b-errors.yaml'));
    expect(errorsFile.violations.map((v: { ruleId: string; line: number; column: number }) => [v.ruleId, v.line, v.column])).toEqual([
      ['suny/competency-based', 40, 3],
      ['suny/outcomes-assessed', 41, 3],
    ]);
    expect(errorsFile.route.stages[0].steps[0]).toMatchObject({ id: 'faculty-governance', status: 'current' });
  });

  test('sarif: 2.1.0, rules with metadata, a location per result', () => {
    const run = format('sarif');
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [{ tool, results }] = sarif.runs;
    expect(tool.driver.name).toBe('microcred');
    expect(tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ruleIds = tool.driver.rules.map((r: { id: string }) => r.id);
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).toEqual(expect.any(String));
      expect(tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(ruleIds).toContain(result.ruleId);
      expect(result.locations).toHaveLength(1);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^test\/fixtures\/cli\//);
    }
    const competency = tool.driver.rules.find((r: { id: string }) => r.id === 'suny/competency-based');
    expect(competency).toMatchObject({ shortDescription: { text: 'Names the competencies it certifies' }, defaultConfiguration: { level: 'error' } });
    expect(competency.fullDescription.text).toContain('suny-micro-credentials.txt');
    const located = results.find((r: { ruleId: string }) => r.ruleId === 'suny/competency-based');
    expect(located.locations[0].physicalLocation.region).toEqual({ startLine: 40, startColumn: 3 });
  });

  test('junit: well-formed XML, a suite per file, a test case per rule that ran, failures for errors', () => {
    const run = format('junit');
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(run.stdout);
    const suites = xml.testsuites.testsuite as { '@_name': string; '@_failures': string; '@_errors': string; testcase: { '@_name': string; failure?: unknown }[] }[];
    expect(suites).toHaveLength(9);
    const errors = suites.find((s) => s['@_name'].endsWith('b-errors.yaml'))!;
    expect(errors.testcase.length).toBe(14);
    expect(errors.testcase.filter((c) => c.failure).map((c) => c['@_name'])).toEqual(['suny/competency-based', 'suny/outcomes-assessed']);
    expect(errors['@_failures']).toBe('2');
    const malformed = suites.find((s) => s['@_name'].endsWith('malformed.yaml'))!;
    expect(malformed['@_errors']).toBe('1');
  });

  test('github: one workflow command per problem, with file, line and column', () => {
    const lines = format('github').stdout.trim().split('\n');
    expect(lines).toContain(
      '::error file=test/fixtures/cli/mixed/b-errors.yaml,line=40,col=3,title=suny/competency-based::Name at least one competency the credential certifies (credential.competencies).',
    );
    expect(lines.some((l) => l.startsWith('::warning file=test/fixtures/cli/mixed/a-warning-only.yaml'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=test/fixtures/cli/broken/unknown-pack.yaml,line=2,col=1,title=microcred unknown-pack::'))).toBe(true);
  });
});
