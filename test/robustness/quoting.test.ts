// Issue 16, items 2, 5 and 6: messages about files name positions and keys, never content (a
// path may be a link to a secret, and CI logs are public); .json files follow JSON's rules;
// line ends of every kind count; and the alias limit counts aliases, not "&" characters.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PackError } from '../../src/index';
import { loadPackFile, parseDataText, readDataFile } from '../../src/node/index';
import { microcred } from '../_helpers/run-cli';
import { AS_OF } from './_support';

const SECRET = 'SECRET_TOKEN=abc123';
const isWindows = process.platform === 'win32';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'microcred-quoting-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const messagesOf = (text: string, format: 'json' | 'yaml') => parseDataText(text, { format }).errors.map((e) => e.message).join('\n');

describe('parse errors do not quote the file', () => {
  test.each([
    ['a secret over two lines', `SECRET_TOKEN\n=abc123`],
    ['a secret after a newline in the snippet V8 quotes', `{"a":\n SECRET_TOKEN=abc123\n}`],
    ['a secret in a string with a raw newline', `{"a": "SECRET_TOKEN\n=abc123"}`],
    ['a secret after valid JSON', `{"a": 1}\n${SECRET}`],
  ])('JSON: %s', (_name, text) => {
    const [error] = parseDataText(text, { format: 'json' }).errors;
    expect(error!.code).toBe('parse-error');
    expect(error!.message).not.toMatch(/SECRET|abc123/);
    expect(error!.line).toEqual(expect.any(Number));
    expect(error!.column).toEqual(expect.any(Number));
  });

  test('a duplicate key names the key (escaped, truncated), not the line', () => {
    const [error] = parseDataText(`a: 1\nkey: ${SECRET}\nkey: again\n`).errors;
    expect(error).toEqual(expect.objectContaining({ code: 'duplicate-key', line: 3, column: 1 }));
    expect(error!.message).toContain('"key"');
    expect(error!.message).not.toMatch(/SECRET|abc123|again/);
    const long = parseDataText(`${'k'.repeat(100)}\u001b: 1\n${'k'.repeat(100)}\u001b: 2\n`).errors[0]!;
    expect(long.message).not.toContain('k'.repeat(41));
    expect(long.message).not.toContain('\u001b');
  });

  test('an unknown alias, tag or directive is not quoted', () => {
    expect(messagesOf(`a: *SECRET_TOKEN_abc123\n`, 'yaml')).not.toMatch(/SECRET|abc123/);
    expect(messagesOf(`a: !<tag:SECRET_TOKEN_abc123> x\nb: !SECRET_abc123!x y\n`, 'yaml')).not.toMatch(/SECRET|abc123/);
    expect(messagesOf(`%TAG !SECRET_abc123! tag:x\n--- !SECRET_abc123!y z\n`, 'yaml')).not.toMatch(/SECRET|abc123/);
  });

  test('the CLI never prints a linked secret file', () => {
    const secret = join(dir, 'secrets.env');
    writeFileSync(secret, `abc123\n${SECRET}\n`);
    if (isWindows) return;
    symlinkSync(secret, join(dir, 'linked.json'));
    symlinkSync(secret, join(dir, 'linked.yaml'));
    const run = microcred(['check', join(dir, 'linked.json'), join(dir, 'linked.yaml'), '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/SECRET|abc123/);
  });
});

describe('"extends" in a pack file stays inside its folder', () => {
  const pack = (fields: string) => `id: child\nname: Child\nversion: 1.0.0\nsources: [{ title: T }]\neffective: [{ revision: r1 }]\nrules: []\n${fields}`;
  let packs: string;
  beforeAll(() => {
    packs = join(dir, 'packs');
    mkdirSync(join(packs, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'secret.yaml'), `${SECRET.replace('=', ': ')}\n`);
    writeFileSync(join(packs, 'base.yaml'), pack('').replace('id: child', 'id: base'));
    writeFileSync(join(packs, 'sub', 'child.yaml'), pack('extends: ../base.yaml\n'));
    writeFileSync(join(packs, 'escapes.yaml'), pack('extends: ../secret.yaml\n'));
    if (!isWindows) symlinkSync(join(dir, 'secret.yaml'), join(packs, 'link.yaml'));
    writeFileSync(join(packs, 'through-link.yaml'), pack('extends: ./link.yaml\n'));
  });

  const problemsOf = async (file: string, options = {}) => {
    try {
      await loadPackFile(file, options);
    } catch (error) {
      expect(error).toBeInstanceOf(PackError);
      return (error as PackError).problems;
    }
    return [];
  };

  test('a path out of the folder is refused before the file is read, and nothing of it is quoted', async () => {
    const problems = await problemsOf(join(packs, 'escapes.yaml'));
    expect(problems.map((p) => p.code)).toEqual(['extends-outside']);
    expect(JSON.stringify(problems)).not.toMatch(/SECRET|abc123/);
  });

  test.skipIf(isWindows)('a link inside the folder to a file outside it is refused too', async () => {
    expect((await problemsOf(join(packs, 'through-link.yaml'))).map((p) => p.code)).toEqual(['extends-outside']);
  });

  test('a file in the parent folder is refused, unless it was given explicitly', async () => {
    expect((await problemsOf(join(packs, 'sub', 'child.yaml'))).map((p) => p.code)).toEqual(['extends-outside']);
    const child = await loadPackFile(join(packs, 'sub', 'child.yaml'), { trustedPackFiles: [join(packs, 'base.yaml')] });
    expect(child.id).toBe('child');
  });

  test('a file in the same folder or below is fine', async () => {
    writeFileSync(join(packs, 'top.yaml'), pack('extends: ./sub/../base.yaml\n'));
    expect((await loadPackFile(join(packs, 'top.yaml'))).id).toBe('child');
  });

  test('the CLI allows a pack file named with --extra-pack', () => {
    const alone = microcred(['check', '--pack', join(packs, 'sub', 'child.yaml'), join(packs, 'base.yaml'), '--as-of', AS_OF]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/leads out of the pack's folder/);
    const given = microcred(['check', '--extra-pack', join(packs, 'base.yaml'), '--pack', join(packs, 'sub', 'child.yaml'), join(packs, 'base.yaml'), '--as-of', AS_OF]);
    expect(given.stderr).toBe('');
    expect(given.code).toBe(2); // base.yaml is no proposal; the pack loaded
  });
});

describe('JSON files are read with JSON value rules, positions count every line end', () => {
  test('1e999 is a number in a .json file, as JSON.parse reads it', () => {
    expect(parseDataText('{"a": 1e999, "b": -0}', { format: 'json' }).data).toEqual({ a: Infinity, b: -0 });
  });

  test('a JSON syntax error has a line and a column', () => {
    expect(parseDataText('{\n  "a": 1,\n  "b": 2,\n}', { format: 'json' }).errors).toEqual([expect.objectContaining({ code: 'parse-error', line: 4, column: 1 })]);
    expect(parseDataText('{\n  "a": tru\n}', { format: 'json' }).errors).toEqual([expect.objectContaining({ line: 2, column: 11 })]);
    expect(parseDataText('{\r\n  "a": @\r\n}', { format: 'json' }).errors).toEqual([expect.objectContaining({ line: 2, column: 8 })]);
  });

  test('CR-only line ends count as line breaks, for errors and for findings', async () => {
    expect(parseDataText('a: 1\rb: 2\rb: 3\r').errors).toEqual([expect.objectContaining({ code: 'duplicate-key', line: 3, column: 1 })]);
    const parsed = parseDataText('schemaVersion: 1\rcredential:\r  title: x\r');
    expect(parsed.locate(['credential', 'title'])).toEqual({ line: 3, column: 3 });
    const file = join(dir, 'cr.json');
    writeFileSync(file, '{\r"a": 1,\r"a": 2\r}');
    expect((await readDataFile(file)).errors).toEqual([expect.objectContaining({ code: 'duplicate-key', line: 3, column: 1 })]);
  });
});

describe('the alias limit counts aliases', () => {
  const values = (n: number) => `# R&D and Q&A are not anchors\nitems: [${Array.from({ length: n }, (_, i) => i).join(', ')}]\n`;

  test('a large file with "&" in its text and no alias is read', () => {
    expect(parseDataText(values(120_000)).errors).toEqual([]);
  });

  test('aliases of lists and maps are still counted and expanded', () => {
    const many = `a: &a [1]\nb: [${Array(101).fill('*a').join(', ')}]\n`;
    expect(parseDataText(many).errors.map((e) => e.code)).toEqual(['alias-limit']);
    const scalars = `a: &a x\nb: [${Array(500).fill('*a').join(', ')}]\n`;
    expect(parseDataText(scalars).errors).toEqual([]);
  });
});
