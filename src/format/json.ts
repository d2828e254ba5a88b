// ESLint's JSON result format, so tools that read ESLint's output read ours.
//
// Mapping decisions:
// - severity: 2 for error, 1 for warn. ESLint has no info level; info is 1 and counts as a warning.
// - counts are computed from the messages present, so they stay true after --quiet filtering.
// - a parse-error carries `fatal: true` and counts in `fatalErrorCount`, as ESLint's parser errors do.
// - `template` (the template's title or index) is added on messages from files with several templates.
// - a suggestion whose edit cannot be written back exactly has no `fix` (ESLint always has one).
// - `suppressedMessages` holds what the suppressions file silenced, each with ESLint's bulk-suppression
//   marker `suppressions: [{kind: 'file', justification: ''}]`; they are not counted.
// - `source` is left out; `output` is present when --fix changed the file.
// - `filePath` is absolute, as in ESLint (a pseudo-path such as `<stdin>` is kept as it is).
import path from 'node:path';
import type { Diagnostic, FileEdit, FileResult } from '../engine/types.js';
import type { FormatOptions, StreamingReport } from './index.js';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId?: string;
  endLine: number;
  endColumn: number;
  fatal?: true;
  fix?: FileEdit;
  suggestions?: { desc: string; fix?: FileEdit }[];
  template?: string;
  /** On suppressed messages only: why they are silenced. */
  suppressions?: { kind: 'file'; justification: string }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  usedDeprecatedRules: never[];
}

export function json(results: FileResult[], options: FormatOptions): string {
  return JSON.stringify(results.map((r) => toJsonResult(r, options.cwd)));
}

/** json one file at a time: the array JSON.stringify writes, opened by the first file and closed at the end. */
export function jsonReport(options: FormatOptions): StreamingReport {
  let files = 0;
  return {
    add(result) {
      files += 1;
      return (files === 1 ? '[' : ',') + JSON.stringify(toJsonResult(result, options.cwd));
    },
    end: () => (files === 0 ? '[]' : ']'),
  };
}

export function toJsonResult(result: FileResult, cwd: string): JsonResult {
  const messages = result.messages.map(toJsonMessage);
  const out: JsonResult = {
    filePath: /^<.*>$/.test(result.filePath) ? result.filePath : path.resolve(cwd, result.filePath),
    messages,
    suppressedMessages: (result.suppressedMessages ?? []).map((d) => ({ ...toJsonMessage(d), suppressions: [{ kind: 'file' as const, justification: '' }] })),
    errorCount: count(messages, 2),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: count(messages, 1),
    fixableErrorCount: count(messages, 2, true),
    fixableWarningCount: count(messages, 1, true),
    usedDeprecatedRules: [],
  };
  if (result.output !== undefined) out.output = result.output;
  return out;
}

function toJsonMessage(d: Diagnostic): JsonMessage {
  // Key order follows ESLint's, so diffs against ESLint output stay readable.
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
    ...(d.messageId !== undefined && { messageId: d.messageId }),
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.ruleId === 'parse-error' && { fatal: true as const }),
    ...(d.fix && { fix: copyEdit(d.fix) }),
    ...(d.suggestions &&
      d.suggestions.length > 0 && {
        suggestions: d.suggestions.map((s) => (s.fix ? { desc: s.desc, fix: copyEdit(s.fix) } : { desc: s.desc })),
      }),
    ...(d.template !== undefined && { template: d.template }),
  };
}

function copyEdit(edit: FileEdit): FileEdit {
  return { range: [edit.range[0], edit.range[1]], text: edit.text };
}

function count(messages: readonly JsonMessage[], severity: 1 | 2, fixable = false): number {
  return messages.filter((m) => m.severity === severity && (!fixable || m.fix !== undefined)).length;
}
