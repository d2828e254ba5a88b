import { describe, it, expect } from 'vitest';
import { segmentWords } from '../../src/language/words.js';

const texts = (text: string, lang = 'fi') => segmentWords(text, lang).map((w) => w.text);

describe('segmentWords', () => {
  it('keeps colon-inflected acronyms as one word', () => {
    expect(texts('SLA:n mukaan RMA:ta ko. asiassa')).toEqual(['SLA:n', 'mukaan', 'RMA:ta', 'ko', 'asiassa']);
  });

  it('splits a digit-hyphen word into the number and the word', () => {
    expect(texts('2-tason tuki')).toEqual(['2', 'tason', 'tuki']);
  });

  it('drops punctuation and keeps English contractions whole', () => {
    expect(texts("Hi! We can't, sorry.", 'en')).toEqual(['Hi', 'We', "can't", 'sorry']);
  });

  it('gives UTF-16 offsets into the whole text, also from a range', () => {
    const text = '👋 Hei Äijä, kiitos!';
    const words = segmentWords(text, 'fi', 3);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Hei', 'Äijä', 'kiitos']);
    expect(words[0]!.start).toBe(3);
    expect(segmentWords(text, 'fi', 3, 11).map((w) => w.text)).toEqual(['Hei', 'Äijä']);
  });

  it('accepts a language tag that is not BCP 47', () => {
    expect(texts('two words', 'unknown')).toEqual(['two', 'words']);
  });
});
