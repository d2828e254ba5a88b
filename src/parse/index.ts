// Chooses the reader for a template file by its extension.
import { parseMacroFile } from './macros.js';
import { parseMarkdownFile } from './markdown.js';
import type { ParsedFile } from './types.js';

export type { ParsedFile } from './types.js';

export function fileType(path: string): 'markdown' | 'text' | 'macros' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'macros';
  if (lower.endsWith('.txt')) return 'text';
  return 'markdown';
}

export function parseFile(path: string, text: string, _options: { explicit?: boolean } = {}): ParsedFile {
  const type = fileType(path);
  return type === 'macros' ? parseMacroFile(text) : parseMarkdownFile(text, type);
}
