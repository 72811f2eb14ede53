// isIsoDate checks the calendar with plain arithmetic (it runs for every date of a proposal and
// every evaluation's asOf): it must accept exactly the dates date-fns' isExists accepted before.
import fc from 'fast-check';
import { isExists } from 'date-fns/isExists';
import { describe, expect, test } from 'vitest';
import { daysBetween, evaluate, isIsoDate } from '../../src/index';
import { builtinPacks } from '../../policies/index';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const asText = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
const asBefore = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
};

describe('isIsoDate', () => {
  test('accepts the same days as date-fns isExists, around every month end and leap rule', () => {
    const years = [0, 1, 99, 100, 1582, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999];
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = asText(year, month, day);
          expect(isIsoDate(text), text).toBe(asBefore(text));
        }
  });

  test('agrees with isExists on any four-two-two digits, and refuses other shapes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = asText(y, m, d);
        expect(isIsoDate(text)).toBe(asBefore(text));
        expect(daysBetween(text, text)).toBe(asBefore(text) ? 0 : undefined);
      }),
    );
    const shapes = ['2024-2-9', ' 2024-02-09', '2024-02-09 ', '2024-02-09\n', '2024-02-09T00:00', '20240209', '2024/02/09', '2024-02-0a', '2024-0a-09', '202a-02-09', '2024-02--9', '\uff12\uff10\uff12\uff14-02-09', '٢٠٢٤-02-09', '+02024-02-09'];
    for (const value of shapes) expect(isIsoDate(value), value).toBe(asBefore(value));
    for (const value of [...shapes, 20240209, null, undefined, new Date(0), ['2024-02-09']]) expect(isIsoDate(value)).toBe(false);
  });

  test('agrees with the pattern on any short text', () => {
    const character = fc.constantFrom(...'0123456789-:T /a'.split(''));
    fc.assert(
      fc.property(fc.array(character, { minLength: 8, maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(isIsoDate(text)).toBe(asBefore(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('evaluate refuses an asOf that is not a calendar day', () => {
    const pack = builtinPacks.find((p) => p.id === 'binghamton')!;
    for (const asOf of ['2026-02-29', '2026-13-01', '0099-01-01', '2026-1-01']) expect(() => evaluate({}, pack, { asOf })).toThrow(/asOf/);
    expect(evaluate({}, pack, { asOf: '2028-02-29' }).verdict).toBe('invalid');
  });
});
