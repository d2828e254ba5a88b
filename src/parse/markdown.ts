// Reads a Markdown template (YAML front matter, then one reply) or a plain-text template into a ParsedFile.
import type { Root, Yaml } from 'mdast';
import { isMap } from './yaml-lib.js';
import { findFrontMatter } from './front-matter.js';
import { nestingTooDeep, templateTooLong } from './limits.js';
import { parseMarkdown } from './markdown-parser.js';
import { SourceMap } from './source-map.js';
import { readSimpleFrontMatter } from './simple-front-matter.js';
import { metaOfEntries, readTemplateMeta, type TemplateMetaRead } from './template-meta.js';
import type { ParsedFile, ParseProblem, TemplateMeta, TemplateSource } from './types.js';
import { aliasBombProblem, parseYaml, unknownTagProblem } from './yaml-document.js';

/** An opening fence on the first line: remark turns it into a thematic break when no closing fence follows. */
const OPENING_FENCE = /^---[ \t]*\r?\n/;

export function parseMarkdownFile(text: string): ParsedFile {
  // Checked before any parsing: these inputs would take minutes or overflow the stack (issue 7).
  const limit = templateTooLong(text.length, 0) ?? nestingTooDeep(text);
  if (limit) return broken(text, 'markdown', limit);
  // The reply stage parses the Markdown; here only the front matter is needed (perf: one parse per file, not two).
  const found = findFrontMatter(text);
  const tree = found === 'unsure' ? parseMarkdown(text, true) : undefined;
  const first = tree?.children[0];
  const frontMatter: Yaml | undefined = tree
    ? first?.type === 'yaml' ? first : undefined
    : found && found !== 'unsure' ? { type: 'yaml', value: found.value, position: { start: { line: 1, column: 1, offset: found.start }, end: { line: 1, column: 1, offset: found.end } } } : undefined;
  if (!frontMatter && OPENING_FENCE.test(text)) {
    return broken(text, 'markdown', { severity: 'error', offset: 0, message: 'The front matter is never closed: end it with a line `---` after its last key.' });
  }
  let meta: TemplateMeta = { tags: [] };
  const problems: ParseProblem[] = [];
  if (frontMatter) {
    const read = readFrontMatter(text, frontMatter);
    if ('fatal' in read) return broken(text, 'markdown', read.fatal);
    meta = read.meta;
    problems.push(...read.problems);
  }
  return { text, type: 'markdown', problems, templates: [wholeFile(text, 'markdown', meta, tree)] };
}

export function parseTextFile(text: string): ParsedFile {
  const limit = templateTooLong(text.length, 0);
  if (limit) return broken(text, 'text', limit);
  return { text, type: 'text', problems: [], templates: [wholeFile(text, 'text', { tags: [] })] };
}

function wholeFile(text: string, format: 'markdown' | 'text', meta: TemplateMeta, tree?: Root): TemplateSource {
  return {
    index: 0,
    meta,
    body: text,
    format,
    map: SourceMap.identity(0, text.length),
    fileRange: { start: 0, end: text.length },
    anchor: 0,
    // The body is the file itself: fix text is written as it is.
    encoder: { encode: (t) => t },
    ...(tree ? { tree } : {}),
  };
}

function broken(text: string, type: 'markdown' | 'text', problem: ParseProblem): ParsedFile {
  return { text, type, templates: [], problems: [problem] };
}

function readFrontMatter(text: string, node: Yaml): { meta: TemplateMeta; problems: ParseProblem[] } | { fatal: ParseProblem } {
  // The YAML starts on the line after the opening fence.
  const base = text.indexOf('\n', node.position?.start.offset ?? 0) + 1;
  const simple = readSimpleFrontMatter(node.value);
  const read = simple ? metaOfEntries(simple) : readYamlFrontMatter(node.value, base);
  if ('fatal' in read) return read;
  return { meta: read.meta, problems: read.problems.map((p) => ({ severity: 'warn', offset: base + p.offset, message: p.message })) };
}

/** Front matter through the YAML parser; problem offsets are in `source`, a fatal one's in the file. */
function readYamlFrontMatter(source: string, base: number): TemplateMetaRead | { fatal: ParseProblem } {
  const { doc, error } = parseYaml(source, base);
  const fatal = error ?? unknownTagProblem(doc, source, base) ?? aliasBombProblem(doc, base);
  if (fatal) return { fatal: { ...fatal, message: fatal.message.replace(/^Invalid YAML/, 'Invalid front matter') } };
  if (doc.contents === null || (doc.contents as { value?: unknown }).value === null) return { meta: { tags: [] }, problems: [] };
  if (!isMap(doc.contents)) return { meta: { tags: [] }, problems: [{ offset: 0, message: 'Write the front matter as `key: value` lines, such as `lang: fi`.' }] };
  return readTemplateMeta(doc.contents, doc);
}
