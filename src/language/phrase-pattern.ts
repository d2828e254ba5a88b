// Parses one phrase pattern ("kiit*", "=SLA", "a|b", "word?", "…") into the token steps it can match.
import type { Stem } from './stemmer.js';
import { segmentWords } from './words.js';

/** How one pattern word meets one token. */
export type WordMode = 'stem' | 'exact' | 'prefix';

export type Step =
  | {
      kind: 'word';
      mode: WordMode;
      /** stem: the word's stem; exact and prefix: the lower-cased form, or as written when case-sensitive. */
      key: string;
      /** The word as the pattern writes it, for case-sensitive stem matching. */
      written: string;
    }
  | { kind: 'gap'; max: number };

/** Tokens a `…` may skip. */
export const GAP_MAX = 3;
// Alternatives and optional words multiply; past this a pattern is better written as several entries.
const MAX_EXPANSIONS = 256;
const GAP = /^(?:…|\.\.\.)$/;

/** One word of a pattern: its alternatives (each one or more steps), and whether it may be left out. */
export interface Slot {
  optional: boolean;
  choices: Step[][];
}

/**
 * The pattern's slots, checked exactly as `expandPattern` checks them (same messages, same order), without
 * spelling out its combinations: the phrase trie walks the slots directly, sharing every common prefix
 * (a pattern with alternatives and optional words stands for up to 256 sequences; spelling them out was
 * most of a run's start-up).
 */
export function parsePattern(pattern: string, lang: string, stem: Stem, caseSensitive: boolean): Slot[] | string {
  const pieces = pattern.trim().split(/\s+/).filter((piece) => piece !== '');
  if (pieces.length === 0) return 'the pattern is empty';
  const slots: Slot[] = [];
  for (const piece of pieces) {
    const slot = parsePiece(piece, lang, stem, caseSensitive);
    if (typeof slot === 'string') return slot;
    slots.push(slot);
  }
  let combinations = 1;
  for (const slot of slots) {
    combinations *= slot.choices.length + (slot.optional ? 1 : 0);
    if (combinations > MAX_EXPANSIONS) {
      return `too many combinations of alternatives and optional words (over ${MAX_EXPANSIONS}); split it into several patterns`;
    }
  }
  // A sequence is empty when every slot can give no word: left out, or a gap (gaps at the ends are dropped).
  if (slots.every((slot) => slot.optional || slot.choices.some((choice) => choice.every((step) => step.kind === 'gap')))) {
    return 'the pattern needs at least one word that is not optional';
  }
  return slots;
}

/**
 * Every step sequence `pattern` stands for (alternatives and optional words spelled out), or a message
 * saying what is wrong with it. The reference meaning of a pattern; the phrase trie gets the same
 * sequences from `parsePattern` without building them one by one.
 */
export function expandPattern(pattern: string, lang: string, stem: Stem, caseSensitive: boolean): Step[][] | string {
  const slots = parsePattern(pattern, lang, stem, caseSensitive);
  if (typeof slots === 'string') return slots;
  let sequences: Step[][] = [[]];
  for (const slot of slots) {
    const choices = slot.optional ? [...slot.choices, []] : slot.choices;
    sequences = sequences.flatMap((sequence) => choices.map((choice) => [...sequence, ...choice]));
  }
  return sequences.map(normalizeGaps);
}

function parsePiece(piece: string, lang: string, stem: Stem, caseSensitive: boolean): Slot | string {
  if (GAP.test(piece)) return { optional: false, choices: [[{ kind: 'gap', max: GAP_MAX }]] };
  if (/…|\.\.\./.test(piece)) return `write the gap "…" as a word of its own, with spaces around it ("${piece}")`;
  const optional = piece.endsWith('?');
  const body = optional ? piece.slice(0, -1) : piece;
  const choices: Step[][] = [];
  for (const alternative of body.split('|')) {
    const steps = parseAlternative(alternative, lang, stem, caseSensitive);
    if (typeof steps === 'string') return steps;
    choices.push(steps);
  }
  return { optional, choices };
}

function parseAlternative(alternative: string, lang: string, stem: Stem, caseSensitive: boolean): Step[] | string {
  if (alternative === '') return 'an alternative is empty (check the "|" marks)';
  const exact = alternative.startsWith('=');
  const prefix = alternative.endsWith('*');
  const bare = alternative.slice(exact ? 1 : 0, prefix ? -1 : undefined);
  if (exact && prefix) return `"${alternative}" is both exact (=) and a prefix (*); choose one`;
  if (/[=*?|]/.test(bare)) {
    return `"${alternative}": marks go before a word (=) or after it (*, ?), not inside it`;
  }
  const words = segmentWords(bare, lang);
  if (words.length === 0) return `"${alternative}" holds no word`;
  return words.map((word, index): Step => {
    const lower = word.text.toLowerCase();
    const mode: WordMode = exact ? 'exact' : prefix && index === words.length - 1 ? 'prefix' : 'stem';
    const key = mode === 'stem' ? stem(lower) : caseSensitive ? word.text : lower;
    return { kind: 'word', mode, key, written: word.text };
  });
}

/** Joins neighbouring gaps (left by a dropped optional word) and drops gaps at either end, where they mean nothing. */
function normalizeGaps(sequence: Step[]): Step[] {
  const out: Step[] = [];
  for (const step of sequence) {
    const last = out[out.length - 1];
    if (step.kind === 'gap' && last?.kind === 'gap') out[out.length - 1] = { kind: 'gap', max: last.max + step.max };
    else out.push(step);
  }
  while (out[0]?.kind === 'gap') out.shift();
  while (out[out.length - 1]?.kind === 'gap') out.pop();
  return out;
}
