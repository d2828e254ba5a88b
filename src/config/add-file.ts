// Reads the phrase files that rule settings name with `addFile`, so rules get their entries as plain `add` options.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from '../parse/yaml-lib.js';
import type { ConfigFile, RuleSetting } from './types.js';
import { jsonType, type Issue, type KeyPath, type RuleCatalogInfo } from './validate.js';

/** One file's entries, or what is wrong with it. */
function readAddFile(file: string, want: 'list' | 'mapping'): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === 'ENOENT' ? `cannot find "${file}"` : code === 'EISDIR' ? `"${file}" is a folder, not a phrase file` : `cannot read "${file}": ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return new Error(`"${file}" is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return want === 'list' ? [] : {};
  if (jsonType(data) !== want) {
    const example = want === 'list' ? 'a list of phrases (`- word`)' : 'a mapping of terms to what to write instead (`term: instead`)';
    return new Error(`"${file}" must hold ${example}, as \`add\` does; it holds ${jsonType(data) === 'list' ? 'a list' : `a ${jsonType(data)}`}`);
  }
  return data;
}

/** The setting with its `addFile` entries merged before its own `add` (files first, so inline entries win). */
function withAddFile(setting: RuleSetting, defaults: Record<string, unknown> | undefined, baseDir: string, at: KeyPath, report: (issue: Issue) => void): RuleSetting {
  if (!Array.isArray(setting) || setting.length !== 2 || setting[1].addFile === undefined || setting[1].addFile === null) return setting;
  const [severity, options] = setting;
  const files = typeof options.addFile === 'string' ? [options.addFile] : options.addFile;
  const keyPath = [...at, 1, 'addFile'];
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
    report({ path: keyPath, message: 'expected a file path or a list of them, relative to this config file' });
    return setting;
  }
  const want = jsonType(defaults?.add) === 'mapping' ? 'mapping' : 'list';
  let add: unknown = options.add ?? (want === 'list' ? [] : {});
  // Later files and the inline `add` win over earlier files.
  for (const relative of [...(files as string[])].reverse()) {
    const data = readAddFile(path.resolve(baseDir, relative), want);
    if (data instanceof Error) {
      report({ path: keyPath, message: data.message });
      continue;
    }
    add = want === 'list' ? [...(data as unknown[]), ...(add as unknown[])] : { ...(data as object), ...(add as object) };
  }
  return [severity, { ...options, add: add as never }];
}

function inlineRules(rules: Record<string, RuleSetting> | undefined, catalog: RuleCatalogInfo, baseDir: string, at: KeyPath, report: (issue: Issue) => void) {
  if (!rules) return rules;
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, withAddFile(setting, catalog.options(id), baseDir, [...at, id], report)]));
}

/**
 * The config with every `addFile` read (paths relative to `baseDir`, the folder of the file that names
 * them) and merged into `add`. A missing or malformed file is an issue at its key.
 */
export function inlineAddFiles(config: ConfigFile, catalog: RuleCatalogInfo, baseDir: string, report: (issue: Issue) => void): ConfigFile {
  const out: ConfigFile = { ...config };
  if (config.rules) out.rules = inlineRules(config.rules, catalog, baseDir, ['rules'], report);
  if (config.overrides) {
    out.overrides = config.overrides.map((override, index) =>
      override.rules ? { ...override, rules: inlineRules(override.rules, catalog, baseDir, ['overrides', index, 'rules'], report) } : override);
  }
  return out;
}
