// One problem per line, `path:line:col: severity message [rule-id]`, for editors' problem matchers and grep.
import type { FileResult } from '../engine/types.js';
import type { FormatOptions } from './index.js';
import { displayPath } from './display-path.js';
import { printable } from './terminal-text.js';

const SEVERITY_WORD = { error: 'error', warn: 'warning', info: 'info' } as const;

/** Notices are left out: each line here is a problem at a position. */
export function compact(results: FileResult[], options: FormatOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = printable(displayPath(result.filePath, options.cwd));
    for (const m of result.messages) {
      lines.push(`${file}:${m.line}:${m.column}: ${SEVERITY_WORD[m.severity]} ${printable(m.message)} [${printable(m.ruleId)}]`);
    }
  }
  return lines.join('\n');
}
