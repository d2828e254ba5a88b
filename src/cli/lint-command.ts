// `replylint [paths...]`: find templates, lint them, fix them if asked, report, and choose the exit code.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../catalog/load-catalog.js';
import { loadConfiguration } from '../config/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { createLinter, type Linter } from '../engine/linter.js';
import type { FileEdit, FileResult } from '../engine/types.js';
import { findTemplates } from '../files/walk.js';
import { readStdin, readTemplateFile } from '../files/read.js';
import { fixUntilStable } from '../fix/fix-loop.js';
import { writeFixedFile } from '../fix/write.js';
import { getFormatter, formatterNames } from '../format/index.js';
import { parseFile } from '../parse/index.js';
import { EXIT_FATAL, EXIT_LINT, EXIT_OK, UsageError } from './exit-codes.js';

export interface LintCommandOptions {
  config?: string;
  rule?: string[];
  lang?: string;
  format: string;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  color: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function lintCommand(paths: string[], options: LintCommandOptions, catalog: Catalog, io: Io): Promise<number> {
  const formatter = getFormatter(options.format);
  if (!formatter) throw new UsageError(`Unknown format “${options.format}”. Use one of: ${formatterNames.join(', ')}.`);
  const loaded = loadConfiguration({ cwd: io.cwd, configPath: options.config, catalog: catalog.info, defaults: catalog.defaults });
  const configuration = options.rule?.length ? loaded.applyCliRules(options.rule) : loaded;
  const configFor = (path: string): ResolvedConfig => {
    const resolved = configuration.forFile(path);
    return options.lang ? { ...resolved, lang: options.lang } : resolved;
  };
  const linter = createLinter({ rules: catalog.rules, languages: catalog.languages });
  const results: FileResult[] = [];
  let fatal = false;

  if (options.stdin || (paths.length === 1 && paths[0] === '-')) {
    const name = options.stdinFilename ?? '<stdin>.md';
    const text = stripBom(await readStdin());
    const path = resolve(io.cwd, name);
    let result = linter.lintText(text, { path, config: configFor(path), explicit: true });
    if (options.fix || options.fixDryRun) {
      const { output, rejected } = await fixText(linter, text, path, configFor(path));
      if (output !== text) {
        result = { ...linter.lintText(output, { path, config: configFor(path), explicit: true }), output };
      }
      result = withRejectedNotice(result, rejected);
      if (options.fix) io.stdout(output);
    }
    results.push(result);
  } else {
    for await (const entry of findTemplates(paths.length ? paths : ['.'], { cwd: io.cwd, isIgnored: (p) => configuration.isIgnored(p) })) {
      if ('message' in entry) {
        io.stderr(`replylint: ${entry.path}: ${entry.message}\n`);
        fatal = true;
        continue;
      }
      results.push(await lintFile(linter, entry.path, entry.explicit, configFor(entry.path), options, io));
    }
  }

  for (const r of results) {
    if (options.quiet) {
      r.messages = r.messages.filter((m) => m.severity === 'error');
      r.warningCount = r.infoCount = r.fixableWarningCount = 0;
    }
  }
  // Machine formats list every linted file (JUnit counts clean files as passing tests); people see only problems.
  const everyFile = ['json', 'junit', 'sarif'].includes(options.format);
  const shown = results.filter((r) => everyFile || r.messages.length > 0 || r.notices.length > 0);
  const rules = catalog.rules.map(({ rule: { meta } }) => ({ id: meta.id, description: meta.description, docsUrl: meta.docs, severity: meta.severity }));
  const report = formatter(shown, { color: options.color && !options.outputFile, cwd: io.cwd, rules, toolVersion: catalog.version });
  if (options.outputFile) writeFileSync(resolve(io.cwd, options.outputFile), report);
  else if (report && !(options.fix && options.stdin)) io.stdout(report.endsWith('\n') ? report : report + '\n');

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (fatal) return EXIT_FATAL;
  if (errors > 0) return EXIT_LINT;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`replylint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function lintFile(linter: Linter, path: string, explicit: boolean, config: ResolvedConfig, options: LintCommandOptions, io: Io): Promise<FileResult> {
  const read = await readTemplateFile(path);
  if ('error' in read) return unreadable(path, read.error);
  const result = linter.lintText(read.text, { path, config, explicit });
  if (!(options.fix || options.fixDryRun) || !result.messages.some((m) => m.fix)) return result;
  const { output, rejected } = await fixText(linter, read.text, path, config);
  if (output === read.text) return withRejectedNotice(result, rejected);
  const fixed = withRejectedNotice({ ...linter.lintText(output, { path, config, explicit }), output }, rejected);
  if (options.fix) {
    const written = await writeFixedFile(path, output, { text: read.text, bom: read.bom, mtimeMs: read.mtimeMs ?? 0, size: read.size ?? 0 });
    if (!written.written) {
      io.stderr(`replylint: ${path}: not fixed: ${written.reason}\n`);
      return result;
    }
  }
  return fixed;
}

/** Applies fixes until stable; `rejected` counts fixes dropped because the file would no longer parse. */
async function fixText(linter: Linter, text: string, path: string, config: ResolvedConfig): Promise<{ output: string; rejected: number }> {
  const templateCount = (t: string) => parseFile(path, t).templates.length;
  const before = templateCount(text);
  const outcome = await fixUntilStable(
    text,
    async (current) => ({ fixes: linter.lintText(current, { path, config }).messages.flatMap((m) => (m.fix ? [m.fix as FileEdit] : [])) }),
    (candidate) => {
      const parsed = parseFile(path, candidate);
      return !parsed.problems.some((p) => p.severity === 'error') && parsed.templates.length === before;
    },
  );
  return { output: outcome.output, rejected: outcome.rejected };
}

function withRejectedNotice(result: FileResult, rejected: number): FileResult {
  if (rejected === 0) return result;
  return { ...result, notices: [...result.notices, { message: `${rejected} fix${rejected === 1 ? ' was' : 'es were'} not applied: the file would no longer parse.` }] };
}

function unreadable(path: string, error: string): FileResult {
  return {
    filePath: path,
    messages: [{ ruleId: 'parse-error', severity: 'error', message: error, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 }],
    notices: [],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}
