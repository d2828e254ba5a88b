import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compilePhraseList, isPhraseListError, type PhraseMatch } from '../../src/language/phrase-list.js';
import { expandPattern, type Step } from '../../src/language/phrase-pattern.js';
import { makeStem } from '../../src/language/stemmer.js';
import type { Token } from '../../src/reply/types.js';

// A toy stemmer: words sharing two letters share a stem, so stem, exact and prefix edges all differ.
const stem = makeStem((word) => word.slice(0, 2));
const vocabulary = ['ab', 'abc', 'abd', 'b', 'ba', 'bab', 'c'];

const word = fc.constantFrom(...vocabulary);
const patternWord = fc.tuple(fc.constantFrom('', '=', ''), word, fc.constantFrom('', '*', '?', '')).map(([a, w, b]) => a + w + b);
const piece = fc.oneof(
  { weight: 6, arbitrary: patternWord },
  { weight: 2, arbitrary: fc.tuple(patternWord, patternWord).map(([a, b]) => `${a.replace('?', '')}|${b.replace('?', '')}`) },
  { weight: 1, arbitrary: fc.constant('…') },
);
const pattern = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' '));

function tokensOf(words: readonly string[], sentenceBreaks: readonly number[]): Token[] {
  let offset = 0;
  return words.map((text, index) => {
    const token = { text, lower: text, stem: stem(text), start: offset, end: offset + text.length, sentence: sentenceBreaks.filter((b) => b <= index).length };
    offset += text.length + 1;
    return token;
  });
}

/** Every end a step sequence can reach from `pos`, by brute force. */
function ends(steps: readonly Step[], tokens: readonly Token[], pos: number, to: number, sentence: number): number[] {
  if (steps.length === 0) return [pos];
  const [step, ...rest] = steps;
  if (step!.kind === 'gap') {
    const out: number[] = [];
    for (let skip = 0; skip <= step!.max && pos + skip <= to; skip++) out.push(...ends(rest, tokens, pos + skip, to, sentence));
    return out;
  }
  const token = tokens[pos];
  if (pos >= to || !token || token.sentence !== sentence) return [];
  const ok = step!.mode === 'stem' ? token.stem === step!.key : step!.mode === 'exact' ? token.lower === step!.key : token.lower.startsWith(step!.key);
  return ok ? ends(rest, tokens, pos + 1, to, sentence) : [];
}

function reference(patterns: readonly string[], tokens: readonly Token[]): Array<[number, number, number]> {
  const expanded = patterns.map((p) => expandPattern(p, 'en', stem, false) as Step[][]);
  const out: Array<[number, number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    let best: [number, number] | undefined;
    expanded.forEach((sequences, entry) => {
      for (const sequence of sequences) {
        for (const end of ends(sequence, tokens, i, tokens.length, tokens[i]!.sentence)) {
          if (end > i && (!best || end > best[0] || (end === best[0] && entry < best[1]))) best = [end, entry];
        }
      }
    });
    if (best) {
      out.push([i, best[0], best[1]]);
      i = best[0];
    } else i++;
  }
  return out;
}

describe('the phrase trie', () => {
  it('finds the same leftmost-longest matches as trying every pattern at every token', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 8 }),
        fc.array(word, { maxLength: 14 }),
        fc.array(fc.nat(14), { maxLength: 3 }),
        (patterns, words, breaks) => {
          const valid = patterns.filter((p) => typeof expandPattern(p, 'en', stem, false) !== 'string');
          fc.pre(valid.length > 0);
          const list = compilePhraseList('property', 'en', valid, stem);
          if (isPhraseListError(list)) throw new Error(list.message);
          const tokens = tokensOf(words, breaks);
          const got = list.matchAll(tokens).map((m: PhraseMatch) => [m.tokenStart, m.tokenEnd, list.entries.indexOf(m.entry)]);
          expect(got).toEqual(reference(valid, tokens));
        },
      ),
      { numRuns: 400 },
    );
  });
});
