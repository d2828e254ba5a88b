// The plugin contract: a package or module that brings rules (ids `prefix/rule`) and configs to enable them.
import type { ConfigFile } from '../config/types.js';
import type { Rule, RuleOptions } from '../engine/rule.js';

export interface PluginMeta {
  /** The package name (`replylint-plugin-acme`); a local module's rules are prefixed from it. */
  name: string;
  version?: string;
}

/** A config a plugin offers, enabled with `extends: plugin:<prefix>/<name>`: rules (full ids), placeholders, overrides… */
export type PluginConfig = Omit<ConfigFile, 'extends' | 'plugins' | 'rulePacks' | 'ignorePatterns'>;

export interface Plugin {
  meta: PluginMeta;
  /** By the rule's id within the plugin (`no-asap`); users write `acme/no-asap`. */
  rules?: Record<string, Rule>;
  configs?: Record<string, PluginConfig>;
}

/** Types a plugin; replylint checks it again when it loads (rule definitions, config keys). */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

export type { Rule, RuleOptions };
