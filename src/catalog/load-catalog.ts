// Loads the built-in rules and the language data from disk and compiles their phrase lists.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RuleCatalogInfo } from '../config/validate.js';
import type { Rule, RulePhrases } from '../engine/rule.js';
import type { LanguagePack } from '../engine/linter.js';
import type { PreparedRule } from '../engine/run-rule.js';
import type { Severity } from '../engine/types.js';
import { compileRegisterMarkers, parseLanguageData } from '../language/language-data.js';
import { compilePhraseList, isPhraseListError, type PhraseList, type PhraseListError } from '../language/phrase-list.js';
import { loadStemmer, type Stem } from '../language/stemmer.js';
import { readDataFile } from './data-file.js';
import { BUILTIN_RULE_MODULES_DIR, BUILTIN_RULES_DIR, LANGUAGE_DATA_DIR, PACKAGE_VERSION } from './package-root.js';

export interface Catalog {
  rules: PreparedRule[];
  languages: LanguagePack[];
  info: RuleCatalogInfo;
  defaults: Record<string, Severity>;
  /** replylint's own version. */
  version: string;
  /** The rule's README.md, when it has one. */
  docsFile(id: string): string | undefined;
  /** Where a rule comes from: `replylint`, `plugin replylint-plugin-acme 1.2.0`, `rule pack styles/Acme`. */
  sourceOf(id: string): string;
}

/** An error in replylint's own data or in a plugin's: a bug for its author, reported clearly. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** The language data (greetings, closings, register markers, stemmers) of every language replylint knows. */
export async function loadLanguages(): Promise<LanguagePack[]> {
  const languageFiles = readdirSync(LANGUAGE_DATA_DIR).filter((f) => f.endsWith('.yaml'));
  const stems = new Map<string, Stem>();
  for (const file of languageFiles) {
    const lang = file.replace(/\.yaml$/, '');
    stems.set(lang, await loadStemmer(lang));
  }
  return languageFiles.map((file) => loadLanguage(join(LANGUAGE_DATA_DIR, file), file.replace(/\.yaml$/, ''), stems));
}

/** Stemmers by language, for preparing rules. */
export const stemsOf = (languages: readonly LanguagePack[]): Map<string, Stem> => new Map(languages.map((l) => [l.lang, l.stem]));

export async function loadCatalog(): Promise<Catalog> {
  const languages = await loadLanguages();
  const stems = stemsOf(languages);

  const ids = readdirSync(BUILTIN_RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(BUILTIN_RULE_MODULES_DIR, d.name, 'index.js')))
    .map((d) => d.name)
    .sort();
  const rules: PreparedRule[] = [];
  for (const id of ids) {
    const module = (await import(pathToFileURL(join(BUILTIN_RULE_MODULES_DIR, id, 'index.js')).href)) as { default: Rule };
    rules.push(prepareRule(module.default, join(BUILTIN_RULES_DIR, id), stems));
  }
  return catalogOf(rules, languages, (id) => {
    const docs = join(BUILTIN_RULES_DIR, id, 'README.md');
    return existsSync(docs) ? docs : undefined;
  });
}

export function catalogOf(
  rules: PreparedRule[],
  languages: LanguagePack[],
  docsFile: (id: string) => string | undefined,
  sourceOf: (id: string) => string = () => 'replylint',
  builtinIds?: readonly string[],
): Catalog {
  const byId = new Map(rules.map((r) => [r.rule.meta.id, r]));
  return {
    rules,
    languages,
    info: { ids: [...byId.keys()], options: (id) => byId.get(id)?.rule.meta.options, ...(builtinIds ? { builtinIds } : {}) },
    defaults: Object.fromEntries(rules.map((r) => [r.rule.meta.id, r.rule.meta.severity])),
    docsFile,
    sourceOf,
    version: PACKAGE_VERSION,
  };
}

function readYaml(path: string): unknown {
  try {
    return readDataFile(path);
  } catch (error) {
    throw new CatalogError(`${path}: ${(error as Error).message}`);
  }
}

function loadLanguage(path: string, lang: string, stems: Map<string, Stem>): LanguagePack {
  const data = parseLanguageData(readYaml(path), lang);
  if (typeof data === 'string') throw new CatalogError(`${path}: ${data}`);
  const stem = stems.get(lang)!;
  const list = (name: string, raw: unknown) => compiled(path, name, lang, raw, stem);
  return {
    lang,
    stem,
    greetings: list('greetings', data.greetings),
    closings: list('closings', data.closings),
    teamWords: list('teamWords', data.teamWords),
    formal: orThrow(path, compileRegisterMarkers('formal', lang, data.formalMarkers, data.formalSuffixes, stem)),
    informal: orThrow(path, compileRegisterMarkers('informal', lang, data.informalMarkers, data.informalSuffixes, stem)),
  };
}

function orThrow(path: string, list: PhraseList | PhraseListError): PhraseList {
  if (isPhraseListError(list)) throw new CatalogError(`${path}: ${list.message}`);
  return list;
}

function compiled(path: string, name: string, lang: string, raw: unknown, stem: Stem): PhraseList {
  return orThrow(path, compilePhraseList(name, lang, raw, stem));
}

/**
 * Prepares a rule; its `<lang>.yaml` files compile the first time a reply in that language needs them,
 * so a run over Finnish templates never pays for English phrase lists. Every phrase group the rule
 * declares must exist in each file.
 */
export function prepareRule(rule: Rule, dataDir: string | undefined, stems: Map<string, Stem>): PreparedRule {
  // Plugins may give their folder as a file: URL (`new URL('.', import.meta.url)`).
  const given: unknown = rule.dataDir ?? dataDir;
  const dir = given instanceof URL || (typeof given === 'string' && given.startsWith('file:')) ? fileURLToPath(given) : (given as string | undefined);
  const compiledData = new Map<string, { phrases: RulePhrases; data: Record<string, unknown> } | undefined>();
  for (const lang of rule.meta.languages ?? []) {
    const path = dir ? join(dir, `${lang}.yaml`) : '';
    if ((!dir || !existsSync(path) || !stems.get(lang)) && rule.meta.phrases?.length) {
      throw new CatalogError(`rule ${rule.meta.id}: no phrase file for “${lang}” (${path || 'no data folder'})`);
    }
  }
  const compile = (lang: string) => {
    const path = dir ? join(dir, `${lang}.yaml`) : '';
    const stem = stems.get(lang);
    if (!dir || !stem || !(rule.meta.languages ?? []).includes(lang) || !existsSync(path)) return undefined;
    const raw = readYaml(path);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CatalogError(`${path}: expected a mapping of phrase groups`);
    const phrases: RulePhrases = {};
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (rule.meta.phrases?.includes(key)) phrases[key] = compiled(path, key, lang, value, stem);
      else rest[key] = value;
    }
    for (const group of rule.meta.phrases ?? []) {
      if (!phrases[group]) throw new CatalogError(`${path}: phrase group “${group}” is missing (rule ${rule.meta.id} declares it)`);
    }
    return { phrases, data: rest };
  };
  return {
    rule,
    data: {
      get(lang: string) {
        if (!compiledData.has(lang)) compiledData.set(lang, compile(lang));
        return compiledData.get(lang);
      },
    },
  };
}
