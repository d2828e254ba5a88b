// A run's rules and configuration from serialisable inputs (cwd, config path, --rule values): built-in rules, plus the plugins and rule packs the config lists.
import path from 'node:path';
import { collectExtensionRefs, type ExtensionRef } from '../config/extension-refs.js';
import { Configuration, loadConfiguration, locateConfigFile } from '../config/index.js';
import { ConfigError, type ConfigFile, type ConfigProblem, type RuleSetting } from '../config/types.js';
import { validateConfig } from '../config/validate.js';
import type { Rule } from '../engine/rule.js';
import type { LoadedPlugin } from '../plugins/load-plugins.js';
import { catalogOf, loadCatalog, prepareRule, stemsOf, type Catalog } from './load-catalog.js';

export interface SetupOptions {
  cwd: string;
  /** `--config`, relative to cwd. */
  configPath?: string;
  /** `--rule` values, applied last. */
  overrideConfig?: readonly string[];
}

export interface LintSetup {
  catalog: Catalog;
  configuration: Configuration;
  /** One line each, for standard error: rule pack rules skipped and such. */
  notices: string[];
}

/** The rule pack loader's contract (src/vale/load-rule-packs.ts). */
interface RulePackLoader {
  loadRulePacks(paths: string[], baseDir: string): Promise<{
    rules: Rule[];
    notices: Array<{ file: string; message: string }>;
    problems: Array<{ file: string; line?: number; message: string }>;
  }>;
}

interface PackRules {
  rules: Rule[];
  /** Rule ids each config file's `rulePacks` bring, by the file's absolute path. */
  byFile: Map<string, string[]>;
  source: Map<string, string>;
  notices: string[];
}

// A variable specifier: runs without rule packs never load the Vale code.
const RULE_PACK_MODULE = '../vale/load-rule-packs.js';

async function loadPacks(refs: readonly ExtensionRef[], cwd: string, problems: ConfigProblem[]): Promise<PackRules> {
  const packs: PackRules = { rules: [], byFile: new Map(), source: new Map(), notices: [] };
  if (refs.length === 0) return packs;
  const { loadRulePacks } = (await import(RULE_PACK_MODULE)) as RulePackLoader;
  // A pack listed by a config and again by one it extends loads once; both files enable its rules.
  const byFolder = new Map<string, string[]>();
  for (const ref of refs) {
    const baseDir = path.dirname(ref.file);
    const folder = path.resolve(baseDir, ref.reference);
    if (!byFolder.has(folder)) {
      const where = { file: ref.file, path: `rulePacks[${ref.index}]`, ...(ref.line ? { line: ref.line } : {}) };
      const result = await loadRulePacks([folder], baseDir);
      // The loader names files relative to baseDir.
      for (const p of result.problems) {
        const file = path.resolve(baseDir, p.file);
        // A pack folder that cannot be read is the config's mistake: name its file and key; a broken rule file names itself.
        if (file === folder) problems.push({ ...where, message: `rule pack "${ref.reference}": ${p.message}` });
        else problems.push({ file, path: '', message: p.message, ...(p.line ? { line: p.line } : {}) });
      }
      for (const n of result.notices) packs.notices.push(`${path.relative(cwd, path.resolve(baseDir, n.file)) || n.file}: ${n.message}`);
      const ids: string[] = [];
      for (const rule of result.rules) {
        const id = rule.meta.id;
        if (packs.source.has(id)) {
          problems.push({ ...where, message: `rule "${id}" is defined by two rule packs (${packs.source.get(id)} and ${ref.reference})` });
          continue;
        }
        packs.rules.push(rule);
        packs.source.set(id, `rule pack ${path.relative(cwd, folder) || '.'}`);
        ids.push(id);
      }
      byFolder.set(folder, ids);
    }
    packs.byFile.set(ref.file, [...(packs.byFile.get(ref.file) ?? []), ...(byFolder.get(folder) ?? [])]);
  }
  return packs;
}

/** Plugin configs are checked like config files, against the rules now known. */
function checkPluginConfigs(plugins: readonly LoadedPlugin[], catalog: Catalog, problems: ConfigProblem[]): Map<string, ConfigFile> {
  const configs = new Map<string, ConfigFile>();
  for (const plugin of plugins) {
    for (const [name, raw] of plugin.configs) {
      const target = { file: `${plugin.file} (plugin ${plugin.name}, config ${name.slice(name.lastIndexOf('/') + 1)})` };
      const extra = Object.keys(raw).filter((key) => ['extends', 'plugins', 'rulePacks', 'ignorePatterns'].includes(key));
      for (const key of extra) problems.push({ ...target, path: key, message: `a plugin config cannot set "${key}"` });
      const validated = validateConfig(raw, catalog.info, target);
      problems.push(...validated.problems);
      if (validated.config) configs.set(name, validated.config);
    }
  }
  return configs;
}

/**
 * The catalog (built-in rules, then plugin rules, then rule pack rules) and the configuration for a run.
 * A worker thread calling it with the same options gets the same rule set. Throws ConfigError for a
 * plugin or rule pack that cannot be loaded and for anything wrong in the configuration.
 */
export async function loadLintSetup(options: SetupOptions, base?: Catalog): Promise<LintSetup> {
  const builtin = base ?? (await loadCatalog());
  const file = locateConfigFile(options.cwd, options.configPath);
  const refs = file ? collectExtensionRefs(file) : { plugins: [], rulePacks: [] };
  const problems: ConfigProblem[] = [];
  // The plugin loader's modules load only for a config that lists plugins (start-up time).
  const { plugins, problems: pluginProblems } = refs.plugins.length > 0
    ? await (await import('../plugins/load-plugins.js')).loadPlugins(refs.plugins)
    : { plugins: [] as LoadedPlugin[], problems: [] as ConfigProblem[] };
  problems.push(...pluginProblems);
  const packs = await loadPacks(refs.rulePacks, options.cwd, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  let catalog = builtin;
  if (plugins.length > 0 || packs.rules.length > 0) {
    const stems = stemsOf(builtin.languages);
    const source = new Map<string, string>(packs.source);
    const docs = new Map<string, string>();
    const extra = [];
    for (const plugin of plugins) {
      for (const rule of plugin.rules) {
        try {
          extra.push(prepareRule(rule, undefined, stems));
        } catch (error) {
          problems.push({ file: plugin.file, path: '', message: `plugin "${plugin.name}", rule "${rule.meta.id}": ${(error as Error).message}` });
        }
        source.set(rule.meta.id, `plugin ${plugin.name}${plugin.version ? ` ${plugin.version}` : ''}`);
      }
      for (const [id, readme] of plugin.docs) docs.set(id, readme);
    }
    extra.push(...packs.rules.map((rule) => prepareRule(rule, undefined, stems)));
    if (problems.length > 0) throw new ConfigError(problems);
    catalog = catalogOf(
      [...builtin.rules, ...extra],
      builtin.languages,
      (id) => docs.get(id) ?? builtin.docsFile(id),
      (id) => source.get(id) ?? builtin.sourceOf(id),
      builtin.info.builtinIds ?? builtin.info.ids,
    );
  }
  const pluginConfigs = checkPluginConfigs(plugins, catalog, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const packLayer = (configFile: string): ConfigFile | undefined => {
    const ids = packs.byFile.get(path.resolve(configFile));
    if (!ids?.length) return undefined;
    return { rules: Object.fromEntries(ids.map((id): [string, RuleSetting] => [id, catalog.defaults[id] ?? 'warn'])) };
  };
  const configuration = loadConfiguration({ cwd: options.cwd, configPath: options.configPath, catalog: catalog.info, defaults: catalog.defaults, pluginConfigs, packLayer });
  return {
    catalog,
    configuration: options.overrideConfig?.length ? configuration.applyCliRules(options.overrideConfig, options.cwd) : configuration,
    notices: packs.notices,
  };
}
