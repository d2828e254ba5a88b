// The public API for tools that embed replylint: lint files or text, load a configuration, format results, test rules.
import { loadCatalog, prepareRule, type Catalog } from './catalog/load-catalog.js';
import { loadLintSetup, type LintSetup } from './catalog/load-setup.js';
import type { Configuration } from './config/index.js';
import type { Rule, RuleOptions } from './engine/rule.js';
import type { PreparedRule } from './engine/run-rule.js';
import type { FileResult } from './engine/types.js';
import { formatterNames, getFormatter, type Formatter, type RuleSummary } from './format/index.js';
import { LintRunner } from './run/lint-paths.js';
import { RuleTester } from './testing/rule-tester.js';

export interface ConfigOptions {
  /** Directory that paths, config lookup and reports are relative to; default: process.cwd(). */
  cwd?: string;
  /** A config file to use instead of looking for one (relative to cwd); it must exist. */
  config?: string;
  /** Rule settings applied on top, written as `--rule` takes them: `'jargon: error'`, `'no-name: off'`. */
  overrideConfig?: readonly string[];
}

export interface LintOptions extends ConfigOptions {
  /** Language for templates that do not set `lang` (overrides the config's `lang`). */
  lang?: string;
  /** Write safe fixes to the files (the results describe the fixed files). */
  fix?: boolean;
  /** Compute fixes without writing them: the fixed text is in `FileResult.output`. */
  fixDryRun?: boolean;
  /** Skip named files that are not templates instead of reporting them (as `--skip-non-templates`). */
  skipNonTemplates?: boolean;
}

export interface LintTextOptions extends ConfigOptions {
  /** Decides Markdown or YAML (by extension), which config overrides apply, and the result's filePath. */
  filePath: string;
  lang?: string;
  /** Compute fixes: the fixed text is in `FileResult.output` (nothing is written). */
  fix?: boolean;
}

/** A path that could not be linted at all: missing, unreadable, or a glob that matches nothing. */
export interface PathProblem {
  path: string;
  message: string;
}

/** Rejects `lint()` when a path cannot be linted, as the command line exits 2 for it. */
export class PathError extends Error {
  constructor(readonly problems: PathProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'PathError';
  }
}

// The catalog (rule modules, compiled phrase lists) is the same for every call, and loading it is the slow part.
let catalogLoading: Promise<Catalog> | undefined;
function catalog(): Promise<Catalog> {
  catalogLoading ??= loadCatalog().catch((error: unknown) => {
    catalogLoading = undefined;
    throw error;
  });
  return catalogLoading;
}

/** Built-in rules plus the plugins and rule packs the configuration lists, and the configuration itself. */
async function setupFor(options: ConfigOptions): Promise<LintSetup> {
  return loadLintSetup({ cwd: cwdOf(options), configPath: options.config, overrideConfig: options.overrideConfig }, await catalog());
}

const cwdOf = (options: ConfigOptions): string => options.cwd ?? process.cwd();

/**
 * Lints files, folders and globs (default: the cwd) as the command line does, and returns one result
 * per linted file, clean files included. Rejects with ConfigError for a bad configuration or
 * `overrideConfig`, and with PathError for paths that cannot be linted.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  const { catalog: loaded, configuration } = await setupFor(options);
  const runner = new LintRunner(loaded, {
    cwd: cwdOf(options),
    configuration,
    lang: options.lang,
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    skipNonTemplates: options.skipNonTemplates,
  });
  const run = await runner.lintPaths(paths);
  if (run.problems.length > 0) throw new PathError(run.problems);
  // A fix that could not be written (the file changed meanwhile) is news about that file, not a failure.
  for (const { path, reason } of run.unwritten) {
    const result = run.results.find((r) => r.filePath === path);
    result?.notices.push({ message: `Fixes not written: ${reason}` });
  }
  return run.results;
}

/** Lints text that is not on disk (an editor buffer, standard input). Rejects with ConfigError for a bad configuration. */
export async function lintText(text: string, options: LintTextOptions): Promise<FileResult> {
  const { catalog: loaded, configuration } = await setupFor(options);
  const runner = new LintRunner(loaded, { cwd: cwdOf(options), configuration, lang: options.lang, fixDryRun: options.fix });
  return runner.lintText(text, options.filePath);
}

/**
 * The configuration a run would use: `config`, else the nearest config file above `cwd`, else the
 * recommended preset. `forFile(path)` gives the settings for one file (what `--print-config` prints).
 * Rejects with ConfigError for a bad configuration.
 */
export async function loadConfig(options: ConfigOptions = {}): Promise<Configuration> {
  return (await setupFor(options)).configuration;
}

/** Every output format by name; each turns results into text (see FormatOptions). */
export const formatters: Readonly<Record<string, Formatter>> = Object.freeze(
  Object.fromEntries(formatterNames.map((name) => [name, getFormatter(name) as Formatter])),
);

/**
 * The rules as formats describe them (SARIF's rule entries): pass them as `FormatOptions.rules`. With
 * `options`, the plugin and rule pack rules of that configuration are included.
 */
export async function ruleSummaries(options?: ConfigOptions): Promise<RuleSummary[]> {
  const rules = options ? (await setupFor(options)).catalog.rules : (await catalog()).rules;
  return rules.map(({ rule: { meta } }) => ({ id: meta.id, description: meta.description, docsUrl: meta.docs, severity: meta.severity }));
}

/** replylint's own version (SARIF names it as `FormatOptions.toolVersion`). */
export async function version(): Promise<string> {
  return (await catalog()).version;
}

/**
 * A RuleTester with replylint's language data, and `prepare`, which compiles a rule's phrase files
 * (from `rule.dataDir`) so the tester can run it. Plugin authors test their rules with it.
 */
export async function createRuleTester(): Promise<{ tester: RuleTester; prepare<O extends RuleOptions>(rule: Rule<O>): PreparedRule }> {
  const { languages } = await catalog();
  const stems = new Map(languages.map((l) => [l.lang, l.stem]));
  return {
    tester: new RuleTester(languages),
    prepare: (rule) => prepareRule(rule as unknown as Rule, undefined, stems),
  };
}

export { getFormatter, formatterNames, RuleTester };
export { defineRule } from './engine/rule.js';
export { definePlugin, type Plugin, type PluginMeta, type PluginConfig } from './plugins/plugin.js';
export { withTeamPhrases, teamEntries, type TeamPhrases } from './language/team-phrases.js';
export { RuleTesterError, type ValidCase, type InvalidCase, type ExpectedError, type RuleTestCases, type RuleTesterOptions } from './testing/rule-tester.js';
export { loadLintSetup, type LintSetup, type SetupOptions } from './catalog/load-setup.js';
export { ConfigError } from './config/types.js';
export { CatalogError } from './catalog/load-catalog.js';
export type { Configuration } from './config/index.js';
export type { ConfigProblem, ResolvedConfig, RuleConfig, RuleSetting, ConfigFile, ConfigLayer } from './config/types.js';
export type { Rule, RuleMeta, RuleContext, RuleOptions, OptionValue, Report, SuggestionReport, RulePhrases, EditBuilder } from './engine/rule.js';
export type { Diagnostic, FileEdit, FileResult, Notice, Severity, Suggestion } from './engine/types.js';
export type { PreparedRule } from './engine/run-rule.js';
export type { RuleRun } from './testing/rule-tester.js';
export type { Formatter, FormatOptions, RuleSummary } from './format/index.js';
export type { Reply, ReplyParts, Register, Sentence, Token, Placeholder } from './reply/types.js';
export type { Span, TextEdit } from './reply/span.js';
export type { PhraseList, PhraseMatch, PhraseEntry } from './language/phrase-list.js';
