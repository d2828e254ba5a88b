// Phrase lists compile by walking a pattern's slots (issue 6): the trie must be exactly the one its spelled-out sequences build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { expandPattern, parsePattern, type Slot } from '../../src/language/phrase-pattern.js';
import { PhraseTrie } from '../../src/language/phrase-trie.js';
import { loadStemmer, makeStem, type Stem } from '../../src/language/stemmer.js';
import { ROOT } from '../e2e/run-cli.js';

interface Pattern {
  pattern: string;
  caseSensitive: boolean;
}

/** Every pattern of every list in a phrase file, grouped by list, in file order. */
function patternGroups(file: string): Pattern[][] {
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.values(data)
    .filter((value): value is unknown[] => Array.isArray(value))
    .map((entries) =>
      entries.flatMap((entry): Pattern[] => {
        if (typeof entry === 'string') return [{ pattern: entry, caseSensitive: false }];
        if (typeof entry !== 'object' || entry === null) return [];
        const { match, case: caseSensitive } = entry as { match?: unknown; case?: unknown };
        const patterns = typeof match === 'string' ? [match] : Array.isArray(match) ? match : [];
        return patterns.filter((p): p is string => typeof p === 'string').map((pattern) => ({ pattern, caseSensitive: caseSensitive === true }));
      }),
    );
}

/** The two tries of a list: by slots (what compilePhraseList does) and by each spelled-out sequence. */
function bothTries(patterns: readonly Pattern[], lang: string, stem: Stem): { bySlots: PhraseTrie; bySequences: PhraseTrie; compiled: number } {
  const bySlots = new PhraseTrie();
  const bySequences = new PhraseTrie();
  let compiled = 0;
  patterns.forEach(({ pattern, caseSensitive }, entry) => {
    const slots = parsePattern(pattern, lang, stem, caseSensitive);
    const sequences = expandPattern(pattern, lang, stem, caseSensitive);
    expect(typeof slots === 'string' ? slots : 'ok').toEqual(typeof sequences === 'string' ? sequences : 'ok');
    if (typeof slots === 'string' || typeof sequences === 'string') return;
    compiled++;
    bySlots.insertSlots(slots as Slot[], caseSensitive, { entry, pattern: 0 });
    for (const sequence of sequences) bySequences.insert(sequence, caseSensitive, { entry, pattern: 0 });
  });
  return { bySlots, bySequences, compiled };
}

const dataFiles = (): Array<{ file: string; lang: string }> => {
  const rules = join(ROOT, 'rules');
  const languageData = join(ROOT, 'src', 'language', 'data');
  return [
    ...readdirSync(rules, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(rules, d.name)).filter((f) => f.endsWith('.yaml')).map((f) => join(rules, d.name, f))),
    ...readdirSync(languageData).filter((f) => f.endsWith('.yaml')).map((f) => join(languageData, f)),
  ].map((file) => ({ file, lang: file.replace(/^.*[/\\]/, '').replace(/\.yaml$/, '') }));
};

describe('PhraseTrie.insertSlots', () => {
  it('builds, for every list of every built-in phrase file, the trie that inserting each spelled-out sequence builds', async () => {
    let patterns = 0;
    for (const { file, lang } of dataFiles()) {
      const stem = await loadStemmer(lang);
      for (const group of patternGroups(file)) {
        const { bySlots, bySequences, compiled } = bothTries(group, lang, stem);
        patterns += compiled;
        expect(bySlots, file).toEqual(bySequences);
      }
    }
    // The built-in data has well over a thousand patterns; a walk that found none would prove nothing.
    expect(patterns).toBeGreaterThan(1000);
  });

  it('agrees on random patterns with alternatives, optional words, gaps at either end and exact, prefix and case marks', () => {
    const stem = makeStem((word) => word.replace(/(?:s|ed|ing)$/, ''), 'en');
    const word = fc.constantFrom('help', 'helps', 'ticket', '=SLA', 'kiit*', 'e-mail', 'we', 'sorry', 'x');
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([alternatives, optional]) => alternatives.join('|') + (optional ? '?' : '')) },
      { weight: 1, arbitrary: fc.constantFrom('…', '...') },
    );
    const list = fc.array(fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(list, (entries) => {
        const patterns = entries.map(([pieces, caseSensitive]) => ({ pattern: pieces.join(' '), caseSensitive }));
        const { bySlots, bySequences } = bothTries(patterns, 'en', stem);
        expect(bySlots).toEqual(bySequences);
        for (const { pattern, caseSensitive } of patterns) {
          const sequences = expandPattern(pattern, 'en', stem, caseSensitive);
          // A pattern that passes the checks has a word in every sequence (the check no longer spells them out).
          if (typeof sequences !== 'string') expect(sequences.every((sequence) => sequence.some((step) => step.kind === 'word'))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses, without spelling them out, patterns that can match no word, and gaps that can never lead', () => {
    const stem = makeStem((word) => word, 'en');
    for (const pattern of ['help?', '… help?', 'help? …', '… …', 'a? b|c?']) {
      expect(parsePattern(pattern, 'en', stem, false)).toBe('the pattern needs at least one word that is not optional');
    }
    for (const pattern of ['… help', 'help … …', 'a? … b|c']) expect(typeof parsePattern(pattern, 'en', stem, false)).not.toBe('string');
  });
});
