import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithAny } from '../../src/language/suffixes.js';

describe('endsWithAny', () => {
  it('says what trying every suffix says, for any words and suffix lists', () => {
    const piece = fc.constantFrom('a', 'ä', 'vika', 'ongelma', 'link', 's', '😀', 'virhe');
    const word = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(word.filter((w) => w !== ''), { maxLength: 6 }), fc.array(word, { maxLength: 10 }), (suffixes, words) => {
        const test = endsWithAny(suffixes);
        for (const w of words) expect(test(w), `${w} / ${suffixes.join(',')}`).toBe(suffixes.some((s) => w.endsWith(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches nothing for data that is not a list, and makes one test per list', () => {
    expect(endsWithAny(undefined)('vika')).toBe(false);
    expect(endsWithAny('vika')('vika')).toBe(false);
    const list = ['vika', 'ongelma'];
    expect(endsWithAny(list)).toBe(endsWithAny(list));
    expect(endsWithAny(list)('ohjelmistovika')).toBe(true);
  });
});
