// Reads the Markdown most replies are written in (paragraphs, ATX headings, one-line list items, emphasis,
// code spans, inline links) without the Markdown parser, so the reply stage can skip remark for it (issue 6:
// parsing was the largest part of a run). Anything outside that subset, or any case where CommonMark's
// reading is subtle, returns undefined and the caller parses: a body this accepts renders to the same text,
// blocks and map as remark's tree does (tested against the parser on generated bodies and the benchmark corpus).
import { classifyCharacter } from 'micromark-util-classify-character';
import { findFrontMatter } from '../parse/front-matter.js';
import type { Block } from './types.js';

/** One paragraph-level block: where the parser's node starts, its kind, and the body ranges its text nodes copy. */
export interface SimpleBlock {
  at: number;
  kind: Omit<Block, 'start' | 'end'>;
  /** [from, to) pairs, flattened: the text between the syntax the reader drops. */
  copies: number[];
}

// Wherever they stand these need the parser: HTML and autolinks, escapes, entities, images, and controls
// (tabs, CR, NUL) whose reading depends on where they are.
const NEEDS_PARSER = /[<\\\0-\x09\x0b-\x1f\x7f]|&(?:#|[A-Za-z0-9]+;)|!\[/;

// A line that could open a quote, fence, setext underline, thematic break, indented code or a block this
// reader does not know, or whose edge whitespace remark would trim (indentation, trailing spaces).
const OTHER_BLOCK_LINE = /^(?:[\s#>+\-=~]|\d{1,9}[.)](?:[ \t]|$)|[*_][ \t]|[*_]$)|\s$/u;

const HEADING = /^(#{1,6}) (?=\S)/;
const BULLET = /^([-+*]) (?=\S)/;
const ORDERED = /^\d{1,9}([.)]) (?=\S)/;

type LineKind = { type: 'paragraph' } | { type: 'heading'; depth: number; content: number } | { type: 'item'; marker: string; ordered: boolean; content: number };

/**
 * The blocks of `masked` (a template body with placeholders masked) after its front matter, when it may have
 * one; undefined when the Markdown parser is needed.
 */
export function readSimpleMarkdown(masked: string, frontMatter: boolean): SimpleBlock[] | undefined {
  let start = 0;
  if (frontMatter) {
    const found = findFrontMatter(masked);
    if (found === 'unsure') return undefined;
    if (found) start = found.end;
  }
  if (NEEDS_PARSER.test(start === 0 ? masked : masked.slice(start))) return undefined;

  const blocks: SimpleBlock[] = [];
  // The open paragraph ([start, end) of its lines), or the kind of list item the previous line was.
  let paragraph: [number, number] | undefined;
  let previousItem: { marker: string; ordered: boolean } | undefined;
  const closeParagraph = (): boolean => {
    if (!paragraph) return true;
    const copies = inlineCopies(masked, paragraph[0], paragraph[1]);
    if (!copies) return false;
    blocks.push({ at: paragraph[0], kind: { kind: 'paragraph' }, copies });
    paragraph = undefined;
    return true;
  };

  for (let lineStart = start; lineStart < masked.length; ) {
    const newline = masked.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? masked.length : newline;
    const line = masked.slice(lineStart, lineEnd);
    const next = lineEnd + 1;
    if (line === '') {
      if (!closeParagraph()) return undefined;
      previousItem = undefined;
      lineStart = next;
      continue;
    }
    const kind = classifyLine(line);
    if (!kind) return undefined;
    if (kind.type === 'paragraph') {
      // A line right after a list item would continue the item's paragraph (a lazy line).
      if (previousItem) return undefined;
      paragraph = paragraph ? [paragraph[0], lineEnd] : [lineStart, lineEnd];
      lineStart = next;
      continue;
    }
    if (kind.type === 'item') {
      // An ordered item may interrupt a paragraph only when it starts at 1, and a change of marker starts a
      // new list: both are left to the parser.
      if (paragraph && kind.ordered) return undefined;
      if (previousItem && (previousItem.marker !== kind.marker || previousItem.ordered !== kind.ordered)) return undefined;
    }
    if (!closeParagraph()) return undefined;
    const contentStart = lineStart + kind.content;
    const copies = inlineCopies(masked, contentStart, lineEnd);
    if (!copies) return undefined;
    blocks.push(
      kind.type === 'heading'
        ? { at: lineStart, kind: { kind: 'heading', depth: kind.depth }, copies }
        : { at: contentStart, kind: { kind: 'list-item' }, copies },
    );
    previousItem = kind.type === 'item' ? { marker: kind.marker, ordered: kind.ordered } : undefined;
    lineStart = next;
  }
  return closeParagraph() ? blocks : undefined;
}

function classifyLine(line: string): LineKind | undefined {
  const heading = HEADING.exec(line);
  if (heading) {
    // A closing run of `#` is dropped by the parser: left to it.
    if (line.endsWith('#') || /\s$/.test(line)) return undefined;
    return { type: 'heading', depth: heading[1]!.length, content: heading[0].length };
  }
  const bullet = BULLET.exec(line);
  const item = bullet ?? ORDERED.exec(line);
  if (item) {
    // The item's text must itself read as a paragraph line (not a nested list, quote, heading or break).
    if (OTHER_BLOCK_LINE.test(line.slice(item[0].length))) return undefined;
    return { type: 'item', marker: item[1]!, ordered: !bullet, content: item[0].length };
  }
  return OTHER_BLOCK_LINE.test(line) ? undefined : { type: 'paragraph' };
}

interface Delimiter {
  marker: number;
  length: number;
}

const STAR = 42;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

// Link text and destination: no syntax inside, so the link is a label and a `(destination)` and nothing else.
const LINK_TEXT = /[^\][`*_\n]+/y;
const LINK_DESTINATION = /\(([^\s()[\]`]+)\)/y;

/**
 * The ranges of [from, to) that the parser's text nodes would copy, once emphasis markers, code spans and
 * link syntax are dropped; undefined when any of them is not read the simple way (unmatched or crossing
 * delimiters, runs of three, brackets that are not an inline link, longer backtick runs).
 */
function inlineCopies(text: string, from: number, to: number): number[] | undefined {
  const copies: number[] = [];
  const open: Delimiter[] = [];
  let textStart = from;
  const drop = (start: number, end: number) => {
    if (start > textStart) copies.push(textStart, start);
    textStart = end;
  };
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    if (code === STAR || code === UNDERSCORE) {
      let end = i + 1;
      while (end < to && text.charCodeAt(end) === code) end += 1;
      const length = end - i;
      if (length > 2) return undefined;
      const side = flanking(text, i, end, from, to);
      if (side === 'open') open.push({ marker: code, length });
      else if (side === 'close') {
        // Only a closer that matches the innermost opener exactly is read the simple way.
        const opener = open.pop();
        if (!opener || opener.marker !== code || opener.length !== length) return undefined;
      } else return undefined;
      drop(i, end);
      i = end;
    } else if (code === BACKTICK) {
      if (text.charCodeAt(i + 1) === BACKTICK) return undefined;
      const close = text.indexOf('`', i + 1);
      if (close < 0 || close >= to || close === i + 1 || text.charCodeAt(close + 1) === BACKTICK) return undefined;
      if (text.slice(i + 1, close).includes('\n')) return undefined;
      drop(i, close + 1);
      i = close + 1;
    } else if (code === OPEN_BRACKET) {
      LINK_TEXT.lastIndex = i + 1;
      const label = LINK_TEXT.exec(text);
      const labelEnd = i + 1 + (label?.[0].length ?? 0);
      if (!label || labelEnd >= to || text.charCodeAt(labelEnd) !== CLOSE_BRACKET) return undefined;
      LINK_DESTINATION.lastIndex = labelEnd + 1;
      const destination = LINK_DESTINATION.exec(text);
      if (!destination || labelEnd + 1 + destination[0].length > to) return undefined;
      drop(i, i + 1);
      drop(labelEnd, labelEnd + 1 + destination[0].length);
      i = labelEnd + 1 + destination[0].length;
    } else if (code === CLOSE_BRACKET) {
      return undefined;
    } else {
      i += 1;
    }
  }
  if (open.length > 0) return undefined;
  if (to > textStart) copies.push(textStart, to);
  return copies;
}

/**
 * Whether the delimiter run [start, end) can only open or only close emphasis, by CommonMark's flanking rules
 * as micromark applies them: its own character classes over UTF-16 units, line feeds and the edges of the
 * inline content counting as whitespace.
 * A run that can do both or neither is left to the parser.
 */
function flanking(text: string, start: number, end: number, from: number, to: number): 'open' | 'close' | undefined {
  const before = classifyCharacter(start === from ? null : text.charCodeAt(start - 1));
  const after = classifyCharacter(end === to ? null : text.charCodeAt(end));
  const open = !after || (after === 2 && Boolean(before));
  const close = !before || (before === 2 && Boolean(after));
  if (open === close) return undefined;
  return open ? 'open' : 'close';
}
