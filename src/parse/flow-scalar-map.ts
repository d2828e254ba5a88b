// Rebuilds a plain, single-quoted or double-quoted YAML scalar's value from its source, mapping every character.
//
// Verbatim runs map exactly; an escape (`\n`, `\u00e4`, `''`) and a folded line break (trailing spaces, the
// break, any empty lines and the next line's indentation) map atomically to the source they stand for.
import { MappedText, lineBreakAt } from './mapped-text.js';

export type FlowStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/** Single-character escapes of double-quoted YAML scalars (YAML 1.2, 5.7). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** Maps the scalar whose source (quotes included) is `source[start, end)`. */
export function mapFlowScalar(source: string, start: number, end: number, style: FlowStyle): MappedText {
  const out = new MappedText(source);
  const quoted = style !== 'PLAIN';
  const to = quoted ? end - 1 : end;
  let pos = quoted ? start + 1 : start;
  let run = pos;

  const skipBlanks = (p: number): number => {
    while (p < to && isBlank(source[p])) p += 1;
    return p;
  };

  /** A line fold from `from` (trailing blanks or the break itself); returns where the next text starts. */
  const fold = (from: number): number => {
    let p = skipBlanks(from);
    let breaks = 0;
    for (let br = lineBreakAt(source, p); br > 0 && p < to; br = lineBreakAt(source, p)) {
      breaks += 1;
      p = skipBlanks(p + br);
    }
    out.stand(breaks === 1 ? ' ' : '\n'.repeat(breaks - 1), from, p);
    return p;
  };

  /** A double-quoted escape at `from` (the backslash); returns the offset after it. */
  const escape = (from: number): number => {
    const key = source[from + 1];
    const br = lineBreakAt(source, from + 1);
    if (br > 0) {
      // An escaped line break joins the lines without a space; the next line's indentation goes too.
      let p = from + 1 + br;
      while (p < to && isBlank(source[p])) p += 1;
      out.stand('', from, p);
      return p;
    }
    if (key in ESCAPES) {
      out.stand(ESCAPES[key], from, from + 2);
      return from + 2;
    }
    const digits = HEX_ESCAPE_LENGTH[key];
    if (digits !== undefined) {
      const hex = source.slice(from + 2, from + 2 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
      if (code <= 0x10ffff) {
        out.stand(String.fromCodePoint(code), from, from + 2 + digits);
        return from + 2 + digits;
      }
    }
    // An invalid escape is a YAML error reported elsewhere; keep the characters so nothing is lost.
    out.copy(from, from + 2);
    return from + 2;
  };

  while (pos < to) {
    const ch = source[pos];
    if (isBlank(ch)) {
      const after = skipBlanks(pos);
      if (after < to && lineBreakAt(source, after) > 0) {
        out.copy(run, pos);
        pos = run = fold(pos);
      } else {
        pos = after;
      }
    } else if (lineBreakAt(source, pos) > 0) {
      out.copy(run, pos);
      pos = run = fold(pos);
    } else if (style === 'QUOTE_SINGLE' && ch === "'") {
      out.copy(run, pos);
      out.stand("'", pos, pos + 2);
      pos = run = pos + 2;
    } else if (style === 'QUOTE_DOUBLE' && ch === '\\') {
      out.copy(run, pos);
      pos = run = escape(pos);
    } else {
      pos += 1;
    }
  }
  out.copy(run, to);
  return out;
}
