// Runs Vale's own feature scenarios (../shared/vale) through replylint: reads the .feature expectations and the fixture's
// Vale config, loads the styles with loadRulePacks, lints the fixture files with the engine and prints Vale's line format.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { createLinter, type LanguagePack } from '../../src/engine/linter.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadRulePacks } from '../../src/vale/load-rule-packs.js';

export const SHARED = fileURLToPath(new URL('../../../shared/vale/', import.meta.url));

export interface Scenario {
  feature: string;
  name: string;
  dir: string;
  exact: boolean;
  expected: string[];
}

/** Scenarios of a .feature file, with the fixture folder each one runs in. */
export function readScenarios(featureFile: string, fixturesRoot: string): Scenario[] {
  const text = readFileSync(featureFile, 'utf8');
  const scenarios: Scenario[] = [];
  for (const block of text.split(/\n\s*Scenario: /).slice(1)) {
    const name = block.split('\n')[0].trim();
    const when = /When I (test|apply style|use Vocab) "([^"]+)"/.exec(block);
    const expected = /"""\n([^]*?)\n\s*"""/.exec(block);
    if (!when || !expected) continue;
    const sub = when[1] === 'apply style' ? join('styles', when[2]) : when[1] === 'use Vocab' ? join('vocab', when[2]) : when[2];
    scenarios.push({
      feature: featureFile,
      name,
      dir: join(fixturesRoot, sub),
      exact: /should contain exactly/.test(block),
      expected: expected[1].split('\n').map((l) => l.trim()).filter(Boolean),
    });
  }
  return scenarios;
}

interface ValeIni {
  stylesPath: string;
  minLevel: string;
  sections: Array<{ glob: string; keys: Array<[string, string]> }>;
}

function readIni(dir: string): ValeIni | undefined {
  const file = ['.vale.ini', '_vale', '.vale'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) return undefined;
  const ini: ValeIni = { stylesPath: '.', minLevel: 'suggestion', sections: [] };
  let section: ValeIni['sections'][number] | undefined;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (!line) continue;
    const header = /^\[(.*)\]$/.exec(line);
    if (header) {
      section = { glob: header[1], keys: [] };
      ini.sections.push(section);
      continue;
    }
    const [key, ...rest] = line.split('=');
    const value = rest.join('=').trim();
    if (!section) {
      if (key.trim() === 'StylesPath') ini.stylesPath = value;
      if (key.trim() === 'MinAlertLevel') ini.minLevel = value;
    } else section.keys.push([key.trim(), value]);
  }
  ini.stylesPath = resolve(dir, ini.stylesPath);
  return ini;
}

const LEVEL_RANK: Record<string, number> = { suggestion: 0, warning: 1, error: 2 };

/** Check type and level of every rule file of a folder of styles, by id (to tell which expectations we can meet). */
export function ruleTypes(stylesPath: string): Map<string, { type: string; level: string }> {
  const types = new Map<string, { type: string; level: string }>();
  const visit = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !/^[._]/.test(e.name) && e.name !== 'config' && prefix) visit(join(dir, e.name), `${prefix}.${e.name}`);
      else if (e.isDirectory() && !prefix && !/^[._]/.test(e.name) && e.name !== 'config') visit(join(dir, e.name), e.name);
      else if (e.isFile() && /\.ya?ml$/.test(e.name) && prefix) {
        try {
          const d = parse(readFileSync(join(dir, e.name), 'utf8').replace(/\\'/g, "'")) as { extends?: string; level?: string };
          types.set(`${prefix}.${e.name.replace(/\.ya?ml$/, '')}`, { type: String(d?.extends), level: d?.level ?? 'warning' });
        } catch {
          types.set(`${prefix}.${e.name.replace(/\.ya?ml$/, '')}`, { type: 'unreadable', level: 'warning' });
        }
      }
    }
  };
  visit(stylesPath, '');
  visit(join(SHARED, 'builtin'), '');
  return types;
}

export interface ScenarioRun {
  /** Expected lines we can compare (supported files, supported rules). */
  expected: string[];
  actual: string[];
  /** Expected lines left out, with the reason. */
  excluded: Array<{ line: string; reason: string }>;
  /** check type by rule id. */
  types: Map<string, { type: string; level: string }>;
}

/** File types replylint reads; Vale's other markup formats (rst, adoc, html, …) are not replies. */
const READABLE = /\.(md|txt)$/;

export async function runScenario(scenario: Scenario, languages: readonly LanguagePack[]): Promise<ScenarioRun> {
  const ini = readIni(scenario.dir);
  if (!ini) throw new Error(`no Vale config in ${scenario.dir}`);
  const types = ruleTypes(ini.stylesPath);
  const packs = await loadRulePacks([ini.stylesPath, join(SHARED, 'builtin')], scenario.dir);
  const byId = new Map<string, Rule>(packs.rules.map((r) => [r.meta.id, r]));
  const files = readdirSync(scenario.dir).filter((f) => !f.startsWith('.') && !f.startsWith('_') && READABLE.test(f) && !/\.ya?ml$/.test(f));
  const actual: string[] = [];
  for (const file of files) {
    const enabled = new Set<string>();
    let minLevel = ini.minLevel;
    for (const section of ini.sections) {
      if (!picomatch(section.glob, { dot: true })(file)) continue;
      for (const [key, value] of section.keys) {
        if (key === 'BasedOnStyles') {
          for (const style of value.split(',').map((s) => s.trim()).filter(Boolean)) {
            for (const id of types.keys()) if (id.startsWith(`${style}.`) && !id.slice(style.length + 1).includes('.')) enabled.add(id);
          }
        } else if (key === 'MinAlertLevel') minLevel = value;
        else if (/^[\w-]+\.[\w.-]+$/.test(key)) {
          if (/^(NO|no|false)$/.test(value)) enabled.delete(key);
          else enabled.add(key);
        }
      }
    }
    const rules = [...enabled].filter((id) => byId.has(id) && LEVEL_RANK[types.get(id)?.level ?? 'warning'] >= (LEVEL_RANK[minLevel] ?? 0)).map((id) => byId.get(id)!);
    const linter = createLinter({ rules: rules.map((rule) => ({ rule, data: new Map() })), languages });
    const text = readFileSync(join(scenario.dir, file), 'utf8').replace(/^\uFEFF/, '');
    const result = linter.lintText(text, { path: file, config: { lang: 'en', placeholders: [], rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 'warn' as const, options: {} }])) }, explicit: true });
    const lines = text.split('\n');
    for (const m of result.messages) {
      if (m.ruleId === 'parse-error') continue;
      // Vale counts columns in code points.
      // Vale puts a metric alert at 1:1 of the file; ours sits on the reply's first word (docs/vale.md).
      const column = types.get(m.ruleId)?.type === 'metric' ? 1 : [...(lines[m.line - 1] ?? '').slice(0, m.column - 1)].length + 1;
      actual.push(`${file}:${m.line}:${column}:${m.ruleId}:${m.message}`);
    }
  }
  const expected: string[] = [];
  const excluded: ScenarioRun['excluded'] = [];
  for (const line of scenario.expected) {
    const [file, , , id] = line.split(':');
    const type = types.get(id)?.type;
    if (!READABLE.test(file)) excluded.push({ line, reason: 'not a Markdown or text file' });
    else if (!byId.has(id)) excluded.push({ line, reason: `rule not loaded (${type ?? 'unknown rule'})` });
    else expected.push(line);
  }
  return { expected, actual: actual.sort(), excluded, types };
}

export const here = dirname(fileURLToPath(import.meta.url));
