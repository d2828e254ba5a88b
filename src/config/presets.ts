// The embedded presets (`replylint:recommended`, `replylint:all`), computed from the rule catalog.
import type { Severity } from '../engine/types.js';
import type { ConfigFile, RuleSetting } from './types.js';
import type { RuleCatalogInfo } from './validate.js';

export type Preset = (catalog: RuleCatalogInfo, defaults: Record<string, Severity>) => ConfigFile;

/** Every rule at its default severity (a rule without a default is off). */
export function recommended(catalog: RuleCatalogInfo, defaults: Record<string, Severity>): ConfigFile {
  const rules: Record<string, RuleSetting> = {};
  for (const id of catalog.builtinIds ?? catalog.ids) rules[id] = defaults[id] ?? 'off';
  return { rules };
}

/** Every rule on: at warn, or at error where that is its default. */
export function all(catalog: RuleCatalogInfo, defaults: Record<string, Severity>): ConfigFile {
  const rules: Record<string, RuleSetting> = {};
  for (const id of catalog.builtinIds ?? catalog.ids) rules[id] = defaults[id] === 'error' ? 'error' : 'warn';
  return { rules };
}

export const PRESETS: Readonly<Record<string, Preset>> = { recommended, all };

export const PRESET_PREFIX = 'replylint:';
