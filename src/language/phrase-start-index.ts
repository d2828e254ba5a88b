// Which phrase lists a token can start a match in, for all lists of a language at once (issue 6: a reply's
// tokens were looked up once per phrase list, which made phrase matching a fifth of a run). Each list's trie
// takes a bit; a reply's tokens are looked up once, into one mask per token, and each list then scans the
// masks for its bit. A mask is a superset filter: the trie's own walk decides what matches.
import type { Token } from '../reply/types.js';

/** What a token must offer to start a walk from a trie's root: a key of any kind, or a root prefix edge. */
export interface RootKeys {
  /** Root edge keys (stems, lower-case forms, forms as written). */
  keys: Iterable<string>;
  /** Root prefix edges (`word*`), lower-cased and as written. */
  prefixes: Iterable<string>;
}

interface PrefixNode {
  next: Map<string, PrefixNode>;
  /** Bits of the tries with a prefix edge ending here. */
  bits: number;
}

interface Slot {
  owner: WeakRef<object>;
  roots: { keys: string[]; prefixes: string[] };
}

interface Masks {
  generation: number;
  length: number;
  bits: Int32Array;
}

/** 31 bits keep every mask a small integer; lists beyond that fall back to looking tokens up themselves. */
const SLOTS = 31;

export class StartIndex {
  private readonly slots: Array<Slot | undefined> = [];
  private keyBits = new Map<string, number>();
  private prefixRoot: PrefixNode = { next: new Map(), bits: 0 };
  /** Changes whenever a slot is taken or freed: masks computed before are stale. */
  private generation = 0;
  private readonly masks = new WeakMap<readonly Token[], Masks>();

  /** How many tries hold a bit. */
  get registered(): number {
    return this.slots.filter((slot) => slot !== undefined).length;
  }

  /** Takes a bit for `owner`'s root keys; undefined when every bit belongs to an owner still alive. */
  register(owner: object, roots: RootKeys): number | undefined {
    let bit = this.slots.findIndex((slot) => slot === undefined);
    if (bit < 0 && this.slots.length < SLOTS) bit = this.slots.length;
    if (bit < 0) bit = this.reclaim();
    if (bit < 0) return undefined;
    const slot: Slot = { owner: new WeakRef(owner), roots: { keys: [...roots.keys], prefixes: [...roots.prefixes] } };
    this.slots[bit] = slot;
    this.add(bit, slot);
    this.generation += 1;
    return bit;
  }

  /** Frees a bit (its trie changed or is gone). */
  release(bit: number): void {
    if (this.slots[bit] === undefined) return;
    this.slots[bit] = undefined;
    this.rebuild();
  }

  /** Per token of `tokens`, the bits of the tries it may start a match in. */
  masksOf(tokens: readonly Token[]): Int32Array {
    const known = this.masks.get(tokens);
    if (known && known.generation === this.generation && known.length === tokens.length) return known.bits;
    const bits = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Most words are their own lower form and stem: a form equal to the one before needs no second lookup.
      let mask = this.keyBits.get(token.stem) ?? 0;
      if (token.lower !== token.stem) mask |= this.keyBits.get(token.lower) ?? 0;
      if (token.text !== token.lower) mask |= this.keyBits.get(token.text) ?? 0;
      if (this.prefixRoot.next.size > 0) {
        mask |= this.prefixBits(token.lower);
        if (token.text !== token.lower) mask |= this.prefixBits(token.text);
      }
      bits[i] = mask;
    }
    this.masks.set(tokens, { generation: this.generation, length: tokens.length, bits });
    return bits;
  }

  private prefixBits(word: string): number {
    let node: PrefixNode | undefined = this.prefixRoot;
    let mask = 0;
    for (const char of word) {
      node = node.next.get(char);
      if (!node) break;
      mask |= node.bits;
    }
    return mask;
  }

  /** Frees the bits of tries that are gone; the first freed bit, or -1. */
  private reclaim(): number {
    let freed = -1;
    this.slots.forEach((slot, bit) => {
      if (slot && slot.owner.deref() === undefined) {
        this.slots[bit] = undefined;
        if (freed < 0) freed = bit;
      }
    });
    if (freed >= 0) this.rebuild();
    return freed;
  }

  private rebuild(): void {
    this.keyBits = new Map();
    this.prefixRoot = { next: new Map(), bits: 0 };
    this.slots.forEach((slot, bit) => {
      if (slot) this.add(bit, slot);
    });
    this.generation += 1;
  }

  private add(bit: number, slot: Slot): void {
    const flag = 1 << bit;
    for (const key of slot.roots.keys) this.keyBits.set(key, (this.keyBits.get(key) ?? 0) | flag);
    for (const prefix of slot.roots.prefixes) {
      let node = this.prefixRoot;
      for (const char of prefix) {
        let next = node.next.get(char);
        if (!next) node.next.set(char, (next = { next: new Map(), bits: 0 }));
        node = next;
      }
      node.bits |= flag;
    }
  }
}

const indexes = new Map<string, StartIndex>();

/** The index shared by the phrase tries of one language. */
export function startIndexFor(lang: string): StartIndex {
  let index = indexes.get(lang);
  if (!index) indexes.set(lang, (index = new StartIndex()));
  return index;
}
