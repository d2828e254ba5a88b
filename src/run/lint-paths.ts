// Lints files, folders, globs or standard input end to end (config, walk, read, lint, fix): the CLI and the API share it.
import { resolve } from 'node:path';
import type { Catalog } from '../catalog/load-catalog.js';
import type { Configuration } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { createLinter, type Linter } from '../engine/linter.js';
import type { FileEdit, FileResult } from '../engine/types.js';
import { findTemplates } from '../files/walk.js';
import { readTemplateFile } from '../files/read.js';
import { fixUntilStable } from '../fix/fix-loop.js';
import { writeFixedFile } from '../fix/write.js';
import { parseFile } from '../parse/index.js';

export interface LintRunOptions {
  cwd: string;
  configuration: Configuration;
  /** Language for templates that do not set one (overrides the config's `lang`). */
  lang?: string;
  /** Write fixes to the files. */
  fix?: boolean;
  /** Compute fixes (FileResult.output) without writing. */
  fixDryRun?: boolean;
}

export interface LintRun {
  results: FileResult[];
  /** Paths that could not be linted at all (missing, unreadable folder): the run is a failure. */
  problems: Array<{ path: string; message: string }>;
  /** Files a fix was not written to, and why. */
  unwritten: Array<{ path: string; reason: string }>;
}

export class LintRunner {
  private readonly linter: Linter;

  constructor(
    catalog: Catalog,
    private readonly options: LintRunOptions,
  ) {
    this.linter = createLinter({ rules: catalog.rules, languages: catalog.languages });
  }

  configFor(path: string): ResolvedConfig {
    const resolved = this.options.configuration.forFile(path);
    return this.options.lang ? { ...resolved, lang: this.options.lang } : resolved;
  }

  async lintPaths(paths: readonly string[]): Promise<LintRun> {
    const run: LintRun = { results: [], problems: [], unwritten: [] };
    const configuration = this.options.configuration;
    for await (const entry of findTemplates(paths.length ? [...paths] : ['.'], { cwd: this.options.cwd, isIgnored: (p) => configuration.isIgnored(p) })) {
      if ('message' in entry) run.problems.push({ path: entry.path, message: entry.message });
      else {
        const result = await this.lintFile(entry.path, entry.explicit, run);
        if (!result.skipped) run.results.push(result);
      }
    }
    return run;
  }

  /** Lints text that is not read from disk (standard input, an editor buffer); fixes land in `output`. */
  async lintText(text: string, filePath: string): Promise<FileResult> {
    const path = resolve(this.options.cwd, filePath);
    const config = this.configFor(path);
    const result = this.linter.lintText(text, { path, config, explicit: true });
    if (!(this.options.fix || this.options.fixDryRun)) return result;
    return (await this.fixed(text, path, config, true, result)).result;
  }

  private async lintFile(path: string, explicit: boolean, run: LintRun): Promise<FileResult> {
    const read = await readTemplateFile(path);
    if ('error' in read) return unreadable(path, read.error);
    const config = this.configFor(path);
    const result = this.linter.lintText(read.text, { path, config, explicit });
    if (!(this.options.fix || this.options.fixDryRun) || !result.messages.some((m) => m.fix)) return result;
    const { result: fixed, output } = await this.fixed(read.text, path, config, explicit, result);
    if (output === read.text || !this.options.fix) return fixed;
    const written = await writeFixedFile(path, output, { text: read.text, bom: read.bom, mtimeMs: read.mtimeMs ?? 0, size: read.size ?? 0 });
    if (written.written) return fixed;
    run.unwritten.push({ path, reason: written.reason });
    return result;
  }

  private async fixed(text: string, path: string, config: ResolvedConfig, explicit: boolean, before: FileResult): Promise<{ result: FileResult; output: string }> {
    const templateCount = parseFile(path, text).templates.length;
    const outcome = await fixUntilStable(
      text,
      async (current) => ({ fixes: this.linter.lintText(current, { path, config }).messages.flatMap((m) => (m.fix ? [m.fix as FileEdit] : [])) }),
      (candidate) => {
        const parsed = parseFile(path, candidate);
        return !parsed.problems.some((p) => p.severity === 'error') && parsed.templates.length === templateCount;
      },
    );
    const { output, rejected } = outcome;
    const result = output === text ? before : { ...this.linter.lintText(output, { path, config, explicit }), output };
    if (rejected === 0) return { result, output };
    const notice = { message: `${rejected} fix${rejected === 1 ? ' was' : 'es were'} not applied: the file would no longer parse.` };
    return { result: { ...result, notices: [...result.notices, notice] }, output };
  }
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
