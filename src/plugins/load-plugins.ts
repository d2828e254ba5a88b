// Imports the plugins a configuration lists, checks them and gives their rules full ids (`acme/no-asap`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtensionRef } from '../config/extension-refs.js';
import type { ConfigProblem } from '../config/types.js';
import type { Rule } from '../engine/rule.js';
import { checkRuleDefinition } from './check-rule-definition.js';
import type { Plugin, PluginConfig } from './plugin.js';
import { pluginPrefix, resolvePlugin } from './resolve-plugin.js';

export interface LoadedPlugin {
  /** Package name, or the module's `meta.name`. */
  name: string;
  version?: string;
  /** Rule id prefix: `acme` for `replylint-plugin-acme`. */
  prefix: string;
  /** The module file. */
  file: string;
  /** With full ids. */
  rules: Rule[];
  /** By the name `extends` uses: `plugin:acme/recommended`. */
  configs: Map<string, PluginConfig>;
  /** A rule's README (from `meta.docs`, relative to the plugin module), by full id. */
  docs: Map<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first line of an error, without the stack: what a config author can act on. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** `label` names the plugin in rule errors: "Rule “acme/x” failed: … (plugin replylint-plugin-acme 1.2.0)". */
function namespaced(rule: Rule, id: string, label: string): Rule {
  const check: Rule['check'] = (reply, context) => {
    try {
      rule.check(reply, context);
    } catch (error) {
      throw new Error(`${reasonOf(error)} (plugin ${label})`, { cause: error });
    }
  };
  // The result cache fingerprints rules by their check's source: keep the plugin's, not this wrapper's.
  Object.defineProperty(check, 'toString', { value: () => rule.check.toString() });
  const dataDir = rule.dataDir as unknown;
  const out: Rule = { ...rule, meta: { ...rule.meta, id, fixable: rule.meta.fixable ?? false, hasSuggestions: rule.meta.hasSuggestions ?? false }, check };
  if (dataDir instanceof URL) out.dataDir = fileURLToPath(dataDir);
  return out;
}

/** A rule's README: `meta.docs` as a file: URL, or a path relative to the rule's data folder or the plugin module, when it exists. */
function docsFile(rule: Rule, moduleFile: string): string | undefined {
  const docs: unknown = rule.meta.docs;
  if (typeof docs !== 'string' || /^https?:/.test(docs)) return undefined;
  if (docs.startsWith('file:')) return existsSync(fileURLToPath(docs)) ? fileURLToPath(docs) : undefined;
  const folders = [rule.dataDir, path.dirname(moduleFile)].filter((d): d is string => typeof d === 'string');
  return folders.map((dir) => path.resolve(dir, docs)).find((file) => existsSync(file));
}

async function loadOne(ref: ExtensionRef, problems: ConfigProblem[]): Promise<LoadedPlugin | undefined> {
  const where: Omit<ConfigProblem, 'message'> = { file: ref.file, path: `plugins[${ref.index}]`, ...(ref.line ? { line: ref.line } : {}) };
  const fail = (message: string) => void problems.push({ ...where, message: `plugin "${ref.reference}": ${message}` });
  const resolved = resolvePlugin(ref.reference, path.dirname(ref.file));
  if ('error' in resolved) return fail(resolved.error);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolved.file).href)) as Record<string, unknown>;
  } catch (error) {
    return fail(`failed to load ${resolved.file}: ${reasonOf(error)}`);
  }
  // `export default definePlugin({...})`, `module.exports = {...}`, or named exports `meta` and `rules`.
  const plugin: unknown = isRecord(module.default) ? module.default : module;
  if (!isRecord(plugin) || (!isRecord(plugin.rules) && !isRecord(plugin.configs))) {
    return fail(`${resolved.file} exports no plugin: export { meta: {name, version}, rules, configs } (use definePlugin)`);
  }
  const { meta, rules = {}, configs = {} } = plugin as Partial<Plugin> & Record<string, unknown>;
  const name = resolved.packageName ?? (isRecord(meta) && typeof meta.name === 'string' ? meta.name : undefined);
  if (!name) return fail('a local plugin needs meta.name: its rules are prefixed from it (`replylint-plugin-acme` → `acme/…`)');
  if (!isRecord(rules)) return fail('`rules` must be an object of rules by id');
  if (!isRecord(configs) || !Object.values(configs).every(isRecord)) return fail('`configs` must be an object of configs by name');
  const version = resolved.packageVersion ?? (isRecord(meta) && typeof meta.version === 'string' ? meta.version : undefined);
  const prefix = pluginPrefix(name);
  const label = version ? `${name} ${version}` : name;
  const loaded: LoadedPlugin = { name, version, prefix, file: resolved.file, rules: [], configs: new Map(), docs: new Map() };
  for (const [key, rule] of Object.entries(rules)) {
    const id = `${prefix}/${key}`;
    const wrong = /[\s/]/.test(key) ? ['a rule id within a plugin has no spaces or slashes'] : checkRuleDefinition(rule, key, id);
    if (wrong.length > 0) {
      for (const message of wrong) fail(`rule "${id}": ${message}`);
      continue;
    }
    loaded.rules.push(namespaced(rule as Rule, id, label));
    const docs = docsFile(loaded.rules[loaded.rules.length - 1]!, resolved.file);
    if (docs) loaded.docs.set(id, docs);
  }
  for (const [configName, config] of Object.entries(configs)) loaded.configs.set(`plugin:${prefix}/${configName}`, config as PluginConfig);
  return loaded;
}

/**
 * Loads every listed plugin (a plugin listed twice, in a config and one it extends, loads once). Problems
 * name the config file, the `plugins` item, the plugin and the rule; they never carry a stack trace.
 */
export async function loadPlugins(refs: readonly ExtensionRef[]): Promise<{ plugins: LoadedPlugin[]; problems: ConfigProblem[] }> {
  const problems: ConfigProblem[] = [];
  const plugins: LoadedPlugin[] = [];
  for (const ref of refs) {
    const plugin = await loadOne(ref, problems);
    if (!plugin || plugins.some((p) => p.file === plugin.file)) continue;
    const clash = plugins.find((p) => p.prefix === plugin.prefix);
    if (clash) {
      problems.push({
        file: ref.file, path: `plugins[${ref.index}]`, ...(ref.line ? { line: ref.line } : {}),
        message: `plugins "${clash.name}" and "${plugin.name}" both give their rules the prefix "${plugin.prefix}/": rule ids would clash`,
      });
      continue;
    }
    plugins.push(plugin);
  }
  return { plugins, problems };
}
