// Rebuilds a literal (`|`) or folded (`>`) YAML block scalar's value from its source, mapping every character.
//
// Line content maps exactly. Each line break that reaches the value, together with the indentation removed
// from the next line, maps atomically: a position at a line start is then unambiguous (after the
// indentation), so text inserted there lands inside the block, not in its indentation. The line breaks
// that chomping keeps after the last content line map to the end of that content, so no edit can ever
// remove the block's final line break and pull the next key into the block.
import { MappedText } from './mapped-text.js';

export interface BlockScalarLayout {
  mode: '|' | '>';
  chomp: '' | '-' | '+';
  /** Columns of indentation stripped from every content line. */
  indent: number;
  /** True when the header gives the indentation (`|2`); otherwise the first content line decides it. */
  explicitIndent: boolean;
  /** File offset of the first content character (after its indentation); the block's end when it is empty. */
  firstContent: number;
}

interface Line {
  start: number;
  /** Leading spaces. */
  indent: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  textEnd: number;
}

function splitLines(source: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  if (from >= to) return lines;
  for (let pos = from; ; ) {
    const nl = source.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl >= to ? to : nl;
    let indent = 0;
    while (pos + indent < lineEnd && source[pos + indent] === ' ') indent += 1;
    const textEnd = lineEnd > pos + indent && source[lineEnd - 1] === '\r' && lineEnd < to ? lineEnd - 1 : lineEnd;
    lines.push({ start: pos, indent, textEnd });
    if (lineEnd >= to) return lines;
    pos = lineEnd + 1;
  }
}

/**
 * Maps the block scalar whose source (header included) is `source[start, end)`. `parentIndent` is the
 * indentation of the collection holding it, needed only for an explicit indentation indicator.
 * Returns undefined when the layout cannot be worked out (the caller then maps the scalar as a whole).
 */
export function mapBlockScalar(
  source: string,
  start: number,
  end: number,
  parentIndent: number | undefined,
): { text: MappedText; layout: BlockScalarLayout } | undefined {
  const mode = source[start];
  if (mode !== '|' && mode !== '>') return undefined;
  let chomp: BlockScalarLayout['chomp'] = '';
  let indicator = 0;
  for (let p = start + 1; p < end && /[0-9+-]/.test(source[p]); p += 1) {
    if (source[p] === '+' || source[p] === '-') chomp = source[p] as '+' | '-';
    else indicator = Number(source[p]);
  }
  const headerEnd = source.indexOf('\n', start);
  const contentStart = headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1;
  const lines = splitLines(source, contentStart, end);
  const blank = (l: Line) => l.textEnd === l.start + l.indent;
  const out = new MappedText(source);

  let chompStart = lines.length;
  while (chompStart > 0 && blank(lines[chompStart - 1])) chompStart -= 1;
  const firstContent = lines.findIndex((l) => !blank(l));
  if (indicator > 0 && parentIndent === undefined) return undefined;
  const layoutBase = { mode, chomp, explicitIndent: indicator > 0 } as const;
  if (chompStart === 0) {
    // No content at all: only kept line breaks can remain.
    const value = chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
    if (value) out.stand(value, contentStart, end);
    return { text: out, layout: { ...layoutBase, indent: indicator > 0 ? (parentIndent ?? 0) + indicator : 0, firstContent: end } };
  }
  const indent = indicator > 0 ? (parentIndent ?? 0) + indicator : lines[firstContent].indent;
  // Trailing blank lines indented deeper than the block are content, not chomped line breaks.
  for (let i = lines.length - 1; i >= chompStart; i -= 1) {
    if (lines[i].indent > indent) {
      chompStart = i + 1;
      break;
    }
  }
  const textStart = (l: Line) => l.start + Math.min(l.indent, indent);
  const layout: BlockScalarLayout = { ...layoutBase, indent, firstContent: textStart(lines[firstContent]) };

  // Leading empty lines keep their line breaks in both modes.
  for (let i = 0; i < firstContent; i += 1) {
    out.copy(textStart(lines[i]), lines[i].textEnd);
    out.stand('\n', lines[i].textEnd, textStart(lines[i + 1]));
  }

  if (mode === '|') {
    for (let i = firstContent; i < chompStart; i += 1) {
      if (i > firstContent) out.stand('\n', lines[i - 1].textEnd, textStart(lines[i]));
      out.copy(textStart(lines[i]), lines[i].textEnd);
    }
  } else {
    foldLines(source, lines, firstContent, chompStart, indent, out, textStart);
  }

  const contentEnd = lines[chompStart - 1].textEnd;
  if (chomp === '') {
    out.stand('\n', contentEnd, contentEnd);
  } else if (chomp === '+') {
    // Lines after the content hold no more than the block's indentation: only their breaks remain.
    out.stand('\n'.repeat(Math.max(1, lines.length - chompStart)), contentEnd, contentEnd);
  }
  return { text: out, layout };
}

/**
 * Folded content: a break between two ordinary lines becomes a space, or is dropped before empty lines,
 * which each keep a break; around more-indented lines every break is kept. What stands between two
 * content lines maps atomically to the source between them.
 */
function foldLines(
  source: string,
  lines: readonly Line[],
  first: number,
  stop: number,
  indent: number,
  out: MappedText,
  textStart: (l: Line) => number,
): void {
  let sep = '';
  let gap = '';
  let gapFrom = 0;
  let prevMoreIndented = false;
  const emit = (i: number) => {
    gap += sep;
    if (i > first) out.stand(gap, gapFrom, textStart(lines[i]));
    out.copy(textStart(lines[i]), lines[i].textEnd);
    gap = '';
    gapFrom = lines[i].textEnd;
  };
  for (let i = first; i < stop; i += 1) {
    const line = lines[i];
    const isBlank = line.textEnd === line.start + line.indent;
    const moreIndented = line.indent > indent || (!isBlank && source[line.start + line.indent] === '\t');
    if (moreIndented) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      emit(i);
      sep = '\n';
      prevMoreIndented = true;
    } else if (isBlank) {
      if (sep === '\n') gap += '\n';
      else sep = '\n';
    } else {
      emit(i);
      sep = ' ';
      prevMoreIndented = false;
    }
  }
}
