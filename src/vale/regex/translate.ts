// Translates a Vale regular expression (.NET syntax, RE2 compatibility mode) into a JavaScript one with the same meaning.

export interface TranslatedPattern {
  /** JavaScript source, for flags `u` (plus `i` when `flags` says so). */
  source: string;
  /** `u` or `iu`. */
  flags: string;
  /**
   * The same pattern with ASCII `\b`, `\w`, `\d`, `^` and `$` in place of their Unicode emulations: it backtracks
   * the same way and is far cheaper for a ReDoS checker to analyse.
   */
  checkSource: string;
  /**
   * The same pattern for the flags without `u` (`i` or none), with ASCII `\b`, `\w` and `\d`: it matches exactly like
   * `source` on text whose characters outside ASCII are uncased non-word characters (curly quotes, dashes), and V8
   * runs it many times faster than a case-insensitive Unicode pattern. Absent when the pattern needs `u` (`\p{…}`,
   * characters outside the BMP) or could fold a character outside ASCII into ASCII.
   */
  asciiSource?: string;
}

export interface TranslationError {
  message: string;
}

export interface TranslateOptions {
  /** Turn unnamed capturing groups into `(?:…)`, as Vale does to swap keys, so the caller's own (named) groups decide. */
  dropCaptures?: boolean;
}

export const isTranslationError = (value: TranslatedPattern | TranslationError): value is TranslationError => 'message' in value;

// .NET word characters: letters, non-spacing marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
const WORD_SET = '\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\\u200C\\u200D';
const WORD = `[${WORD_SET}]`;
const NOT_WORD = `[^${WORD_SET}]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
const START = '(?<![\\s\\S])';
const END = '(?![\\s\\S])';

// RE2's POSIX classes are ASCII-only.
const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E',
  punct: '\\x21-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7E',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const SYNTAX = new Set('^$\\.*+?()[]{}|/');

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

class Failure extends Error {}

/** A set inside a character class: plain JS class text, or the complement of one (`\W`, `[:^alpha:]`). */
interface ClassItem {
  text: string;
  negated: boolean;
}

/**
 * Translates `pattern`. Inline flags (`(?i)`, `(?-i)`, `(?m)`, `(?s)`, `(?i:…)`) may change anywhere, as in
 * .NET: `^`, `$` and `.` are written out for their flags at that point, and case-insensitive parts of a pattern
 * that is not case-insensitive throughout have their letters spelled in both cases. `\b`, `\w` and `\d` keep
 * .NET's Unicode meaning.
 */
export function translateValeRegex(pattern: string, options: TranslateOptions = {}): TranslatedPattern | TranslationError {
  try {
    const probe = new Translator(pattern, options, false);
    probe.run();
    const uniform = !(probe.sawCaseless && probe.sawCased);
    const result = uniform ? probe.output : new Translator(pattern, options, true).run();
    const checkSource = new Translator(pattern, options, !uniform, 'check').run();
    const flags = uniform && probe.sawCaseless ? 'iu' : 'u';
    try {
      new RegExp(result, flags);
    } catch (error) {
      return { message: `cannot be translated to JavaScript: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}` };
    }
    const asciiSource = asciiVariant(pattern, options, !uniform, flags.includes('i'));
    return { source: result, flags, checkSource, ...(asciiSource !== undefined ? { asciiSource } : {}) };
  } catch (error) {
    if (error instanceof Failure) return { message: error.message };
    throw error;
  }
}

/** The ASCII form of a pattern (see TranslatedPattern.asciiSource), or undefined when it would not mean the same. */
function asciiVariant(pattern: string, options: TranslateOptions, expandCase: boolean, caseless: boolean): string | undefined {
  const translator = new Translator(pattern, options, expandCase, 'ascii');
  let source: string;
  try {
    source = translator.run();
  } catch {
    return undefined;
  }
  if (translator.usesProperty || /[\uD800-\uDFFF]/.test(source)) return undefined;
  // Under `iu`, ſ and the Kelvin sign match s and k: a caseless pattern with characters (or escapes) outside ASCII might.
  if ((caseless || expandCase) && (/[^\x00-\x7F]/.test(source) || /\\u/.test(source))) return undefined;
  try {
    new RegExp(source, caseless ? 'i' : '');
  } catch {
    return undefined;
  }
  return source;
}

type Mode = 'unicode' | 'ascii' | 'check';

class Translator {
  output = '';
  /** A `\p{…}` was written: the pattern needs the `u` flag. */
  usesProperty = false;
  sawCaseless = false;
  sawCased = false;
  private at = 0;
  private flags: Flags = { i: false, m: false, s: false };
  private readonly stack: Flags[] = [];

  constructor(
    private readonly src: string,
    private readonly options: TranslateOptions,
    /** Spell case-insensitive letters in both cases instead of relying on the `i` flag. */
    private readonly expandCase: boolean,
    /**
     * `unicode`: the real pattern. `ascii`: ASCII shorthands for the word and digit classes, for the flags without
     * `u`. `check`: ASCII shorthands and plain anchors, a pattern that backtracks alike, for the ReDoS check only.
     */
    private readonly mode: Mode = 'unicode',
  ) {}

  private get simple(): boolean {
    return this.mode === 'check';
  }

  private get words() {
    const ascii = { word: '\\w', notWord: '\\W', boundary: '\\b', notBoundary: '\\B', start: '^', end: '$', digit: '\\d', notDigit: '\\D', wordSet: '\\w' };
    if (this.mode === 'check') return ascii;
    if (this.mode === 'ascii') return { ...ascii, start: START, end: END };
    return { word: WORD, notWord: NOT_WORD, boundary: BOUNDARY, notBoundary: NOT_BOUNDARY, start: START, end: END, digit: '\\p{Nd}', notDigit: '\\P{Nd}', wordSet: WORD_SET };
  }

  run(): string {
    const { src } = this;
    while (this.at < src.length) {
      const c = src[this.at];
      if (c === '\\') this.escape();
      else if (c === '(') this.openGroup();
      else if (c === ')') {
        if (this.stack.length === 0) this.fail('has an unmatched “)”');
        this.flags = this.stack.pop()!;
        this.emit(')');
        this.at += 1;
      } else if (c === '[') this.charClass();
      else if (c === '^') this.literalEmit(this.simple ? '^' : this.flags.m ? '(?<![^\\n])' : START);
      else if (c === '$') this.literalEmit(this.simple ? '$' : this.flags.m ? `(?=\\n|${END})` : `(?=\\n?${END})`);
      else if (c === '.') this.literalEmit(this.flags.s ? '[\\s\\S]' : '[^\\n]');
      else if (c === '{') {
        const quantifier = /^\{\d+(,\d*)?\}/.exec(src.slice(this.at));
        this.literalEmit(quantifier ? quantifier[0] : '\\{', quantifier ? quantifier[0].length : 1);
      } else if (c === '}' || c === ']') this.literalEmit(`\\${c}`);
      else if ('*+?|'.includes(c)) this.literalEmit(c);
      else this.char(String.fromCodePoint(src.codePointAt(this.at)!));
    }
    if (this.stack.length > 0) this.fail('has an unclosed “(”');
    return this.output;
  }

  private fail(what: string): never {
    throw new Failure(`${what} (at character ${this.at + 1} of “${this.src}”)`);
  }

  private emit(text: string): void {
    this.output += text;
  }

  private literalEmit(text: string, width = 1): void {
    this.emit(text);
    this.at += width;
  }

  /** A literal character outside a class. */
  private char(ch: string): void {
    this.at += ch.length;
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    if (cased) this.note();
    if (cased && this.flags.i && this.expandCase) {
      this.emit(`[${classChar(ch.toLowerCase())}${classChar(ch.toUpperCase())}]`);
      return;
    }
    this.emit(SYNTAX.has(ch) ? `\\${ch}` : ch === '-' ? '-' : ch);
  }

  /** Records the case mode of something case-sensitive, to tell whether one `i` flag can serve the whole pattern. */
  private note(): void {
    if (this.flags.i) this.sawCaseless = true;
    else this.sawCased = true;
  }

  private escape(): void {
    const { src } = this;
    const next = src[this.at + 1];
    if (next === undefined) this.fail('ends with a lone “\\”');
    const rest = src.slice(this.at + 1);
    const out = (text: string, width: number) => {
      this.emit(text);
      this.at += 1 + width;
    };
    switch (next) {
      case 'b': return out(this.words.boundary, 1);
      case 'B': return out(this.words.notBoundary, 1);
      case 'w': return out(this.words.word, 1);
      case 'W': return out(this.words.notWord, 1);
      case 'd': return out(this.words.digit, 1);
      case 'D': return out(this.words.notDigit, 1);
      case 's': return out('\\s', 1);
      case 'S': return out('\\S', 1);
      case 'A': return out(this.words.start, 1);
      case 'z': return out(this.words.end, 1);
      case 'Z': return out(this.simple ? '$' : `(?=\\n?${END})`, 1);
      case 'k': {
        const named = /^k(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest);
        if (!named) this.fail('has a “\\k” without a group name');
        this.note();
        return out(`\\k<${named[1] ?? named[2]}>`, named[0].length);
      }
      case 'p':
      case 'P':
        return out(this.property(rest), /^[pP](\{[^}]*\}|\w)/.exec(rest)?.[0].length ?? 1);
      default: {
        if (/\d/.test(next)) {
          const digits = /^\d+/.exec(rest)![0];
          if (digits === '0' || digits.startsWith('0')) return out('\\x00', 1);
          this.note();
          return out(`\\${digits}`, digits.length);
        }
        const simple = singleEscape(rest);
        if (simple) return out(simple.text, simple.width);
        if (/[A-Za-z]/.test(next)) this.fail(`uses “\\${next}”, which JavaScript has no equivalent for`);
        // An escaped punctuation character is that character.
        const ch = String.fromCodePoint(src.codePointAt(this.at + 1)!);
        this.at += 1;
        this.char(ch);
      }
    }
  }

  private property(rest: string): string {
    const m = /^([pP])(?:\{([^}]*)\}|(\w))/.exec(rest);
    if (!m) this.fail('has a “\\p” without a property name');
    const text = `\\${m[1]}{${m[2] ?? m[3]}}`;
    this.usesProperty = true;
    try {
      new RegExp(text, 'u');
    } catch {
      this.fail(`uses the Unicode property “${m[2] ?? m[3]}”, which JavaScript does not know (.NET block names such as IsGreek are not supported)`);
    }
    if (/^(Lu|Ll|Lt|Uppercase|Lowercase)$/.test(m[2] ?? m[3])) this.note();
    return text;
  }

  private openGroup(): void {
    const rest = this.src.slice(this.at);
    const push = (text: string, width: number, flags: Flags = this.flags) => {
      this.stack.push(this.flags);
      this.flags = flags;
      this.emit(text);
      this.at += width;
    };
    if (!rest.startsWith('(?')) return push(this.options.dropCaptures ? '(?:' : '(', 1);
    let m: RegExpExecArray | null;
    if ((m = /^\(\?#[^)]*\)/.exec(rest))) {
      this.at += m[0].length; // a comment
      return;
    }
    if ((m = /^\(\?(?::|=|!|<=|<!)/.exec(rest))) return push(m[0], m[0].length);
    // Atomic groups have no JavaScript form; as plain groups they find the same matches, only with more backtracking.
    if (rest.startsWith('(?>')) return push('(?:', 3);
    if ((m = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest))) {
      return push(`(?<${m[1] ?? m[2]}>`, m[0].length);
    }
    if ((m = /^\(\?P=([A-Za-z_]\w*)\)/.exec(rest))) {
      this.note();
      this.emit(`\\k<${m[1]}>`);
      this.at += m[0].length;
      return;
    }
    if ((m = /^\(\?([imsnx]*)(?:-([imsnx]*))?(:|\))/.exec(rest)) && (m[1] || m[2] !== undefined)) {
      const flags = { ...this.flags };
      for (const [letters, on] of [[m[1], true], [m[2] ?? '', false]] as const) {
        for (const f of letters) {
          if (f === 'x' || f === 'n') this.fail(`uses the inline flag “${f}”, which is not supported`);
          flags[f as keyof Flags] = on;
        }
      }
      if (m[3] === ')') {
        this.flags = flags; // until the end of the enclosing group
        this.at += m[0].length;
        return;
      }
      return push('(?:', m[0].length, flags);
    }
    if (rest.startsWith('(?(')) this.fail('uses a .NET conditional group “(?(…)…)”, which JavaScript does not have');
    this.fail('has a group syntax JavaScript does not have');
  }

  private charClass(): void {
    const { src } = this;
    let i = this.at + 1;
    const negated = src[i] === '^';
    if (negated) i += 1;
    const items: ClassItem[] = [];
    let plain = '';
    let first = true;
    const caseless = this.flags.i;
    let cased = false;
    // Reads one class atom: a single character (with its code point) or a set.
    const atom = (): { ch?: string; set?: ClassItem } => {
      const c = src[i];
      if (c === '\\') {
        const n = src[i + 1];
        if (n === undefined) this.fail('ends inside a character class');
        const rest = src.slice(i + 1);
        i += 2;
        switch (n) {
          case 'w': return { set: { text: this.words.wordSet, negated: false } };
          case 'W': return { set: { text: this.words.wordSet, negated: true } };
          case 'd': return { set: { text: this.words.digit, negated: false } };
          case 'D': return { set: { text: this.words.notDigit, negated: false } };
          case 's': return { set: { text: '\\s', negated: false } };
          case 'S': return { set: { text: '\\S', negated: false } };
          case 'b': return { ch: '\b' };
          case 'p':
          case 'P': {
            i -= 1;
            const text = this.property(rest);
            i += /^[pP](\{[^}]*\}|\w)/.exec(rest)![0].length;
            return { set: { text, negated: false } };
          }
          default: {
            if (/\d/.test(n)) {
              const octal = /^[0-7]{1,3}/.exec(rest);
              if (!octal) this.fail(`has “\\${n}” inside a character class`);
              i += octal[0].length - 1;
              return { ch: String.fromCharCode(parseInt(octal[0], 8)) };
            }
            const simple = singleEscape(rest);
            if (simple) {
              i += simple.width - 1;
              return { ch: simple.char };
            }
            if (/[A-Za-z]/.test(n)) this.fail(`uses “\\${n}” inside a character class, which JavaScript has no equivalent for`);
            const ch = String.fromCodePoint(src.codePointAt(i - 1)!);
            i += ch.length - 1;
            return { ch };
          }
        }
      }
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      if (posix) {
        const range = POSIX[posix[2]];
        if (!range) this.fail(`uses the unknown POSIX class “[:${posix[2]}:]”`);
        i += posix[0].length;
        return { set: { text: range, negated: posix[1] === '^' } };
      }
      const ch = String.fromCodePoint(src.codePointAt(i)!);
      i += ch.length;
      return { ch };
    };
    for (;;) {
      if (i >= src.length) this.fail('has an unclosed “[”');
      if (src[i] === ']' && !first) break;
      first = false;
      if (src[i] === '-' && src[i + 1] === '[') this.fail('uses .NET class subtraction “-[…]”, which JavaScript does not have');
      const a = atom();
      if (a.set) {
        if (a.set.negated) items.push(a.set);
        else plain += a.set.text;
        if (/Lu|Ll|Lt/.test(a.set.text)) cased = true;
        continue;
      }
      const from = a.ch!;
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        const save = i;
        i += 1;
        const b = atom();
        if (b.ch !== undefined) {
          if (b.ch.codePointAt(0)! < from.codePointAt(0)!) this.fail(`has the range “${from}-${b.ch}” in the wrong order`);
          plain += `${classChar(from)}-${classChar(b.ch)}`;
          if (from.toLowerCase() !== from.toUpperCase() || b.ch.toLowerCase() !== b.ch.toUpperCase()) cased = true;
          if (caseless && this.expandCase) plain += otherCaseRange(from, b.ch);
          continue;
        }
        i = save; // `[\w-x]`: the dash is a literal
        plain += classChar(from);
        continue;
      }
      plain += classChar(from);
      if (from.toLowerCase() !== from.toUpperCase()) {
        cased = true;
        if (caseless && this.expandCase) plain += classChar(from.toLowerCase() === from ? from.toUpperCase() : from.toLowerCase());
      }
    }
    this.at = i + 1;
    if (cased) this.note();
    this.emit(composeClass(plain, items, negated));
  }
}

/** Escapes that stand for one character: `\t`, `\x41`, `\u00e9`, `\cM`, .NET's `\e` and `\a`. */
function singleEscape(rest: string): { text: string; char: string; width: number } | undefined {
  const n = rest[0];
  const named: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', e: '\x1B', a: '\x07' };
  if (named[n]) return { text: `\\x${named[n].charCodeAt(0).toString(16).padStart(2, '0')}`, char: named[n], width: 1 };
  let m: RegExpExecArray | null;
  if ((m = /^x([0-9A-Fa-f]{2})/.exec(rest))) return { text: `\\x${m[1]}`, char: String.fromCharCode(parseInt(m[1], 16)), width: 3 };
  if ((m = /^u([0-9A-Fa-f]{4})/.exec(rest))) return { text: `\\u${m[1]}`, char: String.fromCharCode(parseInt(m[1], 16)), width: 5 };
  if ((m = /^c([A-Za-z])/.exec(rest))) {
    const code = m[1].toUpperCase().charCodeAt(0) % 32;
    return { text: `\\c${m[1]}`, char: String.fromCharCode(code), width: 2 };
  }
  return undefined;
}

/** One character written so that it means itself inside a `u`-mode class. */
function classChar(ch: string): string {
  if ('\\]-^['.includes(ch)) return `\\${ch}`;
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return ch;
}

/** `а-я` → `А-Я`: the same range in the other case, when the alphabet maps one to one. */
function otherCaseRange(from: string, to: string): string {
  for (const convert of [(s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()]) {
    const [a, b] = [convert(from), convert(to)];
    if (a === from || [...a].length !== 1 || [...b].length !== 1) continue;
    if (b.codePointAt(0)! - a.codePointAt(0)! === to.codePointAt(0)! - from.codePointAt(0)!) return `${classChar(a)}-${classChar(b)}`;
  }
  return '';
}

/** A class with complemented sets (`[\Wx]`, `[^\Wx]`) as JS can say it: a union, or a lookahead-guarded set. */
function composeClass(plain: string, complements: ClassItem[], negated: boolean): string {
  if (complements.length === 0) return `[${negated ? '^' : ''}${plain}]`;
  if (!negated) return `(?:${[plain ? `[${plain}]` : '', ...complements.map((c) => `[^${c.text}]`)].filter(Boolean).join('|')})`;
  // Neither in `plain` nor in any complement: in every complemented set's base and not in `plain`.
  const guards = (plain ? `(?![${plain}])` : '') + complements.slice(1).map((c) => `(?=[${c.text}])`).join('');
  return `(?:${guards}[${complements[0].text}])`;
}
