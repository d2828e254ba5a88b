// Phrase lists: compiled once from YAML data into one token trie, matched in one pass over a reply's tokens.
//
// Pattern syntax, one pattern per entry (`match:` may hold several):
//   word      any inflected form: the token's stem equals the word's stem ("tiketti" ~ "tikettisi", "tiketin")
//   word*     any token starting with `word` (for stems the stemmer misses: "kiit*" ~ "kiitämme", "kiittää")
//   =word     this exact form only (case-insensitive)
//   a|b       either word at this position (each alternative may use the marks above)
//   word?     an optional word
//   …  or ... up to three words of anything, between two words
// Matching is case-insensitive unless the entry sets `case: true` (acronyms such as "SLA" vs "sla").
// Tokens are words as Intl.Segmenter finds them, so "2-tason" is "2", "tason"; "SLA:n" is one word whose stem is "sla".
// Patterns are split into words the same way, so "2-tason" in a pattern is two words too.
// Marks apply to every word of a piece that the segmenter splits ("=e-mail"), except `*`: the last word only.
import type { Token } from '../reply/types.js';
import { parsePattern } from './phrase-pattern.js';
import { PhraseTrie, type StepCounter } from './phrase-trie.js';
import type { Stem } from './stemmer.js';
import { makeTokens } from './tokens.js';

export { makeTokens };

/** One entry of a phrase file: a pattern or patterns, plus any data the rule wants back (replacement, reason…). */
export interface PhraseEntry {
  match: string[];
  case?: boolean;
  [key: string]: unknown;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** Token indexes [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  entry: PhraseEntry;
  /** The pattern of the entry that matched. */
  pattern: string;
}

export interface PhraseList {
  readonly name: string;
  readonly lang: string;
  readonly entries: readonly PhraseEntry[];
  /** Every non-overlapping match (leftmost, then longest) in tokens[from, to). */
  matchAll(tokens: readonly Token[], from?: number, to?: number): PhraseMatch[];
}

/** What is wrong with one entry of a phrase file. */
export interface PhraseProblem {
  /** 0-based index of the entry in the list; -1 when the group itself is not a list. */
  index: number;
  /** The pattern at fault, when one is. */
  pattern?: string;
  message: string;
}

/** A phrase file group that cannot be compiled: every problem, and one message naming them. */
export interface PhraseListError {
  readonly kind: 'phrase-list-error';
  readonly name: string;
  readonly lang: string;
  readonly problems: readonly PhraseProblem[];
  readonly message: string;
}

/** A compiled list: the contract plus what config changes and cost tests need. */
export interface CompiledPhraseList extends PhraseList {
  /** The stemmer the patterns were compiled with. */
  readonly stem: Stem;
  /** `matchAll`, plus how many matcher steps it took (for cost comparisons, not for rules). */
  matchAllCounted(tokens: readonly Token[], from?: number, to?: number): { matches: PhraseMatch[]; steps: number };
}

// The trie stays private: rules see only `matchAll`, and `withChanges` reuses it to test allowed words.
const tries = new WeakMap<CompiledPhraseList, PhraseTrie>();

/** Team changes to a built-in list: entries to add (same shape as a phrase file) and words to allow. */
export interface PhraseListChanges {
  add?: unknown;
  /** Words or phrases that must no longer match: the patterns matching all of one of them are dropped. */
  allow?: readonly string[];
}

export function isPhraseListError(value: PhraseList | PhraseListError): value is PhraseListError {
  return (value as PhraseListError).kind === 'phrase-list-error';
}

/**
 * Compiles a phrase file group: a list of patterns, or of objects with `match` (a pattern or a list of them),
 * optional `case: true`, and any data fields the rule wants back.
 */
export function compilePhraseList(name: string, lang: string, raw: unknown, stem: Stem): CompiledPhraseList | PhraseListError {
  const problems: PhraseProblem[] = [];
  const entries = readEntries(raw, problems);
  const trie = new PhraseTrie(lang);
  entries.forEach((entry, index) => {
    entry.match.forEach((pattern, patternIndex) => {
      const slots = parsePattern(pattern, lang, stem, entry.case === true);
      if (typeof slots === 'string') {
        problems.push({ index, pattern, message: slots });
        return;
      }
      trie.insertSlots(slots, entry.case === true, { entry: index, pattern: patternIndex });
    });
  });
  if (problems.length > 0) return listError(name, lang, problems);

  const matchAllCounted = (tokens: readonly Token[], from = 0, to = tokens.length) => {
    const counter: StepCounter = { steps: 0 };
    const matches: PhraseMatch[] = [];
    const end = Math.min(to, tokens.length);
    let i = trie.nextStart(tokens, Math.max(0, from), end, counter);
    while (i < end) {
      const found = trie.longestAt(tokens, i, end, counter);
      if (!found) {
        i = trie.nextStart(tokens, i + 1, end, counter);
        continue;
      }
      const entry = entries[found.terminal.entry]!;
      matches.push({
        start: tokens[i]!.start,
        end: tokens[found.tokenEnd - 1]!.end,
        tokenStart: i,
        tokenEnd: found.tokenEnd,
        entry,
        pattern: entry.match[found.terminal.pattern]!,
      });
      i = trie.nextStart(tokens, found.tokenEnd, end, counter);
    }
    return { matches, steps: counter.steps };
  };

  const list: CompiledPhraseList = {
    name,
    lang,
    entries,
    stem,
    matchAllCounted,
    matchAll: (tokens, from, to) => matchAllCounted(tokens, from, to).matches,
  };
  tries.set(list, trie);
  return list;
}

/**
 * The list with a team's changes: `allow` drops, from the list's own entries, every pattern that matches
 * all of an allowed word or phrase (an entry left with no pattern goes); then `add` appends entries.
 */
export function withChanges(list: CompiledPhraseList, changes: PhraseListChanges): CompiledPhraseList | PhraseListError {
  let entries: PhraseEntry[] = [...list.entries];
  if (changes.allow && changes.allow.length > 0) {
    const trie = tries.get(list);
    if (!trie) throw new Error(`withChanges: phrase list "${list.name}" was not made by compilePhraseList`);
    const dropped = new Set<string>();
    for (const allowed of changes.allow) {
      for (const terminal of trie.coveringAll(makeTokens(allowed, list.lang, list.stem))) {
        dropped.add(`${terminal.entry}:${terminal.pattern}`);
      }
    }
    entries = entries.flatMap((entry, index) => {
      const match = entry.match.filter((_, patternIndex) => !dropped.has(`${index}:${patternIndex}`));
      if (match.length === entry.match.length) return [entry];
      return match.length > 0 ? [{ ...entry, match }] : [];
    });
  }
  if (changes.add === undefined) return compilePhraseList(list.name, list.lang, entries, list.stem);
  const added = compilePhraseList(list.name, list.lang, changes.add, list.stem);
  if (isPhraseListError(added)) return added;
  return compilePhraseList(list.name, list.lang, [...entries, ...added.entries], list.stem);
}

function readEntries(raw: unknown, problems: PhraseProblem[]): PhraseEntry[] {
  if (!Array.isArray(raw)) {
    problems.push({ index: -1, message: `expected a list of patterns, found ${describe(raw)}` });
    return [];
  }
  return raw.map((item: unknown, index): PhraseEntry => {
    if (typeof item === 'string') {
      if (item.trim() !== '') return { match: [item] };
      problems.push({ index, message: 'the pattern is empty' });
      return { match: [] };
    }
    if (!isRecord(item)) {
      problems.push({ index, message: `expected a pattern or an object with "match", found ${describe(item)}` });
      return { match: [] };
    }
    const { match, case: caseSensitive, ...data } = item;
    const patterns = typeof match === 'string' ? [match] : match;
    if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every((p) => typeof p === 'string' && p.trim() !== '')) {
      problems.push({
        index,
        message: match === undefined ? 'the entry has no "match"' : '"match" must be a pattern or a non-empty list of patterns',
      });
      return { ...data, match: [] };
    }
    if (caseSensitive !== undefined && typeof caseSensitive !== 'boolean') {
      problems.push({ index, message: '"case" must be true or false' });
    }
    const entry: PhraseEntry = { ...data, match: [...(patterns as string[])] };
    if (typeof caseSensitive === 'boolean') entry.case = caseSensitive;
    return entry;
  });
}

function listError(name: string, lang: string, problems: PhraseProblem[]): PhraseListError {
  const lines = problems.map((problem) => {
    const where = problem.index < 0 ? '' : `entry ${problem.index + 1}${problem.pattern === undefined ? '' : ` ("${problem.pattern}")`}: `;
    return `${where}${problem.message}`;
  });
  return {
    kind: 'phrase-list-error',
    name,
    lang,
    problems,
    message: `phrase list "${name}" (${lang}): ${lines.join('; ')}`,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
