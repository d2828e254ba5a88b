// Configuration as written by users and as resolved for one file.
import type { RuleOptions } from '../engine/rule.js';
import type { Severity } from '../engine/types.js';

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** One layer of configuration, as written in a config file (or an `overrides` entry). */
export interface ConfigLayer {
  lang?: string;
  platform?: string;
  signature?: string;
  rules?: Record<string, RuleSetting>;
  /** Extra placeholder syntaxes: regular-expression sources (e.g. `\{\w+\}`, `<OTRS_[A-Z_]+>`). */
  placeholders?: string[];
}

export interface ConfigFile extends ConfigLayer {
  extends?: string | string[];
  overrides?: Array<ConfigLayer & { files: string | string[]; excludedFiles?: string | string[] }>;
  ignorePatterns?: string[];
  /** Plugin packages (`replylint-plugin-acme`, `@acme/replylint-plugin`) or modules (`./team-rules/index.js`); top level only. */
  plugins?: string[];
  /** Vale-style rule folders (`./styles/Acme`), relative to the config file; top level only. */
  rulePacks?: string[];
}

export interface RuleConfig {
  severity: Severity;
  options: RuleOptions;
}

/** Configuration that applies to one file, after extends and overrides. */
export interface ResolvedConfig {
  lang?: string;
  platform?: string;
  signature?: string;
  rules: Record<string, RuleConfig>;
  placeholders: string[];
  /** Report disable directives that silence nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: 'info' | 'warn' | 'error';
}

/** An error a user can make in configuration: a value, not an exception. */
export interface ConfigProblem {
  /** Config file, or '<command line>'. */
  file: string;
  /** Key path, e.g. `rules.jargon[1].add`. */
  path: string;
  message: string;
  /** "Did you mean …?" and such. */
  hint?: string;
  line?: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path ? p.path + ': ' : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`).join('\n'));
    this.name = 'ConfigError';
  }
}
