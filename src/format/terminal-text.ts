// Terminal cells for text: how wide a grapheme prints, and how to print file text without letting it drive the terminal.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text segmented in one piece at most about this long (UTF-16 units). */
const PIECE = 1000;
const isPlainAscii = (code: number): boolean => code >= 0x20 && code <= 0x7e;

/**
 * The graphemes of `text` with their offsets. V8's Intl.Segmenter spends time in proportion to the whole
 * string on every step (a 1 MB line took minutes), so long text is segmented in pieces, cut between two
 * printable ASCII characters, where a grapheme boundary is certain.
 */
function* graphemesOf(text: string): Generator<{ segment: string; index: number }> {
  for (let start = 0; start < text.length; ) {
    let end = text.length;
    if (text.length - start > PIECE) {
      end = start + PIECE;
      while (end < start + 4 * PIECE && !(isPlainAscii(text.charCodeAt(end - 1)) && isPlainAscii(text.charCodeAt(end)))) end += 1;
      // No safe cut nearby (a long run of non-ASCII text): cut anyway, but never inside a surrogate pair.
      if (end >= start + 4 * PIECE && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end += 1;
      end = Math.min(end, text.length);
    }
    const base = start;
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
  if (grapheme === '') return 0;
  if (/^[\p{Mn}\p{Me}\p{Cf}]+$/u.test(grapheme)) return 0;
  if (/\p{Emoji_Presentation}|\uFE0F/u.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/** Cells a whole string takes (no tabs expected). */
export function textWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemesOf(text)) width += graphemeWidth(segment);
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
    } else {
      text = printable(segment);
      width = graphemeWidth(text);
    }
    cells.push({ text, width, start: index, end: index + segment.length });
    column += width;
  }
  return cells;
}
