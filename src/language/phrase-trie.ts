// One token trie for all patterns of a phrase list, so matching costs the same for 80 phrases or 5,000.
import type { Token } from '../reply/types.js';
import type { Slot, Step } from './phrase-pattern.js';
import { startIndexFor, type StartIndex } from './phrase-start-index.js';

/** Which entry, and which of its patterns, a path through the trie spells. */
export interface Terminal {
  entry: number;
  pattern: number;
}

interface CharNode {
  next: Map<string, CharNode>;
  target?: TrieNode;
}

interface CaseVariant {
  written: string;
  node: TrieNode;
}

// Edges are hash maps keyed by what a token offers (stem, lower form), so one token costs a few lookups
// however many edges leave a node. Prefix edges live in a character trie walked along the token.
interface TrieNode {
  stem?: Map<string, TrieNode>;
  stemCase?: Map<string, CaseVariant[]>;
  exact?: Map<string, TrieNode>;
  exactCase?: Map<string, TrieNode>;
  prefix?: CharNode;
  prefixCase?: CharNode;
  gaps?: Map<number, TrieNode>;
  /** Patterns ending here, in list order: the first one wins a tie. */
  ends?: Terminal[];
}

export interface TrieMatch {
  /** One past the last token matched. */
  tokenEnd: number;
  terminal: Terminal;
}

/** Counts matcher work (states visited, lookups, characters walked) so tests can compare lists by cost. */
export interface StepCounter {
  steps: number;
}

/** What a token must offer for the walk to leave the root: built on first use after the last insert. */
interface StartFilter {
  /** Root edge keys of every kind (stem, lower form, text): a token offering none of them starts nothing. */
  keys: Set<string>;
  /** The root's prefix edges, lower-cased and as written. */
  prefix?: CharNode;
  prefixCase?: CharNode;
  /** The root itself ends a pattern or skips: every token may start a match. */
  any: boolean;
  /** This trie's bit in its language's shared index, when it got one: tokens are then looked up once for all lists. */
  shared?: { index: StartIndex; bit: number };
}

export class PhraseTrie {
  private readonly root: TrieNode = {};
  private startFilter?: StartFilter;

  /** With a language, the trie shares one lookup per token with the other tries of that language (phrase-start-index.ts). */
  constructor(private readonly lang?: string) {}

  /** Inserts one sequence (`expandPattern`'s output): the reference that `insertSlots` must build the same trie as. */
  insert(sequence: readonly Step[], caseSensitive: boolean, terminal: Terminal): void {
    this.resetStartFilter();
    let node = this.root;
    for (const step of sequence) node = this.child(node, step, caseSensitive);
    addEnd(node, terminal);
  }

  /**
   * Inserts every sequence a parsed pattern stands for (see `expandPattern`: the same sequences, in the same
   * order, gaps joined and dropped at the ends), walking its slots depth first so each shared prefix is
   * stepped once. `slots` must have passed `parsePattern`'s checks (at least one word in every sequence).
   */
  insertSlots(slots: readonly Slot[], caseSensitive: boolean, terminal: Terminal): void {
    this.resetStartFilter();
    // `gap`: skips owed before the next word; `started`: a word has been placed (a leading gap means nothing).
    const visit = (index: number, node: TrieNode, gap: number, started: boolean): void => {
      if (index === slots.length) {
        addEnd(node, terminal);
        return;
      }
      const slot = slots[index]!;
      for (const choice of slot.choices) {
        let at = node;
        let owed = gap;
        let placed = started;
        for (const step of choice) {
          if (step.kind === 'gap') {
            if (placed) owed += step.max;
            continue;
          }
          if (owed > 0) at = this.child(at, { kind: 'gap', max: owed }, caseSensitive);
          owed = 0;
          at = this.child(at, step, caseSensitive);
          placed = true;
        }
        visit(index + 1, at, owed, placed);
      }
      if (slot.optional) visit(index + 1, node, gap, started);
    };
    visit(0, this.root, 0, false);
  }

  /** The longest match starting at tokens[start], inside [start, to) and the start token's sentence. */
  longestAt(tokens: readonly Token[], start: number, to: number, counter: StepCounter): TrieMatch | undefined {
    let best: TrieMatch | undefined;
    this.walk(tokens, start, to, counter, (node, pos) => {
      const first = node.ends?.[0];
      if (!first) return;
      if (!best || pos > best.tokenEnd || (pos === best.tokenEnd && before(first, best.terminal))) {
        best = { tokenEnd: pos, terminal: first };
      }
    });
    return best;
  }

  /**
   * The first index in [from, to) whose token the walk could step onto from the root (or `to`): most tokens
   * start no phrase, and one tight loop over them costs less than a walk set up per token (perf). One set
   * holds the root's keys of every kind: a key of one kind matching a token's form of another only sends
   * the token to the walk, which then finds nothing.
   */
  nextStart(tokens: readonly Token[], from: number, to: number, counter: StepCounter): number {
    const { keys, prefix, prefixCase, any, shared } = (this.startFilter ??= this.buildStartFilter());
    if (any) return Math.min(from, to);
    if (shared) {
      const masks = shared.index.masksOf(tokens);
      const flag = 1 << shared.bit;
      for (let i = from; i < to; i++) {
        counter.steps += 1;
        if (masks[i]! & flag) return i;
      }
      return to;
    }
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      counter.steps += 4;
      // Most words are their own lower form and stem: a form equal to the one before needs no second lookup.
      if (keys.has(token.stem) || (token.lower !== token.stem && keys.has(token.lower)) || (token.text !== token.lower && keys.has(token.text))) return i;
      // A prefix edge is followed only as far as the token spells it: "kiit*" sends "kiitos" to the walk, not every word in k.
      if (prefix && startsWithPrefix(prefix, token.lower, counter)) return i;
      if (prefixCase && startsWithPrefix(prefixCase, token.text, counter)) return i;
    }
    return to;
  }

  private buildStartFilter(): StartFilter {
    const root = this.root;
    const keys = new Set<string>();
    for (const map of [root.stem, root.stemCase, root.exact, root.exactCase]) for (const key of map?.keys() ?? []) keys.add(key);
    const filter: StartFilter = { keys, prefix: root.prefix, prefixCase: root.prefixCase, any: root.ends !== undefined || root.gaps !== undefined };
    if (this.lang !== undefined && !filter.any) {
      const index = startIndexFor(this.lang);
      const prefixes = [...prefixEdges(root.prefix), ...prefixEdges(root.prefixCase)];
      const bit = index.register(this, { keys, prefixes });
      if (bit !== undefined) filter.shared = { index, bit };
    }
    return filter;
  }

  private resetStartFilter(): void {
    const shared = this.startFilter?.shared;
    if (shared) shared.index.release(shared.bit);
    this.startFilter = undefined;
  }

  /** Every pattern that matches all of `tokens`, exactly. */
  coveringAll(tokens: readonly Token[]): Terminal[] {
    const found: Terminal[] = [];
    if (tokens.length === 0) return found;
    this.walk(tokens, 0, tokens.length, { steps: 0 }, (node, pos) => {
      if (pos === tokens.length && node.ends) found.push(...node.ends);
    });
    return found;
  }

  private walk(
    tokens: readonly Token[],
    start: number,
    to: number,
    counter: StepCounter,
    visit: (node: TrieNode, pos: number) => void,
  ): void {
    const sentence = tokens[start]?.sentence;
    const stack: Array<[TrieNode, number]> = [[this.root, start]];
    while (stack.length > 0) {
      const [node, pos] = stack.pop()!;
      counter.steps++;
      visit(node, pos);
      if (pos >= to) continue;
      const token = tokens[pos]!;
      if (token.sentence !== sentence) continue;
      const next = pos + 1;
      const byStem = node.stem?.get(token.stem);
      if (byStem) stack.push([byStem, next]);
      const byExact = node.exact?.get(token.lower);
      if (byExact) stack.push([byExact, next]);
      const byExactCase = node.exactCase?.get(token.text);
      if (byExactCase) stack.push([byExactCase, next]);
      counter.steps += 3;
      if (node.stemCase) {
        counter.steps++;
        for (const variant of node.stemCase.get(token.stem) ?? []) {
          counter.steps++;
          if (sameCaseWhereAlike(variant.written, token.text)) stack.push([variant.node, next]);
        }
      }
      if (node.prefix) walkPrefixes(node.prefix, token.lower, counter, (target) => stack.push([target, next]));
      if (node.prefixCase) walkPrefixes(node.prefixCase, token.text, counter, (target) => stack.push([target, next]));
      if (node.gaps) {
        for (const [max, after] of node.gaps) {
          for (let skip = 0; skip <= max && pos + skip < to; skip++) stack.push([after, pos + skip]);
        }
      }
    }
  }

  private child(node: TrieNode, step: Step, caseSensitive: boolean): TrieNode {
    if (step.kind === 'gap') return getOrAdd((node.gaps ??= new Map()), step.max);
    switch (step.mode) {
      case 'stem': {
        if (!caseSensitive) return getOrAdd((node.stem ??= new Map()), step.key);
        const variants: CaseVariant[] = (node.stemCase ??= new Map()).get(step.key) ?? [];
        node.stemCase.set(step.key, variants);
        let variant = variants.find((known: CaseVariant) => known.written === step.written);
        if (!variant) variants.push((variant = { written: step.written, node: {} }));
        return variant.node;
      }
      case 'exact':
        return getOrAdd(caseSensitive ? (node.exactCase ??= new Map()) : (node.exact ??= new Map()), step.key);
      case 'prefix': {
        let chars: CharNode = caseSensitive ? (node.prefixCase ??= { next: new Map() }) : (node.prefix ??= { next: new Map() });
        for (const char of step.key) {
          let nextChar = chars.next.get(char);
          if (!nextChar) chars.next.set(char, (nextChar = { next: new Map() }));
          chars = nextChar;
        }
        return (chars.target ??= {});
      }
    }
  }
}

function addEnd(node: TrieNode, terminal: Terminal): void {
  const ends = (node.ends ??= []);
  if (!ends.some((end) => end.entry === terminal.entry && end.pattern === terminal.pattern)) ends.push(terminal);
}

function getOrAdd<K>(map: Map<K, TrieNode>, key: K): TrieNode {
  let node = map.get(key);
  if (!node) map.set(key, (node = {}));
  return node;
}

function walkPrefixes(root: CharNode, word: string, counter: StepCounter, found: (target: TrieNode) => void): void {
  let chars: CharNode | undefined = root;
  for (const char of word) {
    chars = chars.next.get(char);
    counter.steps++;
    if (!chars) return;
    if (chars.target) found(chars.target);
  }
}

/** The words spelled by the prefix edges under `root`. */
function prefixEdges(root: CharNode | undefined, spelled = ''): string[] {
  if (!root) return [];
  const words = root.target && spelled !== '' ? [spelled] : [];
  for (const [char, next] of root.next) words.push(...prefixEdges(next, spelled + char));
  return words;
}

/** Whether some prefix edge of `root` leads to a node along `word` (the walk would step onto it). */
function startsWithPrefix(root: CharNode, word: string, counter: StepCounter): boolean {
  let chars: CharNode | undefined = root;
  for (const char of word) {
    chars = chars.next.get(char);
    counter.steps++;
    if (!chars) return false;
    if (chars.target) return true;
  }
  return false;
}

const before = (a: Terminal, b: Terminal): boolean => a.entry < b.entry || (a.entry === b.entry && a.pattern < b.pattern);

/** Case-sensitive stem match: where the two words have the same letters, they have the same case ("SLA" ~ "SLA:n", not "sla"). */
function sameCaseWhereAlike(written: string, text: string): boolean {
  const length = Math.min(written.length, text.length);
  for (let i = 0; i < length; i++) {
    const a = written[i]!;
    const b = text[i]!;
    if (a.toLowerCase() !== b.toLowerCase()) return true;
    if (a !== b) return false;
  }
  return true;
}
