// Reads a config file (YAML, JSON or package.json), validates it and follows its `extends` chain.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isScalar, isSeq, lineCounter as newLineCounter, parseDocument } from '../parse/yaml-lib.js';
import type { Severity } from '../engine/types.js';
import { ConfigError, type ConfigFile, type ConfigProblem } from './types.js';
import { nearest } from './hint.js';
import { mergeConfigFile } from './merge.js';
import { PRESET_PREFIX, PRESETS } from './presets.js';
import { toProblems, validateConfig, type Issue, type KeyPath, type RuleCatalogInfo } from './validate.js';
import { inlineAddFiles } from './add-file.js';

export interface LoadOptions {
  catalog: RuleCatalogInfo;
  /** Default severities by rule id, for the presets. */
  defaults: Record<string, Severity>;
  /** The configs of loaded plugins, by the name `extends` gives them: `plugin:acme/recommended`. */
  pluginConfigs?: ReadonlyMap<string, ConfigFile>;
  /** Rule settings a config file's own `rulePacks` bring (their rules at their levels), by the file's absolute path. */
  packLayer?: (file: string) => ConfigFile | undefined;
}

export const PLUGIN_CONFIG_PREFIX = 'plugin:';

export interface ParsedConfigSource {
  /** The config data (for package.json: its `replylint` value); absent when the file did not parse. */
  value?: unknown;
  /** Line (1-based) of the key or item at a config key path, or of its nearest parent that exists. */
  lineOf(path: KeyPath): number | undefined;
  problems: ConfigProblem[];
}

type Format = 'yaml' | 'json' | 'package';

function formatOf(file: string): Format {
  const base = path.basename(file);
  if (base === 'package.json') return 'package';
  return path.extname(base).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Line lookup through the YAML tree; JSON parses as YAML too, so one walk serves both. */
function lineFinder(doc: Document, lineCounter: LineCounter, prefix: KeyPath): (path: KeyPath) => number | undefined {
  const lineAt = (node: { range?: unknown } | null | undefined): number | undefined => {
    const range = node?.range;
    return Array.isArray(range) && typeof range[0] === 'number' ? lineCounter.linePos(range[0]).line : undefined;
  };
  return (keyPath) => {
    let node: unknown = doc.contents;
    let line = lineAt(node as Node | null);
    for (const segment of [...prefix, ...keyPath]) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return line;
        line = lineAt(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment];
        line = lineAt(node as Node) ?? line;
      } else {
        return line;
      }
    }
    return line;
  };
}

/** "Unexpected token … in JSON at position 42" → the message and the line of position 42. */
function jsonSyntaxProblem(file: string, text: string, error: Error): ConfigProblem {
  const match = /at position (\d+)/.exec(error.message);
  const message = error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
  const problem: ConfigProblem = { file, path: '', message: `invalid JSON: ${message}` };
  const offset = match ? Number(match[1]) : text.length;
  problem.line = text.slice(0, offset).split('\n').length;
  return problem;
}

/** Parses config text; syntax errors are problems with the line the parser gives. */
export function parseConfigSource(text: string, file: string): ParsedConfigSource {
  const format = formatOf(file);
  if (format === 'yaml') {
    const lineCounter = newLineCounter();
    const doc = parseDocument(text, { lineCounter });
    if (doc.errors.length > 0) {
      const problems = doc.errors.map((error): ConfigProblem => {
        const problem: ConfigProblem = { file, path: '', message: `invalid YAML: ${error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')}` };
        if (error.linePos) problem.line = error.linePos[0].line;
        return problem;
      });
      return { problems, lineOf: () => undefined };
    }
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (error) {
      // toJS refuses alias bombs and such.
      return { problems: [{ file, path: '', message: `invalid YAML: ${(error as Error).message}` }], lineOf: () => undefined };
    }
    return { value, problems: [], lineOf: lineFinder(doc, lineCounter, []) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [jsonSyntaxProblem(file, text, error as Error)], lineOf: () => undefined };
  }
  const lineCounter = newLineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (format === 'json') return { value: data, problems: [], lineOf: lineFinder(doc, lineCounter, []) };
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'replylint')) {
    return { problems: [{ file, path: '', message: 'package.json has no "replylint" key' }], lineOf: () => undefined };
  }
  return { value: (data as Record<string, unknown>).replylint, problems: [], lineOf: lineFinder(doc, lineCounter, ['replylint']) };
}

function readText(file: string): string | ConfigProblem {
  try {
    if (statSync(file).isDirectory()) return { file, path: '', message: 'is a directory, not a config file' };
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'config file not found' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read: ${(error as Error).message}`;
    return { file, path: '', message };
  }
}

function realpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A path to another config: `./x`, `../x` or absolute. Bare names stay free for packages later. */
function isPathReference(reference: string): boolean {
  return reference.startsWith('./') || reference.startsWith('../') || path.isAbsolute(reference) ||
    reference.startsWith('.\\') || reference.startsWith('..\\');
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads one file and everything it extends, recursively; `chain` holds the real paths being loaded,
 * so that a file reached again is a cycle. Problems from every file are collected.
 */
function loadChain(file: string, options: LoadOptions, chain: readonly string[], problems: ConfigProblem[]): ConfigFile {
  const text = readText(file);
  if (typeof text !== 'string') {
    problems.push(text);
    return {};
  }
  const source = parseConfigSource(text, file);
  if (source.problems.length > 0) {
    problems.push(...source.problems);
    return {};
  }
  const target = { file, lineOf: source.lineOf };
  const validated = validateConfig(source.value, options.catalog, target);
  problems.push(...validated.problems);
  const addFileIssues: Issue[] = [];
  const own = inlineAddFiles(validated.config ?? {}, options.catalog, path.dirname(file), (issue) => addFileIssues.push(issue));
  problems.push(...toProblems(addFileIssues, target));

  // No `extends` means the recommended preset; `extends: []` starts from nothing.
  const references = own.extends === undefined ? [`${PRESET_PREFIX}recommended`] : typeof own.extends === 'string' ? [own.extends] : own.extends;
  const keyPath = (index: number): KeyPath => (typeof own.extends === 'string' ? ['extends'] : ['extends', index]);
  const here = realpath(file);
  let merged: ConfigFile = {};
  references.forEach((reference, index) => {
    const report = (message: string, hint?: string) =>
      problems.push(...toProblems([{ path: keyPath(index), message, hint }], target));
    if (reference.startsWith(PRESET_PREFIX)) {
      const name = reference.slice(PRESET_PREFIX.length);
      const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
      if (preset) merged = mergeConfigFile(merged, preset(options.catalog, options.defaults));
      else {
        const near = nearest(name, Object.keys(PRESETS));
        report(`unknown preset "${reference}"`, near ? `did you mean \`${PRESET_PREFIX}${near}\`?` : undefined);
      }
      return;
    }
    if (reference.startsWith(PLUGIN_CONFIG_PREFIX)) {
      const config = options.pluginConfigs?.get(reference);
      if (config) merged = mergeConfigFile(merged, config);
      else {
        const known = [...(options.pluginConfigs?.keys() ?? [])];
        const near = nearest(reference, known);
        report(
          `unknown plugin config "${reference}"`,
          near ? `did you mean \`${near}\`?` : known.length ? `loaded plugin configs: ${known.join(', ')}` : 'list the plugin under `plugins` in this config file or one it extends',
        );
      }
      return;
    }
    if (!isPathReference(reference)) {
      report(`cannot extend "${reference}": give a preset (replylint:recommended, replylint:all), a plugin config (plugin:acme/recommended) or a path`, `write \`./${reference}\` for a file next to this one`);
      return;
    }
    const extended = path.resolve(path.dirname(file), reference);
    if (!exists(extended)) {
      report(`cannot find "${reference}" (looked for ${extended})`);
      return;
    }
    const real = realpath(extended);
    const cycle = [...chain, here];
    if (cycle.includes(real)) {
      const shown = [...cycle.slice(cycle.indexOf(real)), real].map((p) => path.relative(path.dirname(here), p) || path.basename(p));
      report(`extends cycle: ${shown.join(' → ')}`);
      return;
    }
    merged = mergeConfigFile(merged, loadChain(extended, options, cycle, problems));
  });
  // A file's rule packs are on at their own levels, under its own `rules` (which may turn them off).
  const packs = options.packLayer?.(file);
  if (packs) merged = mergeConfigFile(merged, packs);
  return mergeConfigFile(merged, own);
}

/**
 * Loads a config file with its `extends` chain followed and flattened: the result has no `extends`.
 * Globs in `overrides` and `ignorePatterns` of extended files are read relative to this file's
 * directory, as ESLint does for shareable configs. Throws ConfigError with every problem found.
 */
export function loadConfigFile(file: string, options: LoadOptions): ConfigFile {
  const problems: ConfigProblem[] = [];
  const config = loadChain(file, options, [], problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
