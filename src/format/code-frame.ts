// The offending source line with the diagnostic's span marked by carets, windowed when the line is long.
import { toCells, type Cell } from './terminal-text.js';

export interface CodeFrame {
  /** The line as printed: indentation dropped, tabs expanded, controls made visible, `…` where it was cut. */
  line: string;
  /** Cells before the first caret. */
  caretOffset: number;
  /** Carets to print (at least 1). */
  caretWidth: number;
}

export interface FrameSpan {
  /** 1-based line and UTF-16 column, end exclusive, as in Diagnostic. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Lines longer than this many cells are cut around the span. */
export const MAX_FRAME_WIDTH = 100;
/** Cells of context kept before the span when a line is cut. */
const LEFT_CONTEXT = 30;

const LINE_BREAK = /\r\n|\r|\n/;

/** Splits a file into lines the way positions count them (CRLF, CR and LF each end a line). */
export function sourceLines(source: string): string[] {
  return source.split(LINE_BREAK);
}

/**
 * The frame for a span on `lines`, or undefined when there is nothing worth showing
 * (the line does not exist or is blank).
 */
export function codeFrame(lines: readonly string[], span: FrameSpan, maxWidth = MAX_FRAME_WIDTH): CodeFrame | undefined {
  const text = lines[span.line - 1];
  if (text === undefined) return undefined;
  const measured = measure(text);
  if (measured.blank) return undefined;
  const { cells, widthBefore } = measured;
  const widthOf = (from: number, to: number): number => widthBefore[to] - widthBefore[from];

  const start = clamp(span.column - 1, 0, text.length);
  const end = span.endLine > span.line ? text.length : clamp(span.endColumn - 1, start, text.length);

  // First cell of the span; for an empty span, the cell the insertion point sits before.
  const first = firstCell(cells, 0, (c) => (start === end ? c.start >= start : c.end > start));
  const last = end > start ? firstCell(cells, first, (c) => c.start >= end) : first; // one past the last marked cell

  // Indentation says nothing about the problem (YAML bodies are deeply indented): leave it out.
  const lead = Math.min(measured.indentCells, first);
  let from = lead;
  let to = cells.length;
  const total = widthOf(lead, cells.length);
  if (total > maxWidth) {
    const budget = maxWidth - 2; // room for the two ellipses
    from = first;
    let used = 0;
    while (from > lead && used + cells[from - 1].width <= LEFT_CONTEXT) {
      from -= 1;
      used += cells[from].width;
    }
    to = from;
    used = 0;
    while (to < cells.length && used + cells[to].width <= budget) {
      used += cells[to].width;
      to += 1;
    }
    // Near the end of the line: spend the unused budget on the left.
    while (to === cells.length && from > lead && used + cells[from - 1].width <= budget) {
      from -= 1;
      used += cells[from].width;
    }
  }

  const head = from > lead ? '…' : '';
  const tail = to < cells.length ? '…' : '';
  const shown = cells.slice(from, to).map((c) => c.text).join('');
  const caretOffset = head.length + widthOf(from, Math.min(first, to));
  const caretWidth = Math.max(1, widthOf(first, Math.min(last, to)));
  return { line: head + shown + tail, caretOffset, caretWidth };
}

interface MeasuredLine {
  text: string;
  cells: Cell[];
  /** widthBefore[i]: cells 0..i-1 take this many terminal cells (length cells + 1). */
  widthBefore: number[];
  /** Leading whitespace cells. */
  indentCells: number;
  blank: boolean;
}

// Diagnostics come in line order, many on one line: measuring a line once keeps a long line with
// thousands of diagnostics linear instead of quadratic. Short lines also repeat across files (the same
// signature in a thousand templates), so up to 2,000 of them are remembered.
let lastMeasured: MeasuredLine | undefined;
const measuredLines = new Map<string, MeasuredLine>();
const REMEMBERED_LINE_LENGTH = 500;

function measure(text: string): MeasuredLine {
  if (lastMeasured?.text === text) return lastMeasured;
  const known = measuredLines.get(text);
  if (known) return (lastMeasured = known);
  const cells = toCells(text);
  const widthBefore = [0];
  for (const cell of cells) widthBefore.push(widthBefore[widthBefore.length - 1] + cell.width);
  let indentCells = 0;
  while (indentCells < cells.length && cells[indentCells].text.trim() === '') indentCells += 1;
  lastMeasured = { text, cells, widthBefore, indentCells, blank: indentCells === cells.length };
  if (text.length <= REMEMBERED_LINE_LENGTH) {
    if (measuredLines.size >= 2000) measuredLines.clear();
    measuredLines.set(text, lastMeasured);
  }
  return lastMeasured;
}

/** The first index at or after `from` whose cell passes `test` (monotonic along the line), or cells.length. */
function firstCell(cells: readonly Cell[], from: number, test: (cell: Cell) => boolean): number {
  let low = from;
  let high = cells.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(cells[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
