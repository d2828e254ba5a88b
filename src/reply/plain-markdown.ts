// Recognises Markdown that reads exactly as it is written, so the reply stage can skip the Markdown parser
// for it (issue 6: most replies are a few paragraphs of prose, and parsing them was half of a run).
import { findFrontMatter } from '../parse/front-matter.js';

// Syntax wherever it stands: code spans, emphasis, links and images, HTML and autolinks, escapes, entities;
// and controls (tabs, CR, NUL) whose reading depends on where they are.
const INLINE_SYNTAX = /[`*_[\]<\\\0-\x09\x0b-\x1f\x7f]|&(?:#|[A-Za-z0-9]+;)/;

// A line that could open a heading, quote, list, fence, setext underline, thematic break or indented code,
// or whose edge whitespace remark would trim (leading indentation, trailing spaces or a hard break).
const NOT_PARAGRAPH_LINE = /^(?:[\s#>+\-=~]|\d{1,9}[.)])|\s$/u;

/**
 * Where the paragraphs of a body start when the body is only paragraphs of plain lines (after its front
 * matter, when it may have one); undefined when the Markdown parser is needed. A body it accepts renders to
 * the same text, blocks and map as remark's tree does (tested on generated texts and the benchmark corpus).
 */
export function plainMarkdownStart(masked: string, frontMatter: boolean): number | undefined {
  let start = 0;
  if (frontMatter) {
    const found = findFrontMatter(masked);
    if (found === 'unsure') return undefined;
    if (found) start = found.end;
  }
  const content = start === 0 ? masked : masked.slice(start);
  if (INLINE_SYNTAX.test(content)) return undefined;
  for (const line of content.split('\n')) {
    if (line !== '' && NOT_PARAGRAPH_LINE.test(line)) return undefined;
  }
  return start;
}
