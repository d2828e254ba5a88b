// CONTRACT (implementation pending): phrase lists compiled once, matched in one pass over a reply's tokens.
//
// Pattern syntax, one pattern per entry (`match:` may hold several):
//   word      any inflected form: the token's stem equals the word's stem ("tiketti" ~ "tikettisi", "tiketin")
//   word*     any token starting with `word` (for stems the stemmer misses: "kiit*" ~ "kiitämme", "kiittää")
//   =word     this exact form only (case-insensitive)
//   a|b       either word at this position (each alternative may use the marks above)
//   word?     an optional word
//   …  or ... up to three words of anything
// Matching is case-insensitive unless the entry sets `case: true` (acronyms such as "SLA" vs "sla").
// Tokens are words as Intl.Segmenter finds them, so "2-tason" is "2", "tason".
import type { Token } from '../reply/types.js';

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
