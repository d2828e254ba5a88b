// GitHub Actions workflow commands, one per problem, which GitHub shows as annotations on the pull request's diff.
//
// `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message` (warning for warn, notice for
// info), escaped the way GitHub's runner unescapes: `%`, CR and LF in the message; those plus `:` and
// `,` in property values. Suggestions follow the message on their own lines (`→ …`).
//
// Whether it becomes the default format inside GitHub Actions is the CLI's decision, not this file's.
import type { Diagnostic, FileResult } from '../engine/types.js';
import type { FormatOptions } from './index.js';
import { reportPath } from './report-path.js';
import { printable } from './terminal-text.js';

const COMMAND: Record<Diagnostic['severity'], string> = { error: 'error', warn: 'warning', info: 'notice' };

export function github(results: FileResult[], options: FormatOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = reportPath(result.filePath, options.cwd);
    for (const m of result.messages) lines.push(annotation(m, file));
  }
  return lines.join('\n');
}

function annotation(m: Diagnostic, file: string): string {
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', m.line],
    ['endLine', m.endLine],
    ['col', m.column],
    ['endColumn', m.endColumn],
    ['title', `replylint (${m.ruleId})`],
  ];
  const message = [m.message, ...(m.suggestions ?? []).map((s) => `→ ${s.desc}`)].join('\n');
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[m.severity]} ${props}::${escapeData(message)}`;
}

/** A workflow command's message: `%`, CR and LF are encoded; other controls are made visible. */
export function escapeData(text: string): string {
  return visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as a message, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Line breaks stay (they are encoded); other controls, which the log would pass on to a terminal, become pictures. */
function visible(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : printable(part)))
    .join('');
}
