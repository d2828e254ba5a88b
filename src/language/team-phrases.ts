// A team's own words on top of a built-in phrase list: the `add` and `allow` options every phrase-list rule takes.
import { compilePhraseList, isPhraseListError, withChanges, type CompiledPhraseList, type PhraseList } from './phrase-list.js';

export interface TeamPhrases {
  /** Entries to add, in a phrase file's shape: patterns, or objects with `match` and data fields. */
  add?: readonly unknown[];
  /** Words or phrases the list must no longer match (in any inflected form). */
  allow?: readonly string[];
}

// A team's changes compile once per list and options, not once per reply.
const changedLists = new WeakMap<PhraseList, Map<string, PhraseList>>();

/**
 * The list with a team's additions and allowed words; the list itself when there are none. Added patterns
 * match as the built-in ones do (inflected forms, `word*`, `=word`). Throws for a pattern that does not
 * compile, so the rule's run reports it as a rule error naming the option.
 */
export function withTeamPhrases(list: PhraseList, { add = [], allow = [] }: TeamPhrases): PhraseList {
  if (add.length === 0 && allow.length === 0) return list;
  const key = JSON.stringify([add, allow]);
  const cache = changedLists.get(list) ?? changedLists.set(list, new Map()).get(list)!;
  let changed = cache.get(key);
  if (!changed) {
    // Recompiled here, since the list may come from another copy of the phrase-list module (tests vs dist).
    const stem = (list as CompiledPhraseList).stem;
    const own = compilePhraseList(list.name, list.lang, list.entries, stem);
    const kept = isPhraseListError(own) ? own : withChanges(own, { allow });
    if (isPhraseListError(kept)) throw new Error(kept.message);
    const added = compilePhraseList(list.name, list.lang, [...add], stem);
    if (isPhraseListError(added)) throw new Error(`option “add”: ${added.message}`);
    // The team's entries come first: where one of them and a built-in entry match the same words, the team's wins.
    const result = compilePhraseList(list.name, list.lang, [...added.entries, ...kept.entries], stem);
    if (isPhraseListError(result)) throw new Error(result.message);
    changed = result;
    cache.set(key, changed);
  }
  return changed;
}

/** `add` as a list of patterns or phrase entries (`{match, case}`): each becomes an entry carrying `data`. */
export function teamEntries(items: readonly unknown[], data: Record<string, unknown> = {}): unknown[] {
  return items.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? { ...data, ...item } : { ...data, match: item }));
}
