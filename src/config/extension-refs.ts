// Finds the plugins and rule packs a config file and the files it extends declare, before the configs are validated.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseConfigSource } from './load.js';

/** One `plugins` or `rulePacks` item, with the file that declares it (its paths are relative to that file). */
export interface ExtensionRef {
  /** As written: a package name or module path, or a rule pack folder. */
  reference: string;
  /** Absolute path of the config file. */
  file: string;
  /** Index in the file's list, for `plugins[1]`-style key paths. */
  index: number;
  line?: number;
}

export interface ExtensionRefs {
  plugins: ExtensionRef[];
  rulePacks: ExtensionRef[];
}

const isPath = (reference: string) => /^\.\.?[\\/]/.test(reference) || path.isAbsolute(reference);

/**
 * Every `plugins` and `rulePacks` item of `file` and of the config files it extends (extended files
 * first, as they merge). Anything malformed is skipped here: validating the configs reports it.
 */
export function collectExtensionRefs(file: string): ExtensionRefs {
  const refs: ExtensionRefs = { plugins: [], rulePacks: [] };
  const seen = new Set<string>();
  const visit = (current: string) => {
    let real: string;
    let text: string;
    try {
      real = realpathSync(current);
      text = readFileSync(current, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const source = parseConfigSource(text, current);
    const value = source.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const config = value as Record<string, unknown>;
    const extended = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    for (const reference of extended) {
      if (typeof reference === 'string' && isPath(reference)) visit(path.resolve(path.dirname(current), reference));
    }
    for (const key of ['plugins', 'rulePacks'] as const) {
      const list = config[key];
      if (!Array.isArray(list)) continue;
      list.forEach((reference: unknown, index) => {
        if (typeof reference !== 'string' || reference.trim() === '') return;
        const ref: ExtensionRef = { reference, file: current, index };
        const line = source.lineOf([key, index]);
        if (line !== undefined) ref.line = line;
        refs[key].push(ref);
      });
    }
  };
  visit(path.resolve(file));
  return refs;
}
