// Narrows a file's result to the templates a change touched (`--changed-since`), so one edited macro is judged alone.
import type { Diagnostic, FileResult } from '../engine/types.js';
import { touchesLines, type LineRange } from '../files/diff-hunks.js';

/**
 * Which diagnostics of `result` concern changed lines: in a macro collection, those of macros whose lines
 * a change touches; anywhere else (a single-template file, or a problem with the whole file) those of a
 * file with any changed line. Decided by template index, so the answer holds for the re-lints of --fix,
 * whose edits move lines but never add or remove a template.
 */
export function changedTemplateFilter(result: FileResult, changed: readonly LineRange[]): (diagnostic: Diagnostic) => boolean {
  const fileChanged = changed.length > 0;
  if (!result.templateLines) return () => fileChanged;
  const touched = new Set(result.templateLines.filter((t) => touchesLines(changed, t.line, t.endLine)).map((t) => t.templateIndex));
  return (d) => (d.templateIndex === undefined ? fileChanged : touched.has(d.templateIndex));
}

/** The result with only the diagnostics `keep` accepts, counts recomputed. */
export function keepDiagnostics(result: FileResult, keep: (diagnostic: Diagnostic) => boolean): FileResult {
  const messages = result.messages.filter(keep);
  if (messages.length === result.messages.length) return result;
  const count = (severity: Diagnostic['severity'], fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    ...result,
    messages,
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warn', true),
  };
}
