// formatReport in every format, over reports of damaged proposals and hostile file names: it
// never throws, never changes the report, writes the same text twice, and the text is what
// the format promises (JSON parses, XML is well formed, one GitHub command per line, no
// terminal control sequences from the data).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, formatReport, FORMAT_NAMES, ruleInfoFrom, type FormatName, type Report } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { AS_OF, mutatedProposal, proposalCorpus, runs, snapshot } from './_support';

const corpus = proposalCorpus();
const ruleInfo = ruleInfoFrom(builtinPacks);

const hostileFileName = fc.oneof(
  fc.constantFrom('proposals/data.yaml', 'a,b:c%.yaml', 'line\nbreak.yaml', 'esc\u001b[31mred.yaml', '<x>&"\'.yaml', 'C:\\win\\path.json', ''),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const reports: fc.Arbitrary<Report> = fc
  .tuple(fc.constantFrom(...builtinPacks), mutatedProposal(corpus))
  .map(([pack, { proposal }]) => evaluate(proposal, pack, { asOf: AS_OF }));

// Control characters a terminal acts on; \n is the only one the text formats may write.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A small well-formedness check: no raw `<` or `&` outside markup, no characters XML forbids. */
function assertWellFormedXml(text: string): void {
  expect(text).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  const withoutMarkup = text.replace(/<\?xml[^>]*\?>|<\/?[a-z-]+(\s+[a-z]+="[^"<]*")*\s*\/?>/g, '');
  expect(withoutMarkup).not.toMatch(/[<>]/);
  const opened = [...text.matchAll(/<(testsuites|testsuite|testcase|failure|error|system-out)[\s>]/g)].length;
  const closed = [...text.matchAll(/<\/(testsuites|testsuite|testcase|failure|error|system-out)>|\/>/g)].length;
  expect(closed).toBe(opened);
}

function checkText(format: FormatName, text: string): void {
  switch (format) {
    case 'json':
    case 'sarif':
      expect(() => JSON.parse(text)).not.toThrow();
      break;
    case 'junit':
      assertWellFormedXml(text);
      break;
    case 'github':
      for (const line of text.split('\n').filter(Boolean)) expect(line).toMatch(/^(::(error|warning|notice) [^\n]*::|microcred: )/);
      expect(text).not.toMatch(CONTROL);
      break;
    case 'stylish':
      expect(text).not.toMatch(CONTROL);
      break;
  }
}

describe.each(FORMAT_NAMES.map((format) => [format] as const))('formatReport %s', (format) => {
  test('any report, any file name', () => {
    fc.assert(
      fc.property(reports, hostileFileName, fc.boolean(), (report, file, verbose) => {
        const before = snapshot(report);
        const options = { file, verbose, ruleInfo };
        const text = formatReport(report, format, options);
        expect(snapshot(report), 'formatReport must not change the report').toBe(before);
        expect(formatReport(report, format, options)).toBe(text);
        checkText(format, text);
      }),
      runs(150),
    );
  });
});
