// Issue 16, item 7: a file with a very large number of findings is written out in full; the
// stylish format used to spread every row into Math.max and overflow the stack.
import { expect, test } from 'vitest';
import { definePack, evaluate, formatReport, type Finding } from '../../src/index';
import { AS_OF, CITATION, MINIMAL_PROPOSAL } from './_support';

const COUNT = 150_000;

test(`stylish writes a report of ${COUNT.toLocaleString('en-US')} findings in one file`, () => {
  const findings: Finding[] = Array.from({ length: COUNT }, (_, i) => ({ messageId: 'found', path: ['credential', 'title'], data: { i } }));
  const pack = definePack({
    id: 'many',
    name: 'Many findings',
    version: '1.0.0',
    sources: [{ title: 'T' }],
    effective: [{ revision: 'r1' }],
    rules: [{ id: 'many/each', title: 'Each', severity: 'warning', citation: CITATION, messages: { found: 'Finding {i}.' }, check: () => findings }],
  });
  const report = evaluate(MINIMAL_PROPOSAL, pack, { asOf: AS_OF });
  expect(report.violations).toHaveLength(COUNT);
  const text = formatReport(report, 'stylish', { file: 'many.yaml' });
  expect(text).toContain(`Finding ${COUNT - 1}.`);
  expect(text.split('\n').filter((line) => line.includes('many/each'))).toHaveLength(COUNT);
}, 60_000);
