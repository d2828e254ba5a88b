// Builds FileResults and Diagnostics for formatter tests, with positions computed from the source text.
import type { Diagnostic, FileResult } from '../../src/engine/types.js';

type Position = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>;

/** The 1-based UTF-16 position of `needle` in `source` (LF line breaks). */
export function positionOf(source: string, needle: string): Position {
  const offset = source.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in source`);
  return positionOfRange(source, offset, offset + needle.length);
}

export function positionOfRange(source: string, offset: number, endOffset: number): Position {
  const lc = (at: number) => {
    const before = source.slice(0, at).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const start = lc(offset);
  const end = lc(endOffset);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
}

export function diagnostic(overrides: Partial<Diagnostic> & Position): Diagnostic {
  return { ruleId: 'jargon', severity: 'warn', message: 'Say it plainly.', ...overrides };
}

export function fileResult(filePath: string, messages: Diagnostic[], extra: Partial<FileResult> = {}): FileResult {
  const count = (s: Diagnostic['severity'], fixable = false) =>
    messages.filter((m) => m.severity === s && (!fixable || m.fix)).length;
  return {
    filePath,
    messages,
    notices: [],
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warn', true),
    ...extra,
  };
}
