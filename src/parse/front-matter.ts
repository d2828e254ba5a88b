// Finds a template's YAML front matter exactly where remark-frontmatter would, without parsing the Markdown after it.

/** The front matter block: `start`/`end` span the fences, `value` is what remark's `yaml` node holds. */
export interface FrontMatterBlock {
  value: string;
  start: number;
  end: number;
}

// The grammar of micromark-extension-frontmatter at the start of a document: `---`, spaces or tabs, a line
// ending; lines; a line that is `---` plus spaces or tabs, then a line ending or the end of the text.
const OPEN = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g;
// remark's yaml node then drops one line ending at each end.
const EDGE_LINE_ENDINGS = /^(\r?\n|\r)|(\r?\n|\r)$/g;

/**
 * The front matter of `text`, undefined when it has none (no opening fence, or one never closed: remark then
 * reads a thematic break). A text starting with a BOM is `unsure` (micromark drops it before matching):
 * callers ask remark. Parsing the whole file only to find its front matter cost as much as the lint itself.
 */
export function findFrontMatter(text: string): FrontMatterBlock | undefined | 'unsure' {
  if (text.charCodeAt(0) === 0xfeff) return 'unsure';
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  // The closing fence may follow the opening line at once (empty front matter).
  let close: { start: number; end: number } | undefined;
  const atOnce = /^---[ \t]*(?=\r\n|\r|\n|$)/.exec(text.slice(contentStart));
  if (atOnce) close = { start: contentStart, end: contentStart + atOnce[0].length };
  else {
    CLOSE.lastIndex = contentStart;
    const found = CLOSE.exec(text);
    if (found) {
      const eol = found[0].startsWith('\r\n') ? 2 : 1;
      close = { start: found.index + eol, end: found.index + found[0].length };
    }
  }
  if (!close) return undefined;
  // micromark reads NUL as U+FFFD.
  // remark's value runs from the opening fence's line ending to the closing fence.
  const value = text.slice(contentStart - open[1].length, close.start).replace(/\0/g, '\uFFFD').replace(EDGE_LINE_ENDINGS, '');
  return { value, start: 0, end: close.end };
}
