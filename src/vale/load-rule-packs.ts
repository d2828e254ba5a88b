// Loads Vale styles (folders of YAML rule files) from disk as replylint rules named `Style.Rule`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseDocument } from '../parse/yaml-lib.js';
import type { Rule } from '../engine/rule.js';
import { compileValeRule } from './compile-rule.js';

/** Something worth telling the user that does not stop the run (a rule of an unsupported type was skipped). */
export interface RulePackNotice {
  file: string;
  message: string;
}

/** A rule pack that cannot be loaded as written: the run stops with exit code 2. */
export interface RulePackProblem {
  file: string;
  line?: number;
  message: string;
}

export interface LoadedRulePacks {
  rules: Rule[];
  notices: RulePackNotice[];
  problems: RulePackProblem[];
}

const isRuleFile = (name: string) => /\.ya?ml$/i.test(name);
/** Vale skips folders starting with `.` or `_`; `config` holds vocabularies and scripts, not a style. */
const isStyleFolder = (name: string) => !/^[._]/.test(name) && name !== 'config';

/** `paths`: style folders (`./styles/Acme`) or a StylesPath folder holding style folders; relative to baseDir. */
export async function loadRulePacks(paths: string[], baseDir: string): Promise<LoadedRulePacks> {
  const loaded: LoadedRulePacks = { rules: [], notices: [], problems: [] };
  const ids = new Map<string, string>();
  for (const path of paths) {
    const folder = resolve(baseDir, path);
    const shown = relative(baseDir, folder) || '.';
    let entries;
    try {
      if (!(await stat(folder)).isDirectory()) {
        loaded.problems.push({ file: shown, message: 'not a folder: name a Vale style folder or a StylesPath folder holding styles' });
        continue;
      }
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      loaded.problems.push({ file: shown, message: 'rule pack folder not found' });
      continue;
    }
    // A folder with rule files is one style; otherwise it is a StylesPath and each sub-folder is a style.
    const styles = entries.some((e) => e.isFile() && isRuleFile(e.name))
      ? [{ name: basename(folder), dir: folder }]
      : entries.filter((e) => e.isDirectory() && isStyleFolder(e.name)).map((e) => ({ name: e.name, dir: join(folder, e.name) }));
    if (styles.length === 0) loaded.notices.push({ file: shown, message: 'no Vale rule files (*.yml) found here' });
    for (const style of styles) await loadStyle(style.name, style.dir, baseDir, loaded, ids);
  }
  return loaded;
}

async function loadStyle(prefix: string, dir: string, baseDir: string, loaded: LoadedRulePacks, ids: Map<string, string>): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Sub-folders add to the name (`Style.sub.Rule`), as in Vale; fixtures and tests of a style repo are not rules.
    if (entry.isDirectory()) {
      if (isStyleFolder(entry.name) && !['fixtures', 'features', 'tests', 'coverage'].includes(entry.name)) await loadStyle(`${prefix}.${entry.name}`, path, baseDir, loaded, ids);
      continue;
    }
    if (!entry.isFile() || !isRuleFile(entry.name)) continue;
    const file = relative(baseDir, path);
    const id = `${prefix}.${entry.name.replace(/\.ya?ml$/i, '')}`;
    const definition = await readRuleFile(path, file, loaded);
    if (definition === undefined) continue;
    const compiled = compileValeRule(id, definition);
    if (compiled.kind === 'skipped') {
      loaded.notices.push({ file, message: `${id}: ${compiled.reason}` });
      continue;
    }
    if (compiled.kind === 'invalid') {
      for (const message of compiled.problems) loaded.problems.push({ file, message: `${id}: ${message}` });
      continue;
    }
    if (ids.has(id)) {
      loaded.problems.push({ file, message: `${id}: a rule with this id is already loaded from ${ids.get(id)}` });
      continue;
    }
    ids.set(id, file);
    for (const message of compiled.notices) loaded.notices.push({ file, message: `${id}: ${message}` });
    loaded.rules.push(compiled.rule);
  }
}

async function readRuleFile(path: string, file: string, loaded: LoadedRulePacks): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  let doc = parseDocument(text, { uniqueKeys: true });
  // Vale's YAML parser accepts `\'` in double-quoted strings, which the YAML spec does not; read it as `'`, as Vale does.
  if (doc.errors.some((e) => e.code === 'BAD_DQ_ESCAPE') && text.includes("\\'")) doc = parseDocument(text.replace(/\\'/g, "'"), { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    loaded.problems.push({ file, line: error.linePos?.[0].line, message: `not valid YAML: ${error.message.split('\n')[0]}` });
    return undefined;
  }
  return doc.toJS();
}
