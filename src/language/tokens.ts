// Builds the Token objects that phrase lists match against, from plain text.
import type { Token } from '../reply/types.js';
import type { Stem } from './stemmer.js';
import { segmentWords } from './words.js';

/** The words of text[from, to) as tokens, all in sentence 0 (the reply builder assigns sentences). */
export function makeTokens(text: string, lang: string, stem: Stem, from = 0, to = text.length): Token[] {
  return segmentWords(text, lang, from, to).map((word) => {
    const lower = word.text.toLowerCase();
    return { text: word.text, lower, stem: stem(lower), start: word.start, end: word.end, sentence: 0 };
  });
}
