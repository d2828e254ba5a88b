// Layering of configuration: a later layer (an extending file, an override, --rule) over an earlier one.
import type { ConfigFile, ConfigLayer, RuleSetting } from './types.js';

/**
 * ESLint's rule for rule settings: a bare severity or `[severity]` changes the severity and keeps
 * the earlier options; `[severity, options]` replaces them.
 */
export function mergeRuleSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  if (Array.isArray(later) && later.length === 2) return later;
  const severity = Array.isArray(later) ? later[0] : later;
  if (Array.isArray(earlier) && earlier.length === 2) return [severity, earlier[1]];
  return severity;
}

export function mergeRules(
  earlier: Record<string, RuleSetting> | undefined,
  later: Record<string, RuleSetting> | undefined,
): Record<string, RuleSetting> | undefined {
  if (!later) return earlier;
  const out: Record<string, RuleSetting> = { ...earlier };
  for (const [id, setting] of Object.entries(later)) out[id] = mergeRuleSetting(out[id], setting);
  return out;
}

function union(earlier: string[] | undefined, later: string[] | undefined): string[] | undefined {
  if (!earlier) return later;
  if (!later) return earlier;
  return [...new Set([...earlier, ...later])];
}

/** A later layer over an earlier one: scalars replace, rules merge, placeholders add up. */
export function mergeLayer<T extends ConfigLayer>(earlier: T, later: ConfigLayer): T {
  const out: T = { ...earlier };
  if (later.lang !== undefined) out.lang = later.lang;
  if (later.platform !== undefined) out.platform = later.platform;
  if (later.signature !== undefined) out.signature = later.signature;
  const rules = mergeRules(earlier.rules, later.rules);
  if (rules) out.rules = rules;
  const placeholders = union(earlier.placeholders, later.placeholders);
  if (placeholders) out.placeholders = placeholders;
  return out;
}

/** An extending file over what it extends: as a layer, with overrides and ignorePatterns appended. */
export function mergeConfigFile(earlier: ConfigFile, later: ConfigFile): ConfigFile {
  const out = mergeLayer(earlier, later);
  // Plugins and rule packs are loaded before configs are read (see src/catalog/load-setup.ts); merged, they have done their work.
  delete out.extends;
  delete out.plugins;
  delete out.rulePacks;
  if (later.overrides) out.overrides = [...(earlier.overrides ?? []), ...later.overrides];
  const ignorePatterns = union(earlier.ignorePatterns, later.ignorePatterns);
  if (ignorePatterns) out.ignorePatterns = ignorePatterns;
  return out;
}
