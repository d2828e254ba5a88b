// Re-encodes a fix's replacement text for the YAML scalar style it is written into, or refuses.
import type { MappedScalar } from './scalar-map.js';
import type { TextEncoder } from './types.js';

export interface ScalarPlace {
  /** The whole file. */
  source: string;
  /** The file's line ending, written between the lines of a literal block. */
  eol: string;
  scalar: MappedScalar;
  /** The scalar's file range (quotes and block header included). */
  range: { start: number; end: number };
  /** Inside a flow collection (`[...]`, `{...}`), where `,[]{}` end a plain scalar. */
  inFlow: boolean;
  /** Reached through an alias: the text is shared with other macros, so it is never edited. */
  shared: boolean;
}

/** Characters YAML cannot hold as they are (C0 and C1 controls, lone surrogates, U+FFFE, U+FFFF). */
const NON_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK = /[\r\n]/;
/** Characters that cannot start a plain scalar without changing what it is. */
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const refuse = undefined;

/**
 * `TextEncoder` plus the end of the replaced file range. The contract's `encode(text, at)` does not pass
 * it yet; when a caller does, edits that would change how a folded scalar's lines fold are refused too.
 */
export interface RangeTextEncoder extends TextEncoder {
  encode(text: string, at: number, end?: number): string | undefined;
}

export function scalarEncoder(place: ScalarPlace): RangeTextEncoder {
  if (place.shared || !place.scalar.exact) return { encode: () => refuse };
  const { source, scalar, range } = place;
  const block = scalar.block;
  // An empty block scalar has no line to write into; past its end is the next key.
  if (block && block.firstContent >= range.end) return { encode: () => refuse };
  /** At the start of a line after the scalar's first, where the parser strips leading blanks. */
  const continuationStart = (at: number) => atLineStart(source, at) && source.lastIndexOf('\n', at - 1) > range.start;
  /** Removing all of a continuation line's text turns its fold into an empty line: a line break more. */
  const emptiesLine = (text: string, at: number, end: number) =>
    end > at && /^[ \t]*$/.test(text) && continuationStart(at) && /^[ \t]*\r?\n/.test(source.slice(end, range.end));
  switch (scalar.style) {
    case 'BLOCK_LITERAL':
      return { encode: (text, at) => encodeLiteral(text, at, place, place.eol) };
    case 'BLOCK_FOLDED':
      return {
        encode: (text, at, end = at) => {
          if (LINE_BREAK.test(text) || NON_PRINTABLE.test(text) || !safeBlockPosition(text, at, place)) return refuse;
          if (!onlyPlainFolds(source, at, end, block!.indent)) return refuse;
          // At a line start, leading blanks (or a more-indented line) change how lines fold; so may a
          // deletion there, which can leave the line starting with the blank that followed it.
          if (atLineStart(source, at) && (text === '' || /^[ \t]/.test(text) || /[ \t]/.test(source[at] ?? ''))) return refuse;
          return padToIndent(text, at, place) + text;
        },
      };
    case 'QUOTE_DOUBLE':
      return {
        encode: (text, at, end = at) => {
          if (emptiesLine(text, at, end)) return refuse;
          let encoded = escapeDoubleQuoted(text);
          // Blanks next to a line break would be folded away: escaped, they stay.
          if (continuationStart(at)) encoded = encoded.replace(/^[ ]+/, (blanks) => '\\x20'.repeat(blanks.length));
          if (lineBreakFollows(source, at, range.end)) encoded = encoded.replace(/[ ]+$/, (blanks) => '\\x20'.repeat(blanks.length));
          return encoded;
        },
      };
    case 'QUOTE_SINGLE':
      return {
        encode: (text, at, end = at) => {
          if (LINE_BREAK.test(text) || NON_PRINTABLE.test(text) || emptiesLine(text, at, end)) return refuse;
          if (continuationStart(at) && /^[ \t]/.test(text)) return refuse;
          return text.replace(/'/g, "''");
        },
      };
    default:
      return {
        encode: (text, at, end = at) => {
          if (LINE_BREAK.test(text) || NON_PRINTABLE.test(text) || emptiesLine(text, at, end)) return refuse;
          // What follows a deletion at the start would become the start, and may not be plain text.
          if (at === range.start && text === '') return refuse;
          if (continuationStart(at) && /^[ \t]/.test(text)) return refuse;
          // `: ` would start a mapping and ` #` a comment; a final `:` may meet the space after it.
          if (/:[ \t]|[ \t]#|:$/.test(text)) return refuse;
          if (place.inFlow && /[,[\]{}]/.test(text)) return refuse;
          if (text.startsWith('#') && (at === range.start || /[ \t]/.test(source[at - 1] ?? ''))) return refuse;
          if (/^[ \t]/.test(text) && source[at - 1] === ':') return refuse;
          if (/[ \t]$/.test(text) && source[at] === '#') return refuse;
          if (at === range.start && PLAIN_START.test(text)) return refuse;
          if (at === range.end && /\s$/.test(text)) return refuse;
          return text;
        },
      };
  }
}

function encodeLiteral(text: string, at: number, place: ScalarPlace, eol: string): string | undefined {
  const block = place.scalar.block;
  if (!block || /\r(?!\n)/.test(text) || NON_PRINTABLE.test(text) || !safeBlockPosition(text, at, place)) return refuse;
  const lines = text.split(/\r?\n/);
  const indent = ' '.repeat(block.indent);
  // An empty line needs no indentation; every other line, and the file text after a final break, does.
  const body = lines.map((line, i) => (i === 0 ? line : (line === '' && i < lines.length - 1 ? '' : indent) + line)).join(eol);
  return (lines[0] === '' ? '' : padToIndent(text, at, place)) + body;
}

function escapeDoubleQuoted(text: string): string {
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(/[\\"\n\r\t]|[\x00-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
    if (named[ch]) return named[ch];
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Edits before the first content line would land among leading empty lines, in no defined column. Without
 * an indentation indicator the first content line sets the block's indentation, so text written at its
 * start must bring that line, not starting with a blank; a deletion could leave a more-indented line there.
 */
function safeBlockPosition(text: string, at: number, place: ScalarPlace): boolean {
  const block = place.scalar.block!;
  if (at < block.firstContent) return false;
  if (block.explicitIndent || at !== block.firstContent) return true;
  // The first content line after the edit must come from the text: the file after the edit is unknown here.
  const firstLine = text.split(/\r?\n/).find((l) => l !== '');
  return firstLine !== undefined && !/^[ \t]/.test(firstLine);
}

/** An empty line may hold fewer spaces than the block's indentation: text written there needs the rest. */
function padToIndent(text: string, at: number, place: ScalarPlace): string {
  if (text === '' || !atLineStart(place.source, at)) return '';
  const column = at - (place.source.lastIndexOf('\n', at - 1) + 1);
  return ' '.repeat(Math.max(0, place.scalar.block!.indent - column));
}

/**
 * True when every line break in the folded source [at, end) joins two ordinary lines (no empty line, no
 * more-indented line): removing such a break leaves one ordinary line, so no other line folds differently.
 */
function onlyPlainFolds(source: string, at: number, end: number, indent: number): boolean {
  const ordinary = (lineStart: number) => {
    const lineEnd = source.indexOf('\n', lineStart);
    const line = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    return line.length > indent && /^ *$/.test(line.slice(0, indent)) && !/[ \t]/.test(line[indent]);
  };
  for (let nl = source.indexOf('\n', at); nl !== -1 && nl < end; nl = source.indexOf('\n', nl + 1)) {
    if (!ordinary(source.lastIndexOf('\n', nl - 1) + 1) || !ordinary(nl + 1)) return false;
  }
  return true;
}

/** True when the line holding `at` ends in a line break before the scalar does. */
function lineBreakFollows(source: string, at: number, end: number): boolean {
  const nl = source.indexOf('\n', at);
  return nl !== -1 && nl < end;
}

/** True when only indentation stands between the previous line break and `at`. */
function atLineStart(source: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && source[p] === ' ') p -= 1;
  return p < 0 || source[p] === '\n';
}
