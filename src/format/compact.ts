// One problem per line, `path:line:col: severity message [rule-id]`, for editors' problem matchers and grep.
import type { FileResult } from '../engine/types.js';
import type { FormatOptions, StreamingReport } from './index.js';
import { displayPath } from './display-path.js';
import { printable } from './terminal-text.js';

const SEVERITY_WORD = { error: 'error', warn: 'warning', info: 'info' } as const;

/** Notices are left out: each line here is a problem at a position. */
export function compact(results: FileResult[], options: FormatOptions): string {
  const report = compactReport(options);
  return results.map((result) => report.add(result)).join('') + report.end();
}

/** compact one file at a time: its lines, after a line break when lines came before. */
export function compactReport(options: FormatOptions): StreamingReport {
  let lines = 0;
  return {
    add(result) {
      if (result.messages.length === 0) return '';
      const file = printable(displayPath(result.filePath, options.cwd));
      const text = result.messages.map((m) => `${file}:${m.line}:${m.column}: ${SEVERITY_WORD[m.severity]} ${printable(m.message)} [${printable(m.ruleId)}]`).join('\n');
      const separator = lines > 0 ? '\n' : '';
      lines += result.messages.length;
      return separator + text;
    },
    end: () => '',
  };
}
