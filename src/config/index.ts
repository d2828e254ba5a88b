// Loads the configuration for a run: --config, else the nearest config file, else the recommended preset.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../engine/types.js';
import { findConfigFile } from './find.js';
import { loadConfigFile, type LoadOptions } from './load.js';
import { recommended } from './presets.js';
import { Configuration } from './resolve.js';
import { ConfigError } from './types.js';
import type { RuleCatalogInfo } from './validate.js';

export interface LoadConfigurationOptions extends Pick<LoadOptions, 'pluginConfigs' | 'packLayer'> {
  cwd: string;
  /** `--config`: relative to cwd; it must exist. */
  configPath?: string;
  catalog: RuleCatalogInfo;
  defaults: Record<string, Severity>;
}

/** The config file a run uses: `--config` (which must exist), else the nearest one above cwd, else none. */
export function locateConfigFile(cwd: string, configPath?: string): string | undefined {
  if (configPath === undefined) return findConfigFile(cwd);
  const file = path.resolve(cwd, configPath);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new ConfigError([{ file, path: '', message: 'config file not found (given with --config)' }]);
  }
  if (!isFile) throw new ConfigError([{ file, path: '', message: 'not a file (given with --config)' }]);
  return file;
}

/** Throws ConfigError (a value carrying the problems) for anything wrong in the user's config. */
export function loadConfiguration(options: LoadConfigurationOptions): Configuration {
  const { cwd, catalog, defaults, pluginConfigs, packLayer } = options;
  const file = locateConfigFile(cwd, options.configPath);
  if (file === undefined) return new Configuration({ config: recommended(catalog, defaults), baseDir: path.resolve(cwd), catalog, defaults });
  return new Configuration({ config: loadConfigFile(file, { catalog, defaults, pluginConfigs, packLayer }), filePath: file, catalog, defaults });
}

export { Configuration, parseCliRules, COMMAND_LINE, type ConfigurationInit } from './resolve.js';
export { findConfigFile, CONFIG_FILE_NAMES } from './find.js';
export { loadConfigFile, parseConfigSource, PLUGIN_CONFIG_PREFIX, type LoadOptions } from './load.js';
export { validateConfig, KNOWN_PLATFORMS, toSeverity, type RuleCatalogInfo } from './validate.js';
export { recommended, all, PRESETS } from './presets.js';
export * from './types.js';
