// Matches a Vale alternation (`\b(?:tok1|tok2|…)\b`) fast: its literal alternatives with a character trie, only the real patterns with a RegExp.
//
// V8 gives up its literal fast paths on a large case-insensitive Unicode alternation (the `iu` flags), and most
// alternatives of real rule packs are plain words ("a chip off the old block"): a trie walked from each word boundary
// finds them in a fraction of the time. The result is the same as the composed regex's, match for match: leftmost
// first, and at one position the alternative listed first that fits (the alternation order, not the longest).
import { compileValePattern, isPatternProblem, matchesIn, regexFor, type PatternMatch, type PatternProblem, type ValePatternOptions } from './compile.js';

export interface AlternationOptions {
  /** The alternatives as Vale sources, in order. */
  alternatives: readonly string[];
  ignoreCase: boolean;
  /** Vale's word template `\b(?:…)\b` (true) or the non-word one `(?:…)`. */
  words: boolean;
  /** How each alternative is written into the composed pattern (a named group, say); default as is. */
  wrap?: (alternative: string, index: number) => string;
  /** The group a literal hit reports, so that callers read literal and regex matches alike. */
  groupOf?: (index: number) => string;
  translate?: ValePatternOptions;
}

/** Anything that finds the non-overlapping matches of a pattern in a span of a text. */
export interface Matcher {
  matchesIn(text: string, start?: number, end?: number): PatternMatch[];
}

/** A compiled regex as a Matcher. */
export const regexMatcher = (regex: RegExp): Matcher => ({ matchesIn: (text, start, end) => matchesIn(regex, text, start, end) });

/** The composed pattern Vale would build (so callers and ReDoS checks see the same thing). */
export function composeAlternation(options: AlternationOptions, alternatives = options.alternatives.map((a, i) => ({ source: a, index: i }))): string {
  const wrap = options.wrap ?? ((a: string) => a);
  const body = alternatives.map((a) => wrap(a.source, a.index)).join('|');
  return `${options.ignoreCase ? '(?i)' : ''}(?m)${options.words ? `\\b(?:${body})\\b` : `(?:${body})`}`;
}

/** Compiles the alternation; a pattern that cannot be used is reported as the composed regex would be. */
export function compileAlternation(options: AlternationOptions): Matcher | PatternProblem {
  const full = compileValePattern(composeAlternation(options), { ...options.translate, parts: options.alternatives });
  if (isPatternProblem(full)) return full;
  const literals: Array<{ text: string; index: number }> = [];
  const rest: Array<{ source: string; index: number }> = [];
  options.alternatives.forEach((source, index) => {
    const text = literalOf(source, options.ignoreCase);
    if (text !== undefined) literals.push({ text, index });
    else rest.push({ source, index });
  });
  // An inline flag without a group (`(?-i)`) holds until the end of the alternation in .NET: it changes the
  // alternatives after it, so such a rule keeps the one regex.
  if (literals.length === 0 || rest.some((r) => /\(\?[imsnx]*(?:-[imsnx]*)?\)/.test(r.source))) return regexMatcher(full);
  let residual: RegExp | undefined;
  if (rest.length) {
    const compiled = compileValePattern(composeAlternation(options, rest), { ...options.translate, parts: [] });
    if (isPatternProblem(compiled)) return regexMatcher(full);
    residual = compiled;
  }
  return new LiteralAlternation(buildTrie(literals, options.ignoreCase), options.ignoreCase, options.words, residual, full, options.groupOf);
}

// .NET word characters: letters, non-spacing marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
const WORD = /[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]/u;
// Characters outside ASCII that match only themselves whatever the case flag: uncased punctuation, symbols, spaces.
const UNCASED = /^[\p{P}\p{S}\p{Z}]$/u;
const SYNTAX = '\\^$.|?*+()[]{}';

/**
 * The text a Vale alternative stands for when it is a plain string (escaped punctuation allowed), else undefined.
 * Case-insensitive literals keep to characters whose case folding is plain ASCII lower-casing, as the `iu` flags do.
 */
export function literalOf(source: string, ignoreCase: boolean): string | undefined {
  let text = '';
  for (let i = 0; i < source.length; i += 1) {
    let c = source[i];
    if (c === '\\') {
      c = source[i + 1] ?? '';
      if (!c || /[\p{L}\p{N}]/u.test(c)) return undefined;
      i += 1;
    } else if (SYNTAX.includes(c)) return undefined;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    if (ignoreCase && code >= 0x80 && !(UNCASED.test(c) && c.toLowerCase() === c && c.toUpperCase() === c)) return undefined;
    text += c;
  }
  return text === '' ? undefined : text;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The first alternative ending here, or -1. */
  index: number;
}

function buildTrie(literals: ReadonlyArray<{ text: string; index: number }>, ignoreCase: boolean): TrieNode {
  const root: TrieNode = { next: new Map(), index: -1 };
  for (const { text, index } of literals) {
    let node = root;
    for (let i = 0; i < text.length; i += 1) {
      const code = ignoreCase ? foldCode(text.charCodeAt(i)) : text.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), index: -1 }));
      node = child;
    }
    if (node.index === -1 || index < node.index) node.index = index;
  }
  return root;
}

/** Simple case folding, as the `iu` flags apply it, for every character a case-insensitive literal may hold. */
function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x17f) return 0x73; // ſ folds to s
  if (code === 0x212a) return 0x6b; // the Kelvin sign folds to k
  return code;
}

/** Per text: its folded code units and which code units belong to word characters. Rules read the same text in turn. */
interface TextTables {
  text: string;
  folded: Uint16Array;
  word: Uint8Array;
}
let lastTables: TextTables | undefined;

function tablesOf(text: string): TextTables {
  if (lastTables?.text === text) return lastTables;
  const folded = new Uint16Array(text.length);
  const word = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    folded[i] = foldCode(code);
    if (code < 0x80) {
      word[i] = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f ? 1 : 0;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const isWord = WORD.test(text.slice(i, i + 2)) ? 1 : 0;
      word[i] = isWord;
      word[i + 1] = isWord;
      folded[i + 1] = text.charCodeAt(i + 1);
      i += 1;
    } else word[i] = WORD.test(text[i]) ? 1 : 0;
  }
  return (lastTables = { text, folded, word });
}

class LiteralAlternation implements Matcher {
  private readonly sticky = new Map<RegExp, RegExp>();

  constructor(
    private readonly root: TrieNode,
    private readonly ignoreCase: boolean,
    private readonly words: boolean,
    private readonly residual: RegExp | undefined,
    private readonly full: RegExp,
    private readonly groupOf?: (index: number) => string,
  ) {}

  matchesIn(text: string, start = 0, end = text.length): PatternMatch[] {
    const tables = tablesOf(text);
    const out: PatternMatch[] = [];
    // The residual regex runs on the unit alone, as the composed one would (its lookarounds see no further).
    const slice = this.residual ? (start === 0 && end === text.length ? text : text.slice(start, end)) : '';
    const residual = this.residual && regexFor(this.residual, text, start, end);
    const full = residual && regexFor(this.full, text, start, end);
    let next: PatternMatch | null | undefined; // the residual's next match at or after `pos`, in text coordinates
    let pos = start;
    while (pos < end) {
      if (residual && (next === undefined || (next && next.index < pos))) next = this.residualFrom(residual, slice, pos - start, start);
      const literal = this.literalFrom(tables, pos, start, end, next ? next.index : end);
      if (!literal && !next) break;
      // A literal hit is rare (it is an alert): with pattern alternatives about, the composed regex confirms it, since
      // one listed earlier may match at the same place (or match nothing there, which Vale skips).
      const at = literal ? literal.index : next!.index;
      const match = literal && full ? this.fullAt(full, slice, at - start, start) : literal ?? next!;
      if (!match || match[0].length === 0) {
        pos = at + 1;
        continue;
      }
      out.push(match);
      pos = match.index + match[0].length;
    }
    return out;
  }

  /** The leftmost literal hit in [from, limit], its first-listed alternative on ties. */
  private literalFrom(tables: TextTables, from: number, start: number, end: number, limit: number): PatternMatch | undefined {
    const { folded, word } = tables;
    const codes = this.ignoreCase ? folded : undefined;
    for (let p = from; p <= limit && p < end; p += 1) {
      if (this.words && !this.boundary(word, p, start, end)) continue;
      let node: TrieNode | undefined = this.root;
      let best = -1;
      let bestEnd = -1;
      for (let q = p; q < end; q += 1) {
        node = node.next.get(codes ? codes[q] : tables.text.charCodeAt(q));
        if (!node) break;
        if (node.index !== -1 && (best === -1 || node.index < best) && (!this.words || this.boundary(word, q + 1, start, end))) {
          best = node.index;
          bestEnd = q + 1;
        }
      }
      if (best !== -1) {
        const m = this.matchOf(tables.text.slice(p, bestEnd), p);
        if (this.groupOf) m.groups = { [this.groupOf(best)]: m[0] };
        return m;
      }
    }
    return undefined;
  }

  /** Whether `p` is a word boundary inside [start, end]; outside the unit counts as non-word, as in a regex on the slice. */
  private boundary(word: Uint8Array, p: number, start: number, end: number): boolean {
    const before = p > start ? word[p - 1] : 0;
    const after = p < end ? word[p] : 0;
    return before !== after;
  }

  private residualFrom(regex: RegExp, slice: string, from: number, offset: number): PatternMatch | null {
    regex.lastIndex = from;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      m.index += offset;
      return m;
    }
    return null;
  }

  /** The composed regex's match at `at`, if any. */
  private fullAt(full: RegExp, slice: string, at: number, offset: number): PatternMatch | undefined {
    let sticky = this.sticky.get(full);
    if (!sticky) this.sticky.set(full, (sticky = new RegExp(full.source, full.flags.replace('g', '') + 'y')));
    sticky.lastIndex = at;
    const m = sticky.exec(slice);
    if (!m) return undefined;
    m.index += offset;
    return m;
  }

  private matchOf(text: string, index: number): PatternMatch {
    const m = [text] as unknown as PatternMatch & string[];
    m.index = index;
    return m;
  }
}
