// The default human output: problems grouped by file and template, each with its source line, carets and suggestions.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, FileResult } from '../engine/types.js';
import { codeFrame, sourceLines } from './code-frame.js';
import { displayPath } from './display-path.js';
import type { FormatOptions, StreamingReport } from './index.js';
import { groupByTemplate } from './template-groups.js';
import { pad, printable, textWidth } from './terminal-text.js';

const SEVERITY_WORD: Record<Diagnostic['severity'], string> = { error: 'error', warn: 'warning', info: 'info' };

export function stylish(results: FileResult[], options: FormatOptions): string {
  const report = stylishReport(options);
  return results.map((result) => report.add(result)).join('') + report.end();
}

/** stylish one file at a time: a file's block after a blank line when one came before; the summary at the end. */
export function stylishReport(options: FormatOptions): StreamingReport {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const counts = { error: 0, warn: 0, info: 0, fixable: 0 };
  let blocks = 0;
  return {
    add(result) {
      if (result.messages.length === 0 && result.notices.length === 0) return '';
      for (const m of result.messages) {
        counts[m.severity] += 1;
        if (m.fix) counts.fixable += 1;
      }
      blocks += 1;
      return (blocks > 1 ? '\n\n' : '') + fileBlock(result, options.cwd, chalk);
    },
    end() {
      const total = counts.error + counts.warn + counts.info;
      if (blocks === 0 || total === 0) return '';
      const colour = counts.error > 0 ? chalk.red.bold : counts.warn > 0 ? chalk.yellow.bold : chalk.blue.bold;
      const lines = [
        colour(
          `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ` +
            `${plural(counts.info, 'info')})`,
        ),
      ];
      if (counts.fixable > 0) lines.push(colour(`  ${counts.fixable} fixable with --fix`));
      return '\n\n' + lines.join('\n');
    },
  };
}

function fileBlock(result: FileResult, cwd: string, chalk: ChalkInstance): string {
  const out: string[] = [chalk.underline(printable(displayPath(result.filePath, cwd)))];
  const lines = result.source === undefined ? [] : sourceLines(result.source);
  const groups = groupByTemplate(result.messages);

  // Columns align across the whole file, so every template's rows line up.
  const widths = { line: 0, column: 0, severity: 0, message: 0 };
  for (const m of result.messages) {
    widths.line = Math.max(widths.line, String(m.line).length);
    widths.column = Math.max(widths.column, String(m.column).length);
    widths.severity = Math.max(widths.severity, SEVERITY_WORD[m.severity].length);
    widths.message = Math.max(widths.message, textWidth(printable(m.message)));
  }

  for (const group of groups) {
    const indent = group.label !== undefined ? '    ' : '  ';
    if (group.label !== undefined) out.push(`  ${chalk.bold(`▸ ${printable(group.label)}`)}`);
    const detail = indent + '  ';
    for (const m of group.messages) {
      const position = chalk.dim(`${pad(String(m.line), widths.line, true)}:${pad(String(m.column), widths.column)}`);
      const severity = severityColour(m.severity, chalk)(pad(SEVERITY_WORD[m.severity], widths.severity));
      const fixable = m.fix ? ` ${chalk.green('(fixable)')}` : '';
      out.push(`${indent}${position}  ${severity}  ${pad(printable(m.message), widths.message)}  ${chalk.dim(printable(m.ruleId))}${fixable}`);

      const frame = codeFrame(lines, m);
      if (frame) {
        out.push(`${detail}${frame.line}`);
        out.push(`${detail}${' '.repeat(frame.caretOffset)}${severityColour(m.severity, chalk)('^'.repeat(frame.caretWidth))}`);
      }
      for (const s of m.suggestions ?? []) {
        // A suggestion whose edit could not be mapped back is still advice worth showing.
        out.push(`${detail}${chalk.cyan('→')} ${printable(s.desc)}`);
      }
    }
  }
  for (const notice of result.notices) out.push(chalk.dim(`  note: ${printable(notice.message)}`));
  return out.join('\n');
}

function severityColour(severity: Diagnostic['severity'], chalk: ChalkInstance): ChalkInstance {
  return severity === 'error' ? chalk.red : severity === 'warn' ? chalk.yellow : chalk.blue;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
