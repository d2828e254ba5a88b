// The tries of a language share one lookup per token (issue 6): every list must match exactly what it
// matches when it looks each token up on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePattern } from '../../src/language/phrase-pattern.js';
import { startIndexFor } from '../../src/language/phrase-start-index.js';
import { PhraseTrie, type StepCounter } from '../../src/language/phrase-trie.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { makeTokens } from '../../src/language/tokens.js';
import type { Token } from '../../src/reply/types.js';
import { ROOT } from '../e2e/run-cli.js';

const REAL_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');

/** Every list of every built-in phrase file for `lang`, as pattern lists (rule data and language data). */
function builtInLists(lang: string): Array<Array<{ pattern: string; caseSensitive: boolean }>> {
  const rules = join(ROOT, 'rules');
  const files = [
    ...readdirSync(rules).map((rule) => join(rules, rule, `${lang}.yaml`)).filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile()),
    join(ROOT, 'src', 'language', 'data', `${lang}.yaml`),
  ];
  return files.flatMap((file) =>
    Object.values(parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>)
      .filter((group): group is unknown[] => Array.isArray(group) && group.length > 0)
      .map((group) =>
        group.flatMap((entry) => {
          if (typeof entry === 'string') return [{ pattern: entry, caseSensitive: false }];
          const { match, case: caseSensitive } = (entry ?? {}) as { match?: unknown; case?: unknown };
          const patterns = typeof match === 'string' ? [match] : Array.isArray(match) ? match.filter((p): p is string => typeof p === 'string') : [];
          return patterns.map((pattern) => ({ pattern, caseSensitive: caseSensitive === true }));
        }),
      ),
  );
}

/** phrase-list.ts's matching loop: leftmost, then longest, non-overlapping. */
function matches(trie: PhraseTrie, tokens: readonly Token[]): string[] {
  const counter: StepCounter = { steps: 0 };
  const found: string[] = [];
  for (let i = trie.nextStart(tokens, 0, tokens.length, counter); i < tokens.length; ) {
    const match = trie.longestAt(tokens, i, tokens.length, counter);
    if (!match) {
      i = trie.nextStart(tokens, i + 1, tokens.length, counter);
      continue;
    }
    found.push(`${i}-${match.tokenEnd}:${match.terminal.entry}`);
    i = trie.nextStart(tokens, match.tokenEnd, tokens.length, counter);
  }
  return found;
}

/** Texts to match: the replies of the real corpus, whole, and the rule fixtures. */
function texts(): string[] {
  const folders = [REAL_CORPUS, join(ROOT, 'fixtures', 'rules')].filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  return folders.flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => /\.(md|ya?ml)$/.test(name) && statSync(join(dir, name)).isFile())
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  );
}

describe('the shared start index', () => {
  for (const lang of ['fi', 'en']) {
    it(`finds, for every built-in ${lang} list at once, the matches each list finds on its own`, async () => {
      const stem = await loadStemmer(lang);
      // A language tag of its own: the index holds these lists only, so each gets a bit.
      const tag = `${lang}-start-index-test`;
      const lists = builtInLists(lang).map((patterns) => {
        const shared = new PhraseTrie(tag);
        const alone = new PhraseTrie();
        patterns.forEach(({ pattern, caseSensitive }, entry) => {
          const slots = parsePattern(pattern, lang, stem, caseSensitive);
          if (typeof slots === 'string') return;
          shared.insertSlots(slots, caseSensitive, { entry, pattern: 0 });
          alone.insertSlots(slots, caseSensitive, { entry, pattern: 0 });
        });
        return { shared, alone };
      });
      expect(lists.length).toBeGreaterThan(10);
      let found = 0;
      for (const text of texts()) {
        const tokens = makeTokens(text, lang, stem);
        for (const { shared, alone } of lists) {
          const expected = matches(alone, tokens);
          expect(matches(shared, tokens)).toEqual(expected);
          found += expected.length;
        }
      }
      // The lists took every bit there is (the comparison above was not between two lone lookups; lists beyond
      // 31 look their tokens up alone), and matches were found.
      expect(startIndexFor(tag).registered).toBe(Math.min(lists.length, 31));
      expect(found).toBeGreaterThan(500);
    });
  }

  it('frees the bit of a trie that changes, and stays right for its new patterns', async () => {
    const stem = await loadStemmer('en');
    const trie = new PhraseTrie('en-start-index-change');
    const insert = (pattern: string, entry: number) => trie.insertSlots(parsePattern(pattern, 'en', stem, false) as never, false, { entry, pattern: 0 });
    insert('refund', 0);
    const tokens = makeTokens('We cannot refund the ticket today.', 'en', stem);
    expect(matches(trie, tokens)).toEqual(['2-3:0']);
    insert('ticket', 1);
    expect(matches(trie, tokens)).toEqual(['2-3:0', '4-5:1']);
    expect(startIndexFor('en-start-index-change').registered).toBe(1);
  });
});
