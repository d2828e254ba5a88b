// Maps a YAML scalar's value back to the file, for every scalar style, and re-encodes fix text for it.
import type { Scalar } from 'yaml';
import { SourceMap, SourceMapBuilder } from './source-map.js';
import type { TextEncoder } from './types.js';

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Where the scalar's content starts: after the quote, or after a block scalar's header line. */
function contentStart(source: string, node: Scalar): number {
  const start = node.range![0];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return start + 1;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = source.indexOf('\n', start);
    return nl < 0 ? node.range![1] : nl + 1;
  }
  return start;
}

/**
 * Aligns the value with its source: characters written as themselves map exactly; escapes, doubled
 * quotes and folded line breaks become atomic; indentation the parser removed is not in the map.
 */
export function scalarMap(source: string, node: Scalar, value: string): SourceMap {
  const end = node.range![1];
  const out = new SourceMapBuilder();
  const style = node.type;
  let i = 0;
  let j = contentStart(source, node);
  let run = -1;
  const flush = () => {
    if (run >= 0) out.exact(run, j - run);
    run = -1;
  };
  while (i < value.length && j < end) {
    if (value[i] === source[j] && !(style === 'QUOTE_DOUBLE' && source[j] === '\\') && !(style === 'QUOTE_SINGLE' && source[j] === "'")) {
      if (run < 0) run = j;
      i += 1;
      j += 1;
      continue;
    }
    flush();
    if (style === 'QUOTE_DOUBLE' && source[j] === '\\') {
      if (source[j + 1] === '\n' || source[j + 1] === '\r') {
        // An escaped line break joins the lines: it and the next line's indentation stand for nothing.
        let k = j + 1;
        while (k < end && isSpace(source[k])) k += 1;
        out.atomic(j, k - j, 0);
        j = k;
        continue;
      }
      const length = ESCAPE_LENGTH[source[j + 1]] ?? 2;
      const produced = source[j + 1] === 'U' && value.codePointAt(i)! > 0xffff ? 2 : 1;
      out.atomic(j, length, produced);
      i += produced;
      j += length;
    } else if (style === 'QUOTE_SINGLE' && source[j] === "'" && source[j + 1] === "'" && value[i] === "'") {
      out.atomic(j, 2, 1);
      i += 1;
      j += 2;
    } else if (isSpace(source[j])) {
      let k = j;
      while (k < end && isSpace(source[k])) k += 1;
      let m = i;
      while (m < value.length && isSpace(value[m]) && value[m] !== source[k]) m += 1;
      if (m > i) out.atomic(j, k - j, m - i);
      i = m;
      j = k;
    } else {
      return wholeScalar(node, value);
    }
  }
  flush();
  if (i < value.length) out.atomic(j, 0, value.length - i); // e.g. the final newline of a block at end of file
  const map = out.build();
  return out.textLength === value.length ? map : wholeScalar(node, value);
}

/** The safe fallback: the whole value stands for the whole scalar; nothing inside can be fixed. */
function wholeScalar(node: Scalar, value: string): SourceMap {
  const [start, end] = node.range!;
  return new SourceMap([{ text: 0, textLength: value.length, file: start, fileLength: end - start }]);
}

/** Re-encodes inserted text for the scalar's style, or refuses when it cannot keep its meaning there. */
export function scalarEncoder(source: string, node: Scalar): TextEncoder {
  switch (node.type) {
    case 'BLOCK_LITERAL': {
      const first = contentStart(source, node);
      const indent = /^[ \t]*/.exec(source.slice(first))![0];
      const eol = source.includes('\r\n') ? '\r\n' : '\n';
      // A blank line needs no indentation; every other line, including the file text after the insertion, does.
      return { encode: (text) => text.replace(/\r?\n/g, (found: string, offset: number) => (text[offset + found.length] === '\n' || text[offset + found.length] === '\r' ? eol : eol + indent)) };
    }
    case 'BLOCK_FOLDED':
      return { encode: (text) => (/[\r\n]/.test(text) ? undefined : text) };
    case 'QUOTE_DOUBLE':
      return { encode: (text) => JSON.stringify(text).slice(1, -1) };
    case 'QUOTE_SINGLE':
      return { encode: (text) => (/[\r\n]/.test(text) ? undefined : text.replace(/'/g, "''")) };
    default: {
      // Inside a plain scalar only ": ", " #" and line breaks change the meaning; at its edges, spaces too.
      const [start, end] = node.range!;
      return { encode: (text, at) => (/[\r\n]|: | #|:$/.test(text) || ((at === start || at === end) && /^\s|\s$/.test(text)) ? undefined : text) };
    }
  }
}
