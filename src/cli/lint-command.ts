// `replylint [paths...]`: lint, report in one or more formats, and choose the exit code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Catalog } from '../catalog/load-catalog.js';
import type { FileResult } from '../engine/types.js';
import { readStdin } from '../files/read.js';
import type { Formatter } from '../format/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter, loadStreamingReport } from '../format/load-formatter.js';
import { loadRunnerSetup, runnerFor, type RunnerSetup } from '../run/runner-setup.js';
import type { Concurrency } from '../run/worker-pool.js';
import { suppressionOptions, type SuppressionFlags } from '../suppressions/suppression-flags.js';
import { EXIT_FATAL, EXIT_LINT, EXIT_OK, UsageError } from './exit-codes.js';

export interface LintCommandOptions extends SuppressionFlags {
  cache?: boolean;
  cacheLocation?: string;
  config?: string;
  rule?: string[];
  lang?: string;
  /** `name` or `name:file`; several allowed. */
  format: string[];
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  color: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  /** Git ref: lint only what changed since it. */
  changedSince?: string;
  skipNonTemplates?: boolean;
  reportUnusedDisableDirectives?: 'info' | 'warn' | 'error';
  /** Threads for linting files: a number, or `auto` (the default). */
  concurrency?: Concurrency;
}

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Output {
  name: string;
  /** Absent: standard output. */
  file?: string;
}

/** `--format stylish --format sarif:out.sarif`, and `-o file` for a single format. */
export function parseOutputs(formats: readonly string[], outputFile: string | undefined): Output[] {
  const outputs = (formats.length ? formats : ['stylish']).map((spec): Output => {
    const at = spec.indexOf(':');
    const name = at < 0 ? spec : spec.slice(0, at);
    const file = at < 0 ? undefined : spec.slice(at + 1);
    if (!isFormatName(name)) throw new UsageError(`Unknown format “${name}”. Use one of: ${FORMAT_NAMES.join(', ')}.`);
    if (file === '') throw new UsageError(`--format ${spec}: give a file name after the colon.`);
    return { name, file };
  });
  const toStdout = outputs.filter((o) => !o.file);
  if (outputFile) {
    if (toStdout.length !== 1) throw new UsageError('--output-file names the file of the one format without its own `:file`.');
    toStdout[0].file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError('Only one format can go to the terminal; write the others to files with `--format name:file`.');
  }
  return outputs;
}

export async function lintCommand(paths: string[], options: LintCommandOptions, builtin: Catalog, io: Io): Promise<number> {
  const outputs = parseOutputs(options.format, options.outputFile);
  // The config's plugins and rule packs join the built-in rules (src/catalog/load-setup.ts).
  // Plain data, so worker threads rebuild the same runner (src/run/runner-setup.ts).
  const setup: RunnerSetup = { cwd: io.cwd, configPath: options.config, overrideConfig: options.rule, flags: { lang: options.lang, fix: options.fix, fixDryRun: options.fixDryRun, skipNonTemplates: options.skipNonTemplates, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } };
  const loaded = await loadRunnerSetup(setup, builtin);
  const { catalog, notices } = loaded;
  for (const notice of notices) io.stderr(`replylint: ${notice}\n`);
  const fromStdin = options.stdin || (paths.length === 1 && paths[0] === '-');
  if (fromStdin && options.changedSince !== undefined) throw new UsageError('--changed-since works on files in a git repository, not on standard input.');
  // Baseline and cache (src/suppressions, src/cache): standard input gets neither.
  const suppressions = suppressionOptions(options, io.cwd, catalog.info.ids, { stdin: fromStdin, changedSince: options.changedSince !== undefined });
  if ('error' in suppressions) throw new UsageError(suppressions.error);
  // The cache's modules load only for --cache (start-up time of a pre-commit run).
  const cacheFile = options.cache ? (await import('../cache/result-cache.js')).cacheFilePath(io.cwd, options.cacheLocation) : undefined;
  const gates = { suppressions, cacheFile };
  const runner = runnerFor(setup, loaded, { changedSince: options.changedSince, concurrency: options.concurrency, ...gates });

  let results: FileResult[] = [];
  let fatal = false;
  const tally = { errors: 0, warnings: 0, ruleErrors: 0 };
  /** --quiet keeps errors only; then the file counts toward the exit code. */
  const settle = (r: FileResult): void => {
    if (options.quiet) {
      r.messages = r.messages.filter((m) => m.severity === 'error');
      r.warningCount = r.infoCount = r.fixableWarningCount = 0;
    }
    tally.errors += r.errorCount;
    tally.warnings += r.warningCount;
    tally.ruleErrors += r.messages.filter((m) => m.ruleId === 'rule-error').length;
  };
  const rules = catalog.rules.map(({ rule: { meta } }) => ({ id: meta.id, description: meta.description, docsUrl: meta.docs, severity: meta.severity }));
  const formatOptions = (output: Output) => ({ color: options.color && !output.file, cwd: io.cwd, rules, toolVersion: catalog.version });
  // One report to standard output in a format that can stream prints each file as it is linted and keeps
  // nothing (memory stays flat).
  const streamed = !fromStdin && outputs.length === 1 && !outputs[0]!.file ? await loadStreamingReport(outputs[0]!.name, formatOptions(outputs[0]!)) : undefined;
  let printed = false;

  if (fromStdin) {
    const result = await runner.lintText(await readStdin(), options.stdinFilename ?? '<stdin>.md');
    results = [result];
    // With --fix, standard output carries the fixed text; the report goes to standard error.
    if (options.fix) io.stdout(result.output ?? result.source ?? '');
  } else {
    // Streamed text goes out in pieces of 16 kB or more: a write per file was 6 % of a warm cached run.
    let pending = '';
    const run = await runner.lintPaths(paths, streamed && ((result) => {
      settle(result);
      const text = streamed.add(result);
      printed ||= text !== '';
      pending += text;
      if (pending.length >= 16_384) {
        io.stdout(pending);
        pending = '';
      }
    }));
    if (run.streamed) {
      const end = streamed!.end();
      if (printed || end) io.stdout(`${pending}${end}\n`);
    } else results = run.results;
    for (const p of run.problems) io.stderr(`replylint: ${p.path}: ${p.message}\n`);
    for (const u of run.unwritten) io.stderr(`replylint: ${u.path}: not fixed: ${u.reason}\n`);
    for (const note of run.notes) io.stderr(`replylint: ${note}\n`);
    fatal = run.problems.length > 0;
    if (run.streamed) return exitCode(fatal, tally, options.maxWarnings, io);
  }

  for (const r of results) settle(r);
  // Only the formats asked for are loaded (stylish pulls in chalk and the terminal-width tables).
  const formatters = new Map<string, Formatter>();
  for (const { name } of outputs) formatters.set(name, (await loadFormatter(name))!);
  for (const output of outputs) {
    // Machine formats list every linted file (JUnit counts clean files as passing tests); people see only problems.
    const everyFile = ['json', 'junit', 'sarif'].includes(output.name);
    const shown = results.filter((r) => everyFile || r.messages.length > 0 || r.notices.length > 0);
    const report = formatters.get(output.name)!(shown, formatOptions(output));
    const text = report && !report.endsWith('\n') ? report + '\n' : report;
    if (output.file) {
      // As ESLint does: a report into a folder that does not exist yet creates the folder.
      const file = resolve(io.cwd, output.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    else if (fromStdin && options.fix) io.stderr(text);
    else io.stdout(text);
  }
  return exitCode(fatal, tally, options.maxWarnings, io);
}

function exitCode(fatal: boolean, tally: { errors: number; warnings: number; ruleErrors: number }, maxWarnings: number | undefined, io: Io): number {
  // A crashed rule is replylint's failure (or a plugin's), not the template's: exit 2 (issue 7).
  if (fatal || tally.ruleErrors > 0) return EXIT_FATAL;
  if (tally.errors > 0) return EXIT_LINT;
  if (maxWarnings !== undefined && maxWarnings >= 0 && tally.warnings > maxWarnings) {
    io.stderr(`replylint found too many warnings (maximum: ${maxWarnings}).\n`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}
