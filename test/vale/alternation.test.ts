import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAlternation, literalOf } from '../../src/vale/regex/alternation.js';
import { compileValePattern, isPatternProblem, matchesIn } from '../../src/vale/regex/compile.js';

/** The matches of the composed regex, as Vale's word template builds it: the reference the fast path must equal. */
function reference(alternatives: string[], ignoreCase: boolean, words: boolean, text: string, start: number, end: number) {
  const body = alternatives.map((a, i) => `(?P<g${i}>${a})`).join('|');
  const regex = compileValePattern(`${ignoreCase ? '(?i)' : ''}(?m)${words ? `\\b(?:${body})\\b` : `(?:${body})`}`);
  if (isPatternProblem(regex)) throw new Error(regex.message);
  return matchesIn(regex, text, start, end).map((m) => ({ index: m.index, text: m[0], group: Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] }));
}

function fast(alternatives: string[], ignoreCase: boolean, words: boolean, text: string, start: number, end: number) {
  const matcher = compileAlternation({ alternatives, ignoreCase, words, wrap: (a, i) => `(?P<g${i}>${a})`, groupOf: (i) => `g${i}` });
  if (isPatternProblem(matcher)) throw new Error(matcher.message);
  return matcher.matchesIn(text, start, end).map((m) => ({ index: m.index, text: m[0], group: Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] }));
}

describe('literal alternation fast path', () => {
  it('treats plain words and escaped punctuation as literals, anything with regex syntax as a pattern', () => {
    expect(literalOf('a chip off the old block', true)).toBe('a chip off the old block');
    expect(literalOf('e\\.g\\.', true)).toBe('e.g.');
    expect(literalOf('colou?r', true)).toBeUndefined();
    expect(literalOf('\\bI\\b', true)).toBeUndefined();
    // Case-insensitive literals keep to ASCII and uncased characters, whose folding the trie reproduces.
    expect(literalOf('café', true)).toBeUndefined();
    expect(literalOf('café', false)).toBe('café');
    expect(literalOf('don’t', true)).toBe('don’t');
  });

  it('finds what the composed regex finds: first-listed alternative, Unicode word boundaries, ſ and K folding', () => {
    const text = 'Caf café cafe, ab abc. Se señor SE ſe; I’m in ’til e.g. now_ x_ab Kelvin 1st';
    for (const ignoreCase of [true, false]) {
      for (const words of [true, false]) {
        const alternatives = ['ab', 'abc', 'caf', 'se', 'e.g.'.replace(/\./g, '\\.'), '’til', 'ab\\w*', 'kelvin', 'I’m', '\\d+st', 'x_ab'];
        expect(fast(alternatives, ignoreCase, words, text, 0, text.length)).toEqual(reference(alternatives, ignoreCase, words, text, 0, text.length));
        expect(fast(alternatives, ignoreCase, words, text, 5, 40)).toEqual(reference(alternatives, ignoreCase, words, text, 5, 40));
      }
    }
  });

  it('agrees with the composed regex on random texts and word lists', () => {
    const letters = ['a', 'b', 'A', 'B', 'é', 'ſ', 'K', ' ', '-', '’', '_', '1', '.', '\n', '😀', 'ß'];
    const piece = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const alternative = fc.oneof(
      piece.map((p) => p.replace(/[.]/g, '\\.')),
      fc.constantFrom('a+', 'b?a', '[ab]b', '\\w+', 'a\\b', '(?:ab|a)'),
    );
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...letters), { maxLength: 30 }), fc.boolean(), fc.boolean(), (alternatives, chars, ignoreCase, words) => {
        const text = chars.join('');
        const start = Math.min(2, text.length);
        expect(fast(alternatives, ignoreCase, words, text, 0, text.length)).toEqual(reference(alternatives, ignoreCase, words, text, 0, text.length));
        expect(fast(alternatives, ignoreCase, words, text, start, text.length)).toEqual(reference(alternatives, ignoreCase, words, text, start, text.length));
      }),
      { numRuns: 150 },
    );
  });
});

describe('ASCII form of a translated pattern', () => {
  it('matches like the Unicode form on text whose non-ASCII characters are uncased non-word ones', () => {
    const patterns = ['(?i)\\bvery\\b', '\\b\\w+ly\\b', '(?i)(?:^|\\s)I(?=\\s)', '\\d+\\W', '[^\\w\\s]+', '(?m)^\\w+$', '(?i)[[:alpha:]]+'];
    const chars = ['a', 'V', 'e', 'r', 'y', 'l', 'I', ' ', '\n', '1', '_', '’', '—', '\u00a0', '\uE000', 'é', 'ä', 'ſ', '٣', '😀'];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom(...chars), { maxLength: 25 }), (pattern, cs) => {
        const regex = compileValePattern(pattern);
        if (isPatternProblem(regex)) throw new Error(regex.message);
        const text = cs.join('');
        const plain = new RegExp(regex.source, regex.flags);
        const expected: string[] = [];
        for (let m = plain.exec(text); m; m = plain.exec(text)) {
          if (m[0] === '') plain.lastIndex += 1;
          else expected.push(`${m.index}:${m[0]}`);
        }
        expect(matchesIn(regex, text).map((m) => `${m.index}:${m[0]}`)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
