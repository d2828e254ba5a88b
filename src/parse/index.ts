// Parses a template file into template sources, choosing the reader by the file's extension.
import { parseMacroFile } from './macros.js';
import { parseMarkdownFile, parseTextFile } from './markdown.js';
import type { ParsedFile } from './types.js';

export type { ParsedFile } from './types.js';

export type FileType = ParsedFile['type'];

/** `.yaml`/`.yml` are macro collections, `.txt` plain text; anything else (`.md`, `.markdown`, stdin) Markdown. */
export function fileType(path: string): FileType {
  const lower = path.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'macros';
  if (lower.endsWith('.txt')) return 'text';
  return 'markdown';
}

/**
 * `text` is the decoded file without its BOM. `explicit` (the file was named, not found by walking)
 * does not change parsing: a YAML file of another shape comes back with `notMacroFile` either way.
 */
export function parseFile(path: string, text: string, _options: { explicit?: boolean } = {}): ParsedFile {
  switch (fileType(path)) {
    case 'macros':
      return parseMacroFile(text);
    case 'text':
      return parseTextFile(text);
    default:
      return parseMarkdownFile(text);
  }
}
