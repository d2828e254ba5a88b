// The loaded configuration: which settings apply to a given file (overrides, --rule) and what is ignored.
import { inlineAddFiles } from './add-file.js';
import path from 'node:path';
import { parseDocument } from '../parse/yaml-lib.js';
import type { RuleOptions } from '../engine/rule.js';
import type { Severity } from '../engine/types.js';
import { IgnoreRules } from '../files/ignore-rules.js';
import { ConfigError, type ConfigFile, type ConfigLayer, type ConfigProblem, type ResolvedConfig, type RuleConfig, type RuleSetting } from './types.js';
import { matchGlob } from './glob.js';
import { mergeLayer, mergeRules, mergeRuleSetting } from './merge.js';
import { checkRules, toProblems, type RuleCatalogInfo } from './validate.js';

export const COMMAND_LINE = '<command line>';

export interface ConfigurationInit {
  /** A validated config with `extends` already flattened (see loadConfigFile). */
  config: ConfigFile;
  /** The config file it came from; absent for the embedded preset. */
  filePath?: string;
  /** Directory that globs and ignorePatterns are relative to; defaults to the config file's. */
  baseDir?: string;
  catalog: RuleCatalogInfo;
  defaults: Record<string, Severity>;
  /** Settings from `--rule`, applied after everything else. */
  cliRules?: Record<string, RuleSetting>;
}

type Override = NonNullable<ConfigFile['overrides']>[number];

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

function severityOf(setting: RuleSetting): Severity {
  return Array.isArray(setting) ? setting[0] : setting;
}

/**
 * Parses `--rule` values (`'no-name: off'`, `'jargon: [warn, {allow: [SLA]}]'`, several in one as a
 * YAML flow mapping) and checks them against the catalog. Later values win, as in a config file.
 */
/** `cwd`: where a rule's `addFile` paths start from (the command line has no config file to be relative to). */
export function parseCliRules(values: readonly string[], catalog: RuleCatalogInfo, cwd = process.cwd()): { rules: Record<string, RuleSetting>; problems: ConfigProblem[] } {
  const rules: Record<string, RuleSetting> = {};
  const problems: ConfigProblem[] = [];
  const usage = "write it as 'rule-id: severity' or 'rule-id: [severity, {option: value}]'";
  for (const value of values) {
    const trimmed = value.trim();
    const doc = parseDocument(trimmed.startsWith('{') ? trimmed : `{${trimmed}}`);
    const data: unknown = doc.errors.length === 0 ? doc.toJS() : undefined;
    if (doc.errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) {
      const reason = doc.errors[0]?.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
      problems.push({ file: COMMAND_LINE, path: '', message: `cannot read --rule "${value}"${reason ? `: ${reason}` : ''}`, hint: usage });
      continue;
    }
    const issues: Parameters<typeof toProblems>[0][number][] = [];
    const checked = checkRules(data as Record<string, unknown>, catalog, (issue) => issues.push(issue));
    const inlined = inlineAddFiles({ rules: checked }, catalog, cwd, (issue) => issues.push(issue)).rules ?? {};
    problems.push(...toProblems(issues, { file: COMMAND_LINE }));
    for (const [id, setting] of Object.entries(inlined)) rules[id] = mergeRuleSetting(rules[id], setting);
  }
  return { rules, problems };
}

export class Configuration {
  readonly filePath: string | undefined;
  readonly baseDir: string;
  private readonly config: ConfigFile;
  private readonly catalog: RuleCatalogInfo;
  private readonly defaults: Record<string, Severity>;
  private readonly cliRules: Record<string, RuleSetting>;
  private readonly ignoreRules: IgnoreRules | undefined;
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(init: ConfigurationInit) {
    if (init.filePath === undefined && init.baseDir === undefined) throw new Error('Configuration needs a filePath or a baseDir');
    this.filePath = init.filePath === undefined ? undefined : path.resolve(init.filePath);
    this.baseDir = path.resolve(init.baseDir ?? path.dirname(init.filePath as string));
    this.config = init.config;
    this.catalog = init.catalog;
    this.defaults = init.defaults;
    this.cliRules = init.cliRules ?? {};
    const patterns = init.config.ignorePatterns ?? [];
    this.ignoreRules = patterns.length > 0 ? new IgnoreRules(this.baseDir, patterns) : undefined;
  }

  /** Path relative to the base directory with `/`, or undefined outside it (no override applies there). */
  private relative(filePath: string): string | undefined {
    const relative = path.relative(this.baseDir, path.resolve(filePath));
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  }

  private applies(override: Override, relative: string | undefined): boolean {
    if (relative === undefined) return false;
    if (!asList(override.files).some((glob) => matchGlob(relative, glob))) return false;
    return !asList(override.excludedFiles).some((glob) => matchGlob(relative, glob));
  }

  /** The settings for one file: the config, then each matching override in order, then --rule. */
  forFile(filePath: string): ResolvedConfig {
    const overrides = this.config.overrides ?? [];
    // Without overrides the path does not matter (perf: a warm cached run spent 4 % of its time on paths here).
    const relative = overrides.length > 0 ? this.relative(filePath) : undefined;
    const applying = overrides.filter((override) => this.applies(override, relative));
    // Files that the same overrides apply to share one frozen result (perf: resolving per file cost 1 % of a run).
    const key = applying.map((override) => overrides.indexOf(override)).join(',');
    let resolved = this.resolved.get(key);
    if (!resolved) {
      resolved = deepFreeze(this.resolve(applying));
      this.resolved.set(key, resolved);
    }
    return resolved;
  }

  private resolve(applying: readonly Override[]): ResolvedConfig {
    const { lang, platform, signature, rules, placeholders } = this.config;
    let layer: ConfigLayer = { lang, platform, signature, rules, placeholders };
    for (const override of applying) layer = mergeLayer(layer, override);
    const settings = mergeRules(layer.rules, this.cliRules) ?? {};
    const resolvedRules: Record<string, RuleConfig> = {};
    // Every rule in the catalog gets an entry, so a rule the config does not mention is visibly off.
    for (const id of [...this.catalog.ids].sort()) {
      const setting = settings[id];
      const configured = Array.isArray(setting) && setting.length === 2 ? setting[1] : {};
      const options = structuredClone({ ...this.catalog.options(id), ...configured }) as RuleOptions;
      resolvedRules[id] = { severity: setting === undefined ? 'off' : severityOf(setting), options };
    }
    const resolved: ResolvedConfig = { rules: resolvedRules, placeholders: [...(layer.placeholders ?? [])] };
    if (layer.lang !== undefined) resolved.lang = layer.lang;
    if (layer.platform !== undefined) resolved.platform = layer.platform;
    if (layer.signature !== undefined) resolved.signature = layer.signature;
    return resolved;
  }

  /**
   * Whether `ignorePatterns` (gitignore syntax, relative to the base directory) exclude a path.
   * Pass `isDirectory` for a directory, so patterns such as `drafts/` match it. Bound, so it can be
   * handed to findTemplates as it is.
   */
  readonly isIgnored = (filePath: string, isDirectory = false): boolean =>
    this.ignoreRules?.ignores(filePath, isDirectory) ?? false;

  /** A copy with `--rule` values applied on top of everything; throws ConfigError for bad values. */
  applyCliRules(values: readonly string[], cwd?: string): Configuration {
    const { rules, problems } = parseCliRules(values, this.catalog, cwd);
    if (problems.length > 0) throw new ConfigError(problems);
    const cliRules = { ...this.cliRules };
    for (const [id, setting] of Object.entries(rules)) cliRules[id] = mergeRuleSetting(cliRules[id], setting);
    return new Configuration({
      config: this.config, filePath: this.filePath, baseDir: this.baseDir,
      catalog: this.catalog, defaults: this.defaults, cliRules,
    });
  }

  /** What `--print-config FILE` prints: the resolved settings for that file, as plain data. */
  toJSON(filePath: string): ResolvedConfig {
    return this.forFile(filePath);
  }
}

/** Freezes an object and everything in it: a shared result must not be changed for one file. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
