// Runs one rule on one reply and turns its reports into diagnostics in file coordinates.
import type { TextEncoder } from '../parse/types.js';
import type { SourceMap } from '../parse/source-map.js';
import type { Reply } from '../reply/types.js';
import type { TextEdit } from '../reply/span.js';
import type { EditBuilder, Report, Rule, RuleOptions, RulePhrases } from './rule.js';
import type { Diagnostic, FileEdit, Severity } from './types.js';

/** A rule with its phrase data compiled for each language it supports. */
export interface PreparedRule {
  rule: Rule;
  /** Per language: phrase lists and other values of `<lang>.yaml` (a Map, or compiled on first use). */
  data: Pick<ReadonlyMap<string, { phrases: RulePhrases; data: Record<string, unknown> }>, 'get'>;
}

export interface RunContext {
  severity: Exclude<Severity, 'off'>;
  options: RuleOptions;
  signature?: string;
  toFile: SourceMap;
  encoder: TextEncoder;
  /** The file text, for joining several edits into one. */
  source: string;
  at: (offset: number, endOffset?: number) => Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>;
}

/** Edits in reply coordinates; `insertSentence` reads the reply to keep the capitalisation right. */
export function editsFor(reply: Pick<Reply, 'text'>): EditBuilder {
  return {
    replace: (at, text) => ({ start: at.start, end: at.end, text }),
    insertBefore: (at, text) => ({ start: at.start, end: at.start, text }),
    insertAfter: (at, text) => ({ start: at.end, end: at.end, text }),
    remove: (at) => ({ start: at.start, end: at.end, text: '' }),
    insertSentence(at, text) {
      const first = reply.text.slice(at.start, at.start + 1);
      return /\p{Ll}/u.test(first)
        ? { start: at.start, end: at.start + 1, text: `${text} ${first.toUpperCase()}` }
        : { start: at.start, end: at.start, text: `${text} ` };
    },
  };
}
export function runRule(prepared: PreparedRule, reply: Reply, run: RunContext): Diagnostic[] {
  const { rule } = prepared;
  const reports: Report[] = [];
  const langData = prepared.data.get(reply.lang);
  try {
    rule.check(reply, {
      options: { ...(rule.meta.options ?? {}), ...run.options },
      phrases: langData?.phrases ?? {},
      data: langData?.data ?? {},
      signature: run.signature,
      report: (r) => void reports.push(r),
      fix: editsFor(reply),
      inRegister: (value) => (typeof value === 'string' ? value : typeof value === 'object' && value !== null ? ((value as Record<string, unknown>)[reply.register] as string | undefined) : undefined),
    });
    // Mapped inside the guard too: a report with a span or fix the engine cannot map is the rule's fault.
    return reports.map((r) => toDiagnostic(rule, r, run));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ ruleId: 'rule-error', severity: 'error', message: `Rule “${rule.meta.id}” failed: ${reason}`, ...run.at(0) }];
  }
}

function toDiagnostic(rule: Rule, report: Report, run: RunContext): Diagnostic {
  const range = run.toFile.toFileRange(report.at.start, report.at.end);
  const template = rule.meta.messages[report.messageId] ?? report.messageId;
  const message = template.replace(/\{(\w+)\}/g, (whole, key: string) => (report.data && key in report.data ? String(report.data[key]) : whole));
  const diagnostic: Diagnostic = { ruleId: rule.meta.id, messageId: report.messageId, severity: run.severity, message, ...run.at(range.start, range.end) };
  const fix = report.fix && toFileEdit(report.fix, run);
  if (fix) diagnostic.fix = fix;
  if (report.suggest?.length) {
    diagnostic.suggestions = report.suggest.map((s) => {
      const edit = s.fix && toFileEdit(s.fix, run);
      return edit ? { desc: s.desc, fix: edit } : { desc: s.desc };
    });
  }
  return diagnostic;
}

/** Maps reply edits to one file edit, or undefined when they cannot be written back exactly. */
function toFileEdit(edit: TextEdit | TextEdit[], run: RunContext): FileEdit | undefined {
  const list = (Array.isArray(edit) ? edit : [edit]).slice().sort((a, b) => a.start - b.start);
  if (list.length === 0) return undefined;
  const mapped: FileEdit[] = [];
  for (const e of list) {
    const range = run.toFile.toFileRange(e.start, e.end);
    if (!range.exact) return undefined;
    const text = run.encoder.encode(e.text, range.start, range.end);
    if (text === undefined) return undefined;
    mapped.push({ range: [range.start, range.end], text });
  }
  if (mapped.length === 1) return mapped[0];
  // Several edits become one, ESLint-style: the file text between them is kept as it is.
  let text = '';
  for (let i = 0; i < mapped.length; i += 1) {
    if (i > 0 && mapped[i].range[0] < mapped[i - 1].range[1]) return undefined;
    text += mapped[i].text + (i + 1 < mapped.length ? run.source.slice(mapped[i].range[1], mapped[i + 1].range[0]) : '');
  }
  return { range: [mapped[0].range[0], mapped[mapped.length - 1].range[1]], text };
}
