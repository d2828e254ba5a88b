import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, toCells } from '../../src/format/terminal-text.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const intlGraphemes = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ start: index, end: index + segment.length }));

// Characters that join with their neighbours into one grapheme, mixed with plain ASCII and Finnish letters.
const pieces = ['a', 'Z', ' ', '.', '#', '1', 'ä', 'ö', 'e\u0301', '\u0301', '\u200d', '👍', '👍🏽', '🇫🇮', '\r', '\n', '\r\n', '\t', 'ह', 'ि', '\u0600', '한', '\u1100\u1161', '\u{1F468}\u200D\u{1F469}'];
const mixedText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('toCells', () => {
  it('cuts text into the same graphemes as Intl.Segmenter, with or without ASCII around them', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const cells = toCells(text).map(({ start, end }) => ({ start, end }));
        expect(cells).toEqual(intlGraphemes(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a combining accent after an ASCII letter in one cell of width 1', () => {
    expect(toCells('cafe\u0301!').map((c) => [c.text, c.width])).toEqual([['c', 1], ['a', 1], ['f', 1], ['e\u0301', 1], ['!', 1]]);
  });

  it('gives emoji and wide letters two cells and expands tabs to the next stop', () => {
    expect(textWidth('ok 👍 한')).toBe(8);
    expect(toCells('a\tb').map((c) => c.width)).toEqual([1, 3, 1]);
  });

  it('segments a long run of non-ASCII text in pieces without splitting a surrogate pair', () => {
    const text = '👍'.repeat(5000) + 'ä'.repeat(5000);
    const cells = toCells(text);
    expect(cells).toHaveLength(10_000);
    expect(cells.every((c) => c.text === '👍' || c.text === 'ä')).toBe(true);
  });
});
