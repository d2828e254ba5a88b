import { describe, expect, it } from 'vitest';
import { isTranslationError, translateValeRegex } from '../../src/vale/regex/translate.js';

/** Every match of a Vale pattern in `text`, as JavaScript finds it after translation. */
function matches(pattern: string, text: string, options = {}): string[] {
  const t = translateValeRegex(pattern, options);
  if (isTranslationError(t)) throw new Error(t.message);
  return [...text.matchAll(new RegExp(t.source, `g${t.flags}`))].map((m) => m[0]);
}

describe('Vale regex translation', () => {
  it('keeps \\b Unicode-aware: \\bcaf\\b does not match inside "café", \\bse\\b not inside "señor"', () => {
    expect(matches('(?m)\\b(?:caf)\\b', 'café caf')).toEqual(['caf']);
    expect(matches('(?i)(?m)\\b(?:se)\\b', 'señor SE')).toEqual(['SE']);
  });

  it('finds word-bounded Cyrillic, as Vale does for RU.RUSwap', () => {
    expect(matches('(?i)(?m)\\b(?:добавлени[а-я]+)\\b', 'при Добавлении')).toEqual(['Добавлении']);
  });

  it('reads \\w and \\d as Unicode letters and digits', () => {
    expect(matches('\\w+', 'Straße')).toEqual(['Straße']);
    expect(matches('\\d+', '٣ and 12')).toEqual(['٣', '12']);
    expect(matches('[^\\Wa]+', 'bça-d')).toEqual(['bç', 'd']);
  });

  it('lifts a leading (?i) into the i flag and honours (?-i) and (?i:…) mid-pattern', () => {
    expect(translateValeRegex('(?i)abc')).toMatchObject({ flags: 'iu' });
    expect(matches('(?i)foo(?-i)Bar', 'FOOBar FOObar fooBar')).toEqual(['FOOBar', 'fooBar']);
    expect(matches('(?i:abc)D', 'ABCD ABCd')).toEqual(['ABCD']);
    // Vale's exception list: each entry case-sensitive.
    expect(matches('(?m)\\b(?:(?-i)API|(?-i)SDK)\\b', 'API api SDK')).toEqual(['API', 'SDK']);
  });

  it('keeps ^ and $ of raw tokens single-line before a mid-pattern (?m), multiline after it', () => {
    expect(matches('^foo(?m)bar$', 'foobar\nfoobar')).toEqual(['foobar']);
    expect(matches('(?m)and$', 'this and that and\nmore')).toEqual(['and']);
    expect(matches('(?m)^x', 'x\nx')).toEqual(['x', 'x']);
  });

  it('turns (?P<name>…) into a named group and (?P=name) into a back-reference', () => {
    const t = translateValeRegex('(?P<w>\\w+) (?P=w)');
    expect(t).toMatchObject({ source: expect.stringContaining('(?<w>') });
    expect(matches('(?P<w>\\w+) (?P=w)', 'the the cat')).toEqual(['the the']);
  });

  it('drops unnamed captures on request, keeping named ones (swap keys)', () => {
    const t = translateValeRegex('(?P<s0>(a)(b))', { dropCaptures: true });
    if (isTranslationError(t)) throw new Error(t.message);
    expect(new RegExp(t.source, t.flags).exec('ab')).toHaveLength(2);
  });

  it('accepts POSIX classes (ASCII, as in RE2), needless escapes and a literal {', () => {
    expect(matches('[[:alpha:]]+', 'ab1c')).toEqual(['ab', 'c']);
    expect(matches('3\\-D|I\\-O', '3-D and I-O')).toEqual(['3-D', 'I-O']);
    expect(matches('\\`x', '`x')).toEqual(['`x']);
    expect(matches('a{,2}', 'a{,2}')).toEqual(['a{,2}']);
  });

  it('reads . as anything but a line feed', () => {
    expect(matches('a.b', 'a\rb a\nb')).toEqual(['a\rb']);
  });

  it('refuses what JavaScript cannot say, with the reason', () => {
    expect(translateValeRegex('\\p{IsGreek}')).toMatchObject({ message: expect.stringContaining('IsGreek') });
    expect(translateValeRegex('[a-z-[aeiou]]')).toMatchObject({ message: expect.stringContaining('subtraction') });
    expect(translateValeRegex('(?(x)a|b)')).toMatchObject({ message: expect.stringContaining('conditional') });
    expect(translateValeRegex('(a')).toMatchObject({ message: expect.stringContaining('unclosed') });
  });
});
