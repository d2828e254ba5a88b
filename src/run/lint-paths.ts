// Lints files, folders, globs or standard input end to end (config, walk, read, lint, fix): the CLI and the API share it.
import { existsSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import type { Catalog } from '../catalog/load-catalog.js';
import type { Configuration } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { createLinter, type Linter } from '../engine/linter.js';
import type { Diagnostic, FileEdit, FileResult } from '../engine/types.js';
import { changedFiles, type LineRange } from '../files/changed-files.js';
import { findTemplates, TEMPLATE_EXTENSIONS } from '../files/walk.js';
import { readTemplateFile } from '../files/read.js';
import { parseFile } from '../parse/index.js';
import { changedTemplateFilter, keepDiagnostics } from './changed-templates.js';
import type { cacheKey as cacheKeyOf, ResultCache } from '../cache/result-cache.js';
import type { SuppressionOptions } from '../suppressions/settle-suppressions.js';
import type { ChunkOutcome, FileJob } from './lint-worker.js';
import type { RunnerSetup } from './runner-setup.js';
import { lintInParallel, threadCount, type Concurrency } from './worker-pool.js';

// What only some runs need loads when they need it: a pre-commit run of a few files pays for every
// module it imports (about 1 ms each), and most runs neither fix, cache nor keep a baseline.
const fixModules = () => Promise.all([import('../fix/fix-loop.js'), import('../fix/write.js')]);
const cacheModules = () => Promise.all([import('../cache/result-cache.js'), import('../cache/rule-set-fingerprint.js')]);
const suppressionModules = () => Promise.all([import('../suppressions/suppressions-file.js'), import('../suppressions/settle-suppressions.js')]);

export interface LintRunOptions {
  cwd: string;
  configuration: Configuration;
  /** Language for templates that do not set one (overrides the config's `lang`). */
  lang?: string;
  /** Write fixes to the files. */
  fix?: boolean;
  /** Compute fixes (FileResult.output) without writing. */
  fixDryRun?: boolean;
  /**
   * Treat named files like files found in a folder: other extensions and YAML files that are not macro
   * collections are skipped silently (hooks and lint-staged pass every changed file).
   */
  skipNonTemplates?: boolean;
  /** Report disable directives that silence nothing, at this severity. */
  reportUnusedDisableDirectives?: 'info' | 'warn' | 'error';
  /** Reuse results of earlier runs stored in this file (absolute path); see src/cache/. */
  cacheFile?: string;
  /** Apply (and with `update`, first record or prune) the baseline in this suppressions file. */
  suppressions?: SuppressionOptions;
  /** Lint only files changed since this git ref and, in macro collections, report only changed macros (see files/changed-files.ts). */
  changedSince?: string;
  /** Threads for linting files (see run/worker-pool.ts); default `auto`. Workers need `workerSetup`. */
  concurrency?: Concurrency;
  /** How a worker thread rebuilds this runner (plain data); without it, everything runs on this thread. */
  workerSetup?: RunnerSetup;
}

export interface LintRun {
  /** Every linted file's result in path order; empty when they went to `onResult` as they came. */
  results: FileResult[];
  /** The results went to `onResult` one by one, in path order, and were not kept. */
  streamed: boolean;
  /** Paths that could not be linted at all (missing, unreadable folder): the run is a failure. */
  problems: Array<{ path: string; message: string }>;
  /** Files a fix was not written to, and why. */
  unwritten: Array<{ path: string; reason: string }>;
  /** For the person running it, changing nothing in the outcome (suppressions recorded, cache not written). */
  notes: string[];
}

export class LintRunner {
  private readonly linter: Linter;
  /** src/cache/result-cache.ts's cacheKey, once a run with a cache has loaded it. */
  private cacheKey?: typeof cacheKeyOf;
  private readonly withRunOptions = new WeakMap<ResolvedConfig, ResolvedConfig>();

  constructor(
    private readonly catalog: Catalog,
    private readonly options: LintRunOptions,
  ) {
    this.linter = createLinter({ rules: catalog.rules, languages: catalog.languages });
  }

  configFor(path: string): ResolvedConfig {
    const resolved = this.options.configuration.forFile(path);
    // One object per shared resolved config, so what is derived from a config (cache hashes) is derived once.
    let config = this.withRunOptions.get(resolved);
    if (!config) {
      const { lang, reportUnusedDisableDirectives } = this.options;
      config = { ...resolved, ...(lang ? { lang } : {}), ...(reportUnusedDisableDirectives ? { reportUnusedDisableDirectives } : {}) };
      this.withRunOptions.set(resolved, config);
    }
    return config;
  }

  /**
   * Lints the files under `paths`. With `onResult`, each result goes there in path order as soon as it and
   * the ones before it are linted, and none is kept (a report printed file by file holds no results), unless
   * a baseline must first see them all; `streamed` says which happened.
   */
  async lintPaths(paths: readonly string[], onResult?: (result: FileResult) => void): Promise<LintRun> {
    const run: LintRun = { results: [], streamed: false, problems: [], unwritten: [], notes: [] };
    // No baseline file and nothing to record: applying an empty baseline changes nothing, so it is skipped.
    const wanted = this.options.suppressions;
    const baseline = wanted && (wanted.update !== undefined || existsSync(wanted.file)) ? await suppressionModules() : undefined;
    // A broken suppressions file stops the run before any work: its baseline would be wrong.
    const suppressions = wanted && baseline && (await baseline[0].readSuppressionsFile(wanted.file));
    if (suppressions && baseline[0].isSuppressionsFileError(suppressions)) {
      run.problems.push({ path: relative(this.options.cwd, suppressions.file) || suppressions.file, message: suppressions.message });
      return run;
    }
    let cache: ResultCache | undefined;
    if (this.options.cacheFile !== undefined) {
      const [{ ResultCache, cacheKey }, { ruleSetFingerprint }] = await cacheModules();
      cache = ResultCache.open(this.options.cacheFile, ruleSetFingerprint(this.catalog));
      this.cacheKey = cacheKey;
    }
    const configuration = this.options.configuration;
    const changed = this.options.changedSince === undefined ? undefined : await changedFiles(this.options.cwd, this.options.changedSince);
    const jobs: FileJob[] = [];
    for await (const entry of findTemplates(paths.length ? [...paths] : ['.'], { cwd: this.options.cwd, isIgnored: (p) => configuration.isIgnored(p) })) {
      if ('message' in entry) run.problems.push({ path: entry.path, message: entry.message });
      else {
        const explicit = entry.explicit && !this.options.skipNonTemplates;
        if (!explicit && !TEMPLATE_EXTENSIONS.includes(extname(entry.path).toLowerCase())) continue;
        const changedLines = changed?.get(entry.path);
        if (changed && !changedLines) continue; // unchanged since the ref
        jobs.push({ path: entry.path, explicit, ...(changedLines ? { changedLines } : {}) });
      }
    }
    // The cache lives on this thread: with --cache every file is linted here (a warm run barely lints).
    const threads = cache || !this.options.workerSetup ? 1 : threadCount(this.options.concurrency, jobs.length);
    run.streamed = onResult !== undefined && !(suppressions && baseline && wanted);
    const deliver = (outcome: ChunkOutcome): void => {
      for (const result of outcome.results) {
        if (result.skipped) continue;
        if (run.streamed) onResult!(result);
        else run.results.push(result);
      }
      run.unwritten.push(...outcome.unwritten);
    };
    if (threads > 1) await lintInParallel(jobs, threads, this.options.workerSetup!, (chunk) => this.lintJobs(chunk), deliver);
    else for (const job of jobs) deliver(await this.lintJobs([job], cache));
    const cacheError = await cache?.save();
    if (cacheError) run.notes.push(`${cache?.file}: cache not written (${cacheError})`);
    // The cache holds unsuppressed results; the baseline applies on top, to fresh and cached alike.
    if (suppressions && baseline && wanted) {
      const settled = await baseline[1].settleSuppressions(run.results, suppressions, wanted, this.options.cwd);
      run.results = settled.results;
      run.notes.push(...settled.notes);
      if (settled.problem) run.problems.push({ path: relative(this.options.cwd, settled.problem.file) || settled.problem.file, message: settled.problem.message });
    }
    return run;
  }

  /** Lints files in order (one chunk of a run, on whichever thread); `skipped` results are kept so the order lines up. */
  async lintJobs(jobs: readonly FileJob[], cache?: ResultCache): Promise<ChunkOutcome> {
    const scratch: LintRun = { results: [], streamed: false, problems: [], unwritten: [], notes: [] };
    const results: FileResult[] = [];
    for (const job of jobs) results.push(await this.lintFile(job.path, job.explicit, scratch, cache, job.changedLines));
    return { results, unwritten: scratch.unwritten };
  }

  /** Lints text that is not read from disk (standard input, an editor buffer); fixes land in `output`. */
  async lintText(text: string, filePath: string): Promise<FileResult> {
    const path = resolve(this.options.cwd, filePath);
    const config = this.configFor(path);
    const result = this.linter.lintText(text, { path, config, explicit: true });
    if (!(this.options.fix || this.options.fixDryRun)) return result;
    return (await this.fixed(text, path, config, true, result)).result;
  }

  /** The file's result; a clean file's text is dropped at once, so a long run holds the texts of problem files only. */
  private async lintFile(path: string, explicit: boolean, run: LintRun, cache?: ResultCache, changedLines?: readonly LineRange[]): Promise<FileResult> {
    const result = await this.lintFileWithSource(path, explicit, run, cache, changedLines);
    if (result.messages.length > 0 || (result.suppressedMessages?.length ?? 0) > 0) return result;
    const { source: _unused, ...lean } = result;
    return lean;
  }

  private async lintFileWithSource(path: string, explicit: boolean, run: LintRun, cache?: ResultCache, changedLines?: readonly LineRange[]): Promise<FileResult> {
    const read = await readTemplateFile(path);
    if ('error' in read) return unreadable(path, read.error, read.line);
    const config = this.configFor(path);
    const key = cache && this.cacheKey?.(read.text, config, explicit);
    const cached = key && cache?.get(path, key);
    // A stored result has no `source`: it is the text just read (stylish shows lines from it).
    const result = cached ? { ...cached, source: read.text } : this.linter.lintText(read.text, { path, config, explicit });
    if (key && !cached) cache?.set(path, key, result);
    const keep = changedLines && changedTemplateFilter(result, changedLines);
    const judged = keep ? keepDiagnostics(result, keep) : result;
    if (!(this.options.fix || this.options.fixDryRun) || !judged.messages.some((m) => m.fix)) return judged;
    const { result: fixed, output } = await this.fixed(read.text, path, config, explicit, judged, keep);
    if (output === read.text || !this.options.fix) return fixed;
    const [, { writeFixedFile }] = await fixModules();
    const written = await writeFixedFile(path, output, { text: read.text, bom: read.bom, mtimeMs: read.mtimeMs ?? 0, size: read.size ?? 0 });
    if (written.written) {
      cache?.delete(path); // its stored result describes text that is gone: the next run lints the fixed file
      return fixed;
    }
    run.unwritten.push({ path, reason: written.reason });
    return judged;
  }

  /** `keep` (--changed-since) limits the fixes and the report to the changed templates. */
  private async fixed(text: string, path: string, config: ResolvedConfig, explicit: boolean, before: FileResult, keep: (d: Diagnostic) => boolean = () => true): Promise<{ result: FileResult; output: string }> {
    const [{ fixUntilStable }] = await fixModules();
    const templateCount = parseFile(path, text).templates.length;
    const outcome = await fixUntilStable(
      text,
      async (current) => ({ fixes: this.linter.lintText(current, { path, config }).messages.flatMap((m) => (m.fix && keep(m) ? [m.fix as FileEdit] : [])) }),
      (candidate) => {
        const parsed = parseFile(path, candidate);
        return !parsed.problems.some((p) => p.severity === 'error') && parsed.templates.length === templateCount;
      },
    );
    const { output, rejected } = outcome;
    const result = output === text ? before : { ...keepDiagnostics(this.linter.lintText(output, { path, config, explicit }), keep), output };
    if (rejected === 0) return { result, output };
    const notice = { message: `${rejected} fix${rejected === 1 ? ' was' : 'es were'} not applied: the file would no longer parse.` };
    return { result: { ...result, notices: [...result.notices, notice] }, output };
  }
}

function unreadable(path: string, error: string, line = 1): FileResult {
  return {
    filePath: path,
    messages: [{ ruleId: 'parse-error', severity: 'error', message: error, line, column: 1, endLine: line, endColumn: 1, offset: 0, endOffset: 0 }],
    notices: [],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}
