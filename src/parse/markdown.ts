// Reads a Markdown (or plain-text) template file: optional YAML front matter, then one reply.
import { parseDocument } from 'yaml';
import { readMeta } from './meta.js';
import { SourceMap } from './source-map.js';
import type { ParsedFile, ParseProblem, TemplateMeta } from './types.js';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseMarkdownFile(text: string, format: 'markdown' | 'text'): ParsedFile {
  const problems: ParseProblem[] = [];
  let meta: TemplateMeta = { tags: [] };
  const open = format === 'markdown' ? OPEN.exec(text) : null;
  if (open) {
    const inner = text.slice(open[0].length);
    const close = inner.length === 0 ? null : CLOSE.exec(inner);
    if (!close) {
      problems.push({ severity: 'error', offset: 0, message: 'Front matter is never closed: end it with a line `---`.' });
      return { text, type: format, templates: [], problems };
    }
    const yamlStart = open[0].length;
    const doc = parseDocument(inner.slice(0, close.index), { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      problems.push({ severity: 'error', offset: yamlStart + (e.pos?.[0] ?? 0), message: `Front matter is not valid YAML: ${firstLine(e.message)}` });
      return { text, type: format, templates: [], problems };
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push({ severity: 'error', offset: yamlStart, message: `Front matter aliases expand too far: ${firstLine((error as Error).message)}` });
      return { text, type: format, templates: [], problems };
    }
    if (data !== null && data !== undefined) {
      if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ severity: 'warn', offset: yamlStart, message: 'Front matter should be a mapping of keys such as `lang: fi`.' });
      } else {
        const read = readMeta(data as Record<string, unknown>);
        meta = read.meta;
        for (const p of read.problems) problems.push({ severity: 'warn', offset: yamlStart + keyOffset(inner, p.key), message: `Front matter: ${p.message}.` });
      }
    }
  }
  return {
    text,
    type: format,
    problems,
    templates: [{ index: 0, meta, body: text, format, map: SourceMap.identity(0, text.length), fileRange: { start: 0, end: text.length }, anchor: 0, encoder: { encode: (t) => t } }],
  };
}

const firstLine = (message: string) => message.split('\n')[0];
const keyOffset = (yaml: string, key: string) => Math.max(0, yaml.search(new RegExp(`^${key}\\s*:`, 'm')));
