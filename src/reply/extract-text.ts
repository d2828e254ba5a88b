// Renders a template body (Markdown or plain text) to the text a customer reads, with a map back to the body.
import type { Nodes, Root } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parseMarkdown } from '../parse/markdown-parser.js';
import { SourceMapBuilder, type SourceMap } from '../parse/source-map.js';
import type { Span } from './span.js';
import type { Block } from './types.js';
import { findPlaceholderSpans } from './placeholders.js';
import { readSimpleMarkdown, type SimpleBlock } from './simple-markdown.js';

export interface BodyDirective {
  type: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  /** Offset of the comment in the body. */
  offset: number;
}

export interface ReplyText {
  /** What the customer reads, placeholders as written. */
  text: string;
  /** `text` with every placeholder replaced by U+E000 of the same length, for segmentation. */
  masked: string;
  /** text offset → body offset. */
  map: SourceMap;
  /** Paragraph-level blocks, in order, with the Markdown kind each comes from. */
  blocks: Block[];
  placeholders: Span[];
  /** URLs and e-mail addresses: never matched by rules. */
  ignored: Span[];
  directives: BodyDirective[];
}

const MASK = '\uE000';

export interface ExtractOptions {
  format: 'markdown' | 'text';
  frontMatter?: boolean;
  placeholders?: readonly RegExp[];
}

export function extractText(body: string, options: ExtractOptions): ReplyText {
  return render(body, options, false);
}

/** `extractText` always through the Markdown parser: what the plain-text shortcut must agree with. */
export function extractTextByParsing(body: string, options: ExtractOptions): ReplyText {
  return render(body, options, true);
}

function render(body: string, options: ExtractOptions, alwaysParse: boolean): ReplyText {
  const bodyPlaceholders = findPlaceholderSpans(body, options.placeholders);
  const masked = maskSpans(body, bodyPlaceholders);
  const out = new TextBuilder(body, masked);
  const simple = options.format === 'text' || alwaysParse ? undefined : readSimpleMarkdown(masked, options.frontMatter === true);
  if (options.format === 'text') {
    plainBlocks(masked, out);
  } else if (simple) {
    simpleBlocks(simple, out);
  } else {
    walkBlocks(parseMarkdown(masked, options.frontMatter === true), out);
  }
  return out.finish(bodyPlaceholders);
}

/** `text` with every span replaced by U+E000 of the same length. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let at = 0;
  for (const s of spans) {
    result += text.slice(at, s.start) + MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return result + text.slice(at);
}

/** Accumulates reply text, its map and its blocks. */
class TextBuilder {
  readonly map = new SourceMapBuilder();
  text = '';
  readonly blocks: Block[] = [];
  readonly directives: BodyDirective[] = [];
  private blockStart = -1;
  private blockKind: Omit<Block, 'start' | 'end'> = { kind: 'paragraph' };

  constructor(
    readonly body: string,
    readonly masked: string,
  ) {}

  /** Body text [from, to) copied as is. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.text += this.masked.slice(from, to);
    this.map.exact(from, to - from);
  }

  /** `text` standing for body [from, to) as a whole (escape, entity, tag turned into a line break). */
  substitute(text: string, from: number, to: number): void {
    this.text += text;
    this.map.atomic(from, to - from, text.length);
  }

  openBlock(bodyOffset: number, kind: Omit<Block, 'start' | 'end'> = { kind: 'paragraph' }): void {
    if (this.blockStart >= 0) this.closeBlock();
    if (this.text.length > 0) this.substitute('\n\n', bodyOffset, bodyOffset);
    this.blockStart = this.text.length;
    this.blockKind = kind;
  }

  closeBlock(): void {
    if (this.blockStart < 0) return;
    // Trailing whitespace of a block is not part of it.
    let end = this.text.length;
    while (end > this.blockStart && /\s/.test(this.text[end - 1])) end -= 1;
    if (end > this.blockStart) this.blocks.push({ start: this.blockStart, end, ...this.blockKind });
    this.blockStart = -1;
  }

  finish(bodyPlaceholders: readonly Span[]): ReplyText {
    this.closeBlock();
    const map = this.map.build();
    const masked = this.text;
    // Restore placeholders: they were copied exactly, so their body offsets are known.
    const placeholders: Span[] = [];
    let text = '';
    let at = 0;
    for (let i = masked.indexOf(MASK); i >= 0; i = masked.indexOf(MASK, at)) {
      let end = i;
      while (end < masked.length && masked[end] === MASK) end += 1;
      const from = map.toFile(i, 'start');
      // Split a run of adjacent placeholders at the body's own boundaries.
      let t = i;
      while (t < end) {
        const ph = bodyPlaceholders.find((p) => p.start <= from + (t - i) && from + (t - i) < p.end);
        const stop = ph ? Math.min(end, t + (ph.end - (from + (t - i)))) : end;
        placeholders.push({ start: t, end: stop });
        t = stop;
      }
      text += masked.slice(at, i) + this.body.slice(from, from + (end - i));
      at = end;
    }
    text += masked.slice(at);
    return { text, masked, map, blocks: this.blocks, placeholders, ignored: findUrls(text), directives: this.directives };
  }
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"”’]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function findUrls(text: string): Span[] {
  if (!/[/@]|www\./.test(text)) return [];
  return [...text.matchAll(URL)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Plain text: blocks are separated by blank lines. */
function plainBlocks(masked: string, out: TextBuilder): void {
  const blank = /\n[ \t]*\r?\n\s*/g;
  let at = /^\s*/.exec(masked)![0].length;
  blank.lastIndex = at;
  for (let m = blank.exec(masked); m; m = blank.exec(masked)) {
    const end = m.index ?? 0;
    if (end > at) {
      out.openBlock(at);
      out.copy(at, end);
    }
    at = end + m[0].length;
  }
  const end = masked.trimEnd().length;
  if (end > at) {
    out.openBlock(at);
    out.copy(at, end);
  }
}

/** Markdown the parser was not needed for: what walkBlocks would do with the tree remark builds for it. */
function simpleBlocks(blocks: readonly SimpleBlock[], out: TextBuilder): void {
  for (const block of blocks) {
    out.openBlock(block.at, block.kind);
    for (let i = 0; i < block.copies.length; i += 2) out.copy(block.copies[i]!, block.copies[i + 1]!);
    out.closeBlock();
  }
}

type Parent = Extract<Nodes, { children: unknown[] }>;

/** The kind a paragraph takes from its container (a list item, a quote). */
type BlockContext = Omit<Block, 'start' | 'end'>;

function walkBlocks(node: Nodes, out: TextBuilder, context: BlockContext = { kind: 'paragraph' }): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      if (!node.position) return;
      out.openBlock(node.position.start.offset ?? 0, node.type === 'heading' ? { kind: 'heading', depth: node.depth } : node.type === 'tableCell' ? { kind: 'table-cell' } : context);
      for (const child of node.children) walkInline(child, out);
      out.closeBlock();
      return;
    case 'html':
      html(node.value, node.position?.start.offset ?? 0, out, true);
      return;
    case 'code':
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
      return;
    default: {
      // The innermost container names the kind: a quote inside a list item is a quote.
      const inner: BlockContext = node.type === 'listItem' ? { kind: 'list-item' } : node.type === 'blockquote' ? { kind: 'blockquote' } : context;
      if ('children' in node) for (const child of (node as Parent).children) walkBlocks(child as Nodes, out, inner);
    }
  }
}

function walkInline(node: Nodes, out: TextBuilder): void {
  switch (node.type) {
    case 'text':
      alignText(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, out);
      return;
    case 'break':
      out.substitute('\n', node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      return;
    case 'html':
      html(node.value, node.position?.start.offset ?? 0, out, false);
      return;
    case 'inlineCode':
    case 'image':
    case 'imageReference':
      return;
    default:
      if ('children' in node) for (const child of (node as Parent).children) walkInline(child as Nodes, out);
  }
}

/**
 * Copies a text node, aligning its value with its source so that every character that was written as
 * itself maps exactly; escapes, entities and stripped indentation become atomic or unmapped.
 */
function alignText(value: string, from: number, to: number, out: TextBuilder): void {
  const src = out.masked;
  if (src.slice(from, to) === value) {
    out.copy(from, to);
    return;
  }
  let i = 0;
  let j = from;
  let runStart = -1;
  const flush = () => {
    if (runStart >= 0) out.copy(runStart, j);
    runStart = -1;
  };
  while (i < value.length && j < to) {
    if (value[i] === src[j]) {
      if (runStart < 0) runStart = j;
      i += 1;
      j += 1;
      continue;
    }
    flush();
    if (src[j] === '\0' && value[i] === '\uFFFD') {
      // Markdown reads NUL as U+FFFD (CommonMark 2.3): one character for one, so the rest still aligns.
      out.substitute(value[i], j, j + 1);
      i += 1;
      j += 1;
    } else if (src[j] === '\\' && src[j + 1] === value[i]) {
      out.substitute(value[i], j, j + 2);
      i += 1;
      j += 2;
    } else if (src[j] === '&') {
      const semi = src.indexOf(';', j);
      const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
      if (semi < 0 || semi - j > 32) break;
      out.substitute(value.slice(i, i + width), j, semi + 1);
      i += width;
      j = semi + 1;
    } else {
      j += 1; // indentation or a container marker (`> `) that the parser removed
    }
  }
  flush();
  if (i < value.length) out.substitute(value.slice(i), j, to); // could not align the rest: keep it whole
}

const BREAK_TAGS = /^<\/?(p|br|div|li|ul|ol|tr|table|h[1-6]|blockquote|hr)\b/i;
const DIRECTIVE = /^<!--\s*replylint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->$/;

/** HTML inside Markdown: tags removed, block tags read as line breaks, entities decoded, comments read for directives. */
function html(value: string, from: number, out: TextBuilder, block: boolean): void {
  const tokens = value.matchAll(/<!--[^]*?-->|<[^>]*>|[^<]+|</g);
  let opened = !block;
  for (const m of tokens) {
    const piece = m[0];
    const at = from + (m.index ?? 0);
    if (piece.startsWith('<!--')) {
      const d = DIRECTIVE.exec(piece);
      if (d) out.directives.push({ type: d[1] as BodyDirective['type'], rules: d[2].split(/[\s,]+/).filter(Boolean), offset: at });
      continue;
    }
    if (piece.startsWith('<') && piece.length > 1) {
      if (BREAK_TAGS.test(piece) && opened && !/\n$/.test(out.text)) out.substitute('\n', at, at + piece.length);
      continue;
    }
    if (piece.trim() === '') continue;
    if (!opened) {
      out.openBlock(at);
      opened = true;
    }
    htmlText(piece, at, out);
  }
  if (block && opened) out.closeBlock();
}

/** Text between tags: whitespace runs collapse to one space, entities decode. */
function htmlText(piece: string, from: number, out: TextBuilder): void {
  const parts = piece.matchAll(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);|\s{2,}|\n|[^&\s]+|[ \t]|&/gi);
  for (const m of parts) {
    const at = from + (m.index ?? 0);
    const s = m[0];
    if (m[1]) {
      const decoded = decodeEntity(m[1]);
      if (decoded) out.substitute(decoded, at, at + s.length);
      else out.copy(at, at + s.length);
    } else if (/^\s+$/.test(s) && (s.length > 1 || s === '\n')) {
      if (out.text.length > 0 && !/\s$/.test(out.text)) out.substitute(' ', at, at + s.length);
    } else out.copy(at, at + s.length);
  }
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const decoded = decodeNamedCharacterReference(name);
  return decoded === false ? undefined : decoded;
}
