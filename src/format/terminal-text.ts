// Terminal cells for text: how wide a grapheme prints, and how to print file text without letting it drive the terminal.

// Made on first use: creating it costs ~20 ms, and compact or json output of ASCII text never needs it.
let graphemes: Intl.Segmenter | undefined;

/** Text segmented in one piece at most about this long (UTF-16 units). */
const PIECE = 1000;
const isPlainAscii = (code: number): boolean => code >= 0x20 && code <= 0x7e;

/**
 * The graphemes of `text` with their offsets. Between two printable ASCII characters there is always a
 * grapheme boundary, so such characters are graphemes of their own and only the stretches around other
 * characters go through Intl.Segmenter (a segmenter call per short line cost more than the rest of a run's
 * output). V8's segmenter also spends time in proportion to the whole string on every step (a 1 MB line
 * took minutes), so a long stretch is cut into pieces, never inside a surrogate pair.
 */
function* graphemesOf(text: string): Generator<{ segment: string; index: number }> {
  const length = text.length;
  for (let start = 0; start < length; ) {
    if (isPlainAscii(text.charCodeAt(start)) && (start + 1 === length || isPlainAscii(text.charCodeAt(start + 1)))) {
      yield { segment: text[start], index: start };
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < length && end - start < 4 * PIECE && !(isPlainAscii(text.charCodeAt(end - 1)) && isPlainAscii(text.charCodeAt(end)))) end += 1;
    if (end < length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end += 1;
    const base = start;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment, index } of graphemes.segment(text.slice(start, end))) yield { segment, index: base + index };
    start = end;
  }
}

/** One grapheme of a line as printed: its text, its width in terminal cells, and its UTF-16 range in the line. */
export interface Cell {
  text: string;
  width: number;
  start: number;
  end: number;
}

// Bidi overrides and isolates can reorder what the terminal shows (the "Trojan Source" trick).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;
// C0 and C1 controls other than tab: file text must never emit escape sequences to the terminal.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/gu;

/** Text from a file or a rule, safe to print: controls become visible pictures, bidi controls become U+FFFD. */
export function printable(text: string): string {
  return text
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return '\uFFFD';
    })
    .replace(BIDI_CONTROL, '\uFFFD');
}

// East Asian wide and fullwidth blocks; enough for the languages replies are written in.
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cells one grapheme takes in a terminal: 0 for invisible marks, 2 for emoji and wide CJK, else 1. */
export function graphemeWidth(grapheme: string): number {
  if (grapheme.length === 1 && isPlainAscii(grapheme.charCodeAt(0))) return 1;
  if (grapheme === '') return 0;
  if (/^[\p{Mn}\p{Me}\p{Cf}]+$/u.test(grapheme)) return 0;
  if (/\p{Emoji_Presentation}|\uFE0F/u.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

// Reports repeat the same messages and paths thousands of times: each width is measured once.
const widths = new Map<string, number>();

/** Cells a whole string takes (no tabs expected). */
export function textWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = 0;
    for (const { segment } of graphemesOf(text)) width += graphemeWidth(segment);
    if (widths.size >= 10_000) widths.clear();
    widths.set(text, width);
  }
  return width;
}

/** Pads to `width` cells on the right (left when `alignRight`). */
export function pad(text: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/** A line split into printable cells; tabs expand to the next multiple of `tabSize` cells. */
export function toCells(line: string, tabSize = 4): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  for (const { segment, index } of graphemesOf(line)) {
    let text: string;
    let width: number;
    if (segment === '\t') {
      width = tabSize - (column % tabSize);
      text = ' '.repeat(width);
    } else if (segment.length === 1 && isPlainAscii(segment.charCodeAt(0))) {
      text = segment;
      width = 1;
    } else {
      text = printable(segment);
      width = graphemeWidth(text);
    }
    cells.push({ text, width, start: index, end: index + segment.length });
    column += width;
  }
  return cells;
}
