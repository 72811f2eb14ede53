// Finding a quoted passage in its source text: layout and typography do not count, words do.
import { describe, expect, test } from 'vitest';
import { findPassage, normalizeQuotedText } from '../../src/index';

const text = `Proposing departments are responsible for establishing criteria for the micro-
credential.  Review by the Graduate Council (if at the graduate level) follows “EPPC’s” review —
then the Faculty Senate decides.`;

describe('findPassage', () => {
  test.each([
    ['whitespace and line breaks', 'Proposing departments are responsible for establishing criteria'],
    ['a word broken across lines with a hyphen', 'criteria for the micro-credential.'],
    ['curly and straight quotes', `follows "EPPC's" review`],
    ['dashes', 'review - then the Faculty Senate'],
    ['an elision with "..."', 'Proposing departments ... establishing criteria'],
    ['an elision with "…" and "[...]"', 'Review by the Graduate Council … follows [...] review'],
    ['a bracketed insertion', 'Review by [the] Graduate Council'],
    ['a capital put in', '[R]eview by the Graduate Council'],
  ])('matches across %s', (_what, passage) => {
    expect(findPassage(passage, text)).toMatchObject({ found: true });
  });

  test.each([
    ['a changed word', 'Review by the Graduate Committee'],
    ['parts out of order', 'the Faculty Senate decides ... Proposing departments'],
    ['a different case, since quotations keep it', 'review by the graduate council'],
    ['nothing but marks', '[...]'],
  ])('does not match %s', (_what, passage) => {
    expect(findPassage(passage, text).found).toBe(false);
  });

  test('says which part is missing', () => {
    expect(findPassage('Proposing departments ... the Provost', text)).toEqual({ found: false, parts: ['Proposing departments', 'the Provost'], missing: 'the Provost' });
  });

  test('normalizeQuotedText', () => {
    expect(normalizeQuotedText('the student’s  micro-\ncredential — **now**')).toBe("the student's microcredential - now");
  });
});
