// Reading many files one after another, as `check` does: each file's text and errors are its
// own, whatever was read before it (synchronous reads share one buffer), and the positions of
// what is parsed are the same as before that sharing and the depth bound without a walk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_MAX_DEPTH, parseDataText, readDataFile, readDataFileSync } from '../../src/node/index';

const scratch = mkdtempSync(join(tmpdir(), 'microcred-read-many-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('synchronous reads one after another', () => {
  const long = file('long.yaml', `title: ${'x'.repeat(200_000)}\nlast: 1\n`);
  const short = file('short.yaml', 'a: 1\n');
  const binary = file('binary.yaml', Buffer.from('a: 1\nb: \u0000\n'));
  const latin1 = file('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));

  test('a short file after a long one holds nothing of the long one', () => {
    expect(readDataFileSync(long).data).toEqual({ title: 'x'.repeat(200_000), last: 1 });
    expect(readDataFileSync(short)).toMatchObject({ data: { a: 1 }, errors: [] });
    expect(readDataFileSync(long).data).toMatchObject({ last: 1 });
  });

  test('binary and non-UTF-8 files name their own bad byte, whatever came before', () => {
    readDataFileSync(long);
    expect(readDataFileSync(binary).errors).toEqual([expect.objectContaining({ code: 'binary', message: expect.stringContaining('byte 8') })]);
    expect(readDataFileSync(latin1).errors).toEqual([expect.objectContaining({ code: 'encoding', line: 2, column: 10, message: expect.stringContaining('byte 14') })]);
    expect(readDataFileSync(short).errors).toEqual([]);
  });

  test('a small size limit after a long file: refused one byte past the limit, as the first read would', () => {
    readDataFileSync(long);
    const refused = readDataFileSync(long, { maxBytes: 1000 }).errors;
    expect(refused).toEqual([expect.objectContaining({ code: 'too-large' })]);
    expect(readDataFileSync(short, { maxBytes: 5 }).errors).toEqual([]);
    expect(readDataFileSync(short, { maxBytes: 4 }).errors).toEqual([expect.objectContaining({ code: 'too-large' })]);
  });

  test('the synchronous and the asynchronous reader agree on every file', async () => {
    for (const path of [long, short, binary, latin1]) {
      for (const options of [{}, { maxBytes: 4 }, { maxBytes: 1000 }]) {
        const sync = readDataFileSync(path, options);
        const async = await readDataFile(path, options);
        expect({ data: sync.data, errors: sync.errors }).toEqual({ data: async.data, errors: async.errors });
      }
    }
  });

  test.runIf(process.platform === 'linux')('a file that reports size 0 (under /proc) is read whole', () => {
    // /proc/self/status is YAML-like ("Name:\tnode"): it parses or not, but is read, not refused.
    const parsed = readDataFileSync('/proc/self/status');
    expect(parsed.errors.map((e) => e.code)).not.toContain('too-large');
    expect(parsed.errors.map((e) => e.code)).not.toContain('empty');
  });
});

describe('the depth bound', () => {
  const blockLists = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' x\n';
  const maps = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
  const flow = (depth: number) => `a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;

  // Where js-yaml starts the sixth level: a block list at its dash, a map's value right after the
  // key that holds it.
  test.each([
    ['block lists', blockLists, { line: 6, column: 11 }],
    ['maps', maps, { line: 5, column: 12 }],
  ])('%s: as deep as the bound is read; one deeper is refused where that level starts', (_, text, at) => {
    expect(parseDataText(text(5), { maxDepth: 5 }).errors).toEqual([]);
    expect(parseDataText(text(6), { maxDepth: 5 }).errors).toEqual([expect.objectContaining({ code: 'too-deep', ...at })]);
  });

  test('flow lists: the first one past the bound is named, in a later branch too', () => {
    expect(parseDataText(flow(4), { maxDepth: 5 }).errors).toEqual([]);
    // The top map is one level: four lists make five, five make six.
    expect(parseDataText(flow(5), { maxDepth: 5 }).errors).toEqual([expect.objectContaining({ code: 'too-deep', line: 1, column: 8 })]);
    const later = `a: 1\nb: [[1]]\nc: ${'['.repeat(5)}1${']'.repeat(5)}\n`;
    expect(parseDataText(later, { maxDepth: 5 }).errors).toEqual([expect.objectContaining({ code: 'too-deep', line: 3, column: 8 })]);
  });

  test('the default bound', () => {
    expect(parseDataText(flow(DEFAULT_MAX_DEPTH - 1)).errors).toEqual([]);
    expect(parseDataText(flow(DEFAULT_MAX_DEPTH)).errors.map((e) => e.code)).toEqual(['too-deep']);
  });
});

describe('positions', () => {
  test('LF, CRLF and lone CR line ends give the same lines and columns', () => {
    const lines = ['credential:', '  title: Data', '  units:', '    - code: A1', '    - code: B2'];
    for (const end of ['\n', '\r\n', '\r']) {
      const parsed = parseDataText(lines.join(end) + end);
      expect(parsed.locate(['credential', 'title'])).toEqual({ line: 2, column: 3 });
      expect(parsed.locate(['credential', 'units', 1, 'code'])).toEqual({ line: 5, column: 7 });
      // A path that is not there: the nearest key that is.
      expect(parsed.locate(['credential', 'units', 7])).toEqual({ line: 3, column: 3 });
    }
  });
});
