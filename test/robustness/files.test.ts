// Reading files: every hostile file gives a clear error of its own (with line and column where
// they are known), within the documented limits, and never throws, hangs or overflows.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkFile, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, parseDataText, readDataFile } from '../../src/node/index';
import { builtinRegistry } from '../../policies/index';
import { ROOT } from '../_helpers/files';
import { AS_OF, runs } from './_support';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const EXAMPLE = join(ROOT, 'docs', 'examples', 'suny-cortland-coaching-badge.yaml');
const isWindows = process.platform === 'win32';
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'microcred-files-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const errorsOf = async (file: string, maxBytes?: number) => (await readDataFile(file, maxBytes === undefined ? {} : { maxBytes })).errors;

describe('malformed text', () => {
  test.each([
    ['malformed.yaml', 'parse-error', 5, 3],
    ['malformed.json', 'parse-error', 6, 3],
    ['duplicate-keys.yaml', 'duplicate-key', 7, 3],
    ['multiple-documents.yaml', 'parse-error', 3, 1],
  ])('%s: %s at line %i, column %i', async (file, code, line, column) => {
    expect(await errorsOf(join(HOSTILE, file))).toEqual([expect.objectContaining({ code, line, column })]);
  });

  test('duplicate keys in JSON are refused too (JSON.parse alone would keep the last)', () => {
    expect(parseDataText('{"a": 1,\n "a": 2}', { format: 'json' }).errors).toEqual([expect.objectContaining({ code: 'duplicate-key', line: 2, column: 2 })]);
  });

  test('an empty file, or one of only white space and a BOM, is "empty"', async () => {
    expect(await errorsOf(join(HOSTILE, 'empty.yaml'))).toEqual([expect.objectContaining({ code: 'empty' })]);
    expect(parseDataText('\ufeff \r\n\t\n').errors).toEqual([expect.objectContaining({ code: 'empty' })]);
  });

  test('a BOM and CRLF line ends change nothing, line numbers included', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const variants = { 'bom.yaml': `\ufeff${text}`, 'crlf.yaml': text.replace(/\n/g, '\r\n'), 'bom-crlf.yaml': `\ufeff${text.replace(/\n/g, '\r\n')}` };
    const expected = await checkFile(EXAMPLE, { asOf: AS_OF, registry: builtinRegistry });
    expect(expected.violations.length).toBeGreaterThan(0);
    for (const [name, content] of Object.entries(variants)) {
      writeFileSync(join(scratch, name), content);
      const result = await checkFile(join(scratch, name), { asOf: AS_OF, registry: builtinRegistry });
      expect({ ...result, file: EXAMPLE }, name).toEqual(expected);
    }
  });

  test('a JSON syntax error does not quote the file (it could be a link to a secret)', () => {
    for (const text of ['SECRET_TOKEN=abc123', '[1, 2,, "SECRET_TOKEN=abc123"]', `{"a": 1} ${'SECRET_TOKEN=abc123 '.repeat(5)}`]) {
      const [error] = parseDataText(text, { format: 'json' }).errors;
      expect(error!.code).toBe('parse-error');
      expect(error!.message).not.toMatch(/SECRET|abc123/);
    }
  });

  test('YAML tags never turn a value into something JSON cannot hold (a Date, a Set, a Buffer)', () => {
    const text = ['a: !!binary aGVsbG8=', 'b: !!set { x }', 'c: !!timestamp 2026-01-01', 'd: !!omap [{ x: 1 }]', 'e: !!pairs [{ x: 1 }]', 'f: !js/function "() => 1"', 'g: !custom x'].join('\n');
    const parsed = parseDataText(text);
    expect(parsed.errors).toEqual([]);
    expect(JSON.parse(JSON.stringify(parsed.data))).toEqual(parsed.data);
    expect(parsed.data).toEqual({ a: 'aGVsbG8=', b: { x: null }, c: '2026-01-01', d: [{ x: 1 }], e: [{ x: 1 }], f: '() => 1', g: 'x' });
  });

  test('binary content is an invalid file, not a crash', async () => {
    const binary = join(scratch, 'image.yaml');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect((await checkFile(binary, { asOf: AS_OF, registry: builtinRegistry })).verdict).toBe('invalid');
  });
});

describe('limits', () => {
  test('a YAML bomb is refused by the alias limit', async () => {
    expect(await errorsOf(join(HOSTILE, 'yaml-bomb.yaml'))).toEqual([expect.objectContaining({ code: 'alias-limit' })]);
  });

  test('ordinary aliases are fine', () => {
    const text = `a: &shared x\nb: [${Array(50).fill('*shared').join(', ')}]\n`;
    expect(parseDataText(text).errors).toEqual([]);
  });

  const styles: Record<string, (levels: number) => string> = {
    'flow lists': (n) => `${'['.repeat(n)}${']'.repeat(n)}`,
    'flow maps': (n) => `${'{"a": '.repeat(n)}1${'}'.repeat(n)}`,
    'block maps': (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1',
    'block lists': (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}-`).join('\n') + ' 1',
    'compact lists': (n) => `${'- '.repeat(n)}x`,
  };

  test.each(Object.keys(styles))(`nesting (%s): ${DEFAULT_MAX_DEPTH} levels are read, deeper is refused with a position`, (style) => {
    const make = styles[style]!;
    expect(parseDataText(make(DEFAULT_MAX_DEPTH)).errors).toEqual([]);
    expect(parseDataText(make(DEFAULT_MAX_DEPTH + 2)).errors).toEqual([expect.objectContaining({ code: 'too-deep', line: expect.any(Number), column: expect.any(Number) })]);
  });

  test('nesting a million levels deep is refused at once, never a stack overflow', () => {
    const started = performance.now();
    expect(parseDataText('['.repeat(1_000_000) + ']'.repeat(1_000_000), { format: 'json' }).errors.map((e) => e.code)).toEqual(['too-deep']);
    expect(parseDataText(`${'- '.repeat(1_000_000)}x`).errors.map((e) => e.code)).toEqual(['too-deep']);
    expect(parseDataText(`a: ${'{a: '.repeat(1_000_000)}1${'}'.repeat(1_000_000)}`).errors.map((e) => e.code)).toEqual(['too-deep']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test(`a 50 MB file is refused unread (default limit ${DEFAULT_MAX_BYTES / 1024 / 1024} MB)`, async () => {
    const big = join(scratch, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    expect(await errorsOf(big)).toEqual([expect.objectContaining({ code: 'too-large', message: expect.stringMatching(/50\.0 MB.*5\.0 MB/) })]);
  });

  test('maxBytes is honoured both ways', async () => {
    expect(await errorsOf(EXAMPLE, 1024)).toEqual([expect.objectContaining({ code: 'too-large' })]);
    expect(await errorsOf(EXAMPLE, readFileSync(EXAMPLE).length)).toEqual([]);
  });
});

describe('files that are not files', () => {
  test('a directory', async () => {
    mkdirSync(join(scratch, 'folder.yaml'));
    expect(await errorsOf(join(scratch, 'folder.yaml'))).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/directory/) })]);
  });

  test('a missing file', async () => {
    expect(await errorsOf(join(scratch, 'missing.yaml'))).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/No such file/) })]);
  });

  test.skipIf(isWindows)('a symbolic link loop and a broken link', async () => {
    symlinkSync('loop.yaml', join(scratch, 'loop.yaml'));
    symlinkSync(join(scratch, 'nowhere.yaml'), join(scratch, 'broken.yaml'));
    expect(await errorsOf(join(scratch, 'loop.yaml'))).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/link loop/) })]);
    expect(await errorsOf(join(scratch, 'broken.yaml'))).toEqual([expect.objectContaining({ code: 'unreadable' })]);
  });

  test.skipIf(isWindows)('a named pipe is refused without waiting for a writer', async () => {
    const fifo = join(scratch, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(await errorsOf(fifo)).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/regular file/) })]);
  });

  test.skipIf(isWindows)('a link to an endless device is refused, not read until memory runs out', async () => {
    symlinkSync('/dev/zero', join(scratch, 'zero.yaml'));
    expect(await errorsOf(join(scratch, 'zero.yaml'))).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/regular file/) })]);
  });
});

describe('parseDataText on arbitrary text', () => {
  test('never throws, and every position it gives is inside the text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom('a:', ' ', '\n', '- ', '[', ']', '{', '}', ',', '&x ', '*x', '"', "'", '#', '\t', '---', '\ufeff', '\r\n', '? ', '!!str ', '<<: '), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom<'json' | 'yaml'>('json', 'yaml'), (source, format) => {
        const parsed = parseDataText(source, { format });
        const lines = source.split(/\r\n|\r|\n/).length + 1;
        for (const error of parsed.errors) {
          if (error.line !== undefined) expect(error.line).toBeLessThanOrEqual(lines);
          expect(error.message.length).toBeGreaterThan(0);
        }
        for (const path of [[], ['a'], [0, 'a', 1]]) {
          const at = parsed.locate(path);
          if (at) expect(at.line).toBeLessThanOrEqual(lines);
        }
      }),
      runs(1000),
    );
  });
});
