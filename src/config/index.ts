// Loads the configuration for a run: --config, else the nearest config file, else the recommended preset.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../engine/types.js';
import { findConfigFile } from './find.js';
import { loadConfigFile } from './load.js';
import { recommended } from './presets.js';
import { Configuration } from './resolve.js';
import { ConfigError } from './types.js';
import type { RuleCatalogInfo } from './validate.js';

export interface LoadConfigurationOptions {
  cwd: string;
  /** `--config`: relative to cwd; it must exist. */
  configPath?: string;
  catalog: RuleCatalogInfo;
  defaults: Record<string, Severity>;
}

/** Throws ConfigError (a value carrying the problems) for anything wrong in the user's config. */
export function loadConfiguration(options: LoadConfigurationOptions): Configuration {
  const { cwd, catalog, defaults } = options;
  let file: string | undefined;
  if (options.configPath !== undefined) {
    file = path.resolve(cwd, options.configPath);
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new ConfigError([{ file, path: '', message: 'config file not found (given with --config)' }]);
    }
    if (!isFile) throw new ConfigError([{ file, path: '', message: 'not a file (given with --config)' }]);
  } else {
    file = findConfigFile(cwd);
  }
  if (file === undefined) return new Configuration({ config: recommended(catalog, defaults), baseDir: path.resolve(cwd), catalog, defaults });
  return new Configuration({ config: loadConfigFile(file, { catalog, defaults }), filePath: file, catalog, defaults });
}

export { Configuration, parseCliRules, COMMAND_LINE, type ConfigurationInit } from './resolve.js';
export { findConfigFile, CONFIG_FILE_NAMES } from './find.js';
export { loadConfigFile, parseConfigSource, type LoadOptions } from './load.js';
export { validateConfig, KNOWN_PLATFORMS, toSeverity, type RuleCatalogInfo } from './validate.js';
export { recommended, all, PRESETS } from './presets.js';
export * from './types.js';
