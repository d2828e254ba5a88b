// JUnit XML, the test-report format GitLab, Jenkins and Azure Pipelines show: templates as test cases, problems as failures.
//
// Mapping decisions:
// - one <testsuite> per file (name and classname: the path relative to the working directory);
// - one <testcase> per template that has messages (name: the template's label), plus one named after
//   the file for messages about the file as a whole;
// - a file without messages is one passing <testcase> named after the file. Formatters see only
//   diagnostics, so a template without problems is invisible here: the CLI passes every linted file
//   for this format, and templates are known from their messages' labels;
// - every diagnostic is a <failure> (type: the rule id; message: the message; body:
//   `line:col severity rule-id message`, then its suggestions), whatever its severity, as ESLint's
//   junit output does: the exit code, not this report, decides whether CI fails.
import path from 'node:path';
import type { Diagnostic, FileResult } from '../engine/types.js';
import type { FormatOptions } from './index.js';
import { reportPath } from './report-path.js';
import { groupByTemplate } from './template-groups.js';

const SEVERITY_WORD: Record<Diagnostic['severity'], string> = { error: 'error', warn: 'warning', info: 'info' };

export function junit(results: FileResult[], options: FormatOptions): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = reportPath(result.filePath, options.cwd);
    const groups = groupByTemplate(result.messages);
    const fileName = path.posix.basename(file);
    const cases =
      groups.length === 0 ? [testcase(fileName, file, [])] : groups.map((g) => testcase(g.label ?? fileName, file, g.messages));
    tests += cases.length;
    failures += result.messages.length;
    suites.push(
      `  <testsuite name="${escapeXmlAttribute(file)}" tests="${cases.length}" failures="${result.messages.length}" errors="0" skipped="0">\n` +
        cases.join('') +
        '  </testsuite>\n',
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="replylint" tests="${tests}" failures="${failures}" errors="0">\n` +
    suites.join('') +
    '</testsuites>'
  );
}

function testcase(name: string, classname: string, messages: readonly Diagnostic[]): string {
  const open = `    <testcase name="${escapeXmlAttribute(name)}" classname="${escapeXmlAttribute(classname)}"`;
  if (messages.length === 0) return `${open} />\n`;
  const failures = messages.map((m) => {
    const body = [
      `${m.line}:${m.column} ${SEVERITY_WORD[m.severity]} ${m.ruleId} ${m.message}`,
      ...(m.suggestions ?? []).map((s) => `→ ${s.desc}`),
    ].join('\n');
    return `      <failure message="${escapeXmlAttribute(m.message)}" type="${escapeXmlAttribute(m.ruleId)}">${escapeXmlText(body)}</failure>\n`;
  });
  return `${open}>\n${failures.join('')}    </testcase>\n`;
}

// Characters XML 1.0 cannot hold at all, not even escaped: C0 controls other than tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element text: markup characters escaped, CR kept as a reference (parsers turn a literal CR into LF). */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => XML_ENTITY[c]);
}

/** A double-quoted attribute value: tabs and line breaks as references too, or parsers turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITY[c]);
}

const XML_ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
