// Checks a parsed config file against the schema and the rule catalog, and says what is wrong where.
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { ConfigFile, ConfigProblem, RuleSetting } from './types.js';
import { didYouMean } from './hint.js';
import { compileUserPattern, isPatternRefusal } from '../patterns/compile-user-pattern.js';

/** What validation needs to know about the rules: their ids and their option defaults. */
export interface RuleCatalogInfo {
  ids: readonly string[];
  options(id: string): Record<string, unknown> | undefined;
  /** The rules replylint's presets cover (its own); default: every id. Plugin and pack rules are enabled by their own configs. */
  builtinIds?: readonly string[];
}

/** Platforms whose placeholder syntax and agent-name placeholders replylint knows. */
export const KNOWN_PLATFORMS = [
  'zendesk', 'freshdesk', 'front', 'gorgias', 'intercom', 'helpscout', 'zammad', 'osticket',
] as const;

export type KeyPath = ReadonlyArray<string | number>;

/** A problem before it is tied to a file: where in the config, what, and a hint. */
export interface Issue {
  path: KeyPath;
  message: string;
  hint?: string;
}

const LAYER_KEYS = ['lang', 'platform', 'signature', 'rules', 'placeholders'] as const;
const OVERRIDE_KEYS = [...LAYER_KEYS, 'files', 'excludedFiles'] as const;
const TOP_KEYS = [...LAYER_KEYS, 'extends', 'overrides', 'ignorePatterns', 'plugins', 'rulePacks'] as const;

/** ESLint's numbers, accepted so that habits carry over: 0 off, 1 warn, 2 error. */
const NUMERIC_SEVERITIES: Record<number, Severity> = { 0: 'off', 1: 'warn', 2: 'error' };

/** `error`, `warn`, `off`, `info`, or ESLint's 0/1/2; undefined for anything else. */
export function toSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'string') return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : undefined;
  if (typeof value === 'number') return NUMERIC_SEVERITIES[value];
  return undefined;
}

/** `rules.jargon[1].allow`, `overrides[0].lang`, `rules["Acme.Avoid"]`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

type JsonType = 'null' | 'list' | 'mapping' | 'string' | 'number' | 'boolean' | 'nothing';

/** The type of a value in the words a config author uses (YAML's list and mapping). */
export function jsonType(value: unknown): JsonType {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return typeof value as JsonType;
  return 'mapping';
}

function article(type: JsonType): string {
  switch (type) {
    case 'list': return 'a list';
    case 'mapping': return 'a mapping';
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'null': return 'null';
    case 'nothing': return 'nothing';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ── rules ───────────────────────────────────────────────────────────────────────────────────────

const SEVERITY_WORDS = SEVERITIES as readonly string[];
const SEVERITY_HELP = 'expected a severity (off, info, warn, error; or 0, 1, 2) or a list [severity, options]';

/**
 * Checks a `rules` mapping against the catalog and returns it with severities normalised
 * (0/1/2 become words). Entries with problems are left out of the result.
 */
export function checkRules(
  rules: Record<string, unknown>,
  catalog: RuleCatalogInfo,
  report: (issue: Issue) => void,
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (!catalog.ids.includes(id)) {
      report({ path: [id], message: `unknown rule "${id}"`, hint: didYouMean(id, catalog.ids) ?? extensionHint(id, catalog.ids) });
      continue;
    }
    const setting = checkRuleSetting(id, value, catalog.options(id), report);
    if (setting !== undefined) out[id] = setting;
  }
  return out;
}

/** `acme/rule` or `Acme.Rule` whose plugin or pack is not loaded: say where such rules come from. */
function extensionHint(id: string, ids: readonly string[]): string | undefined {
  const plugin = /^(@[^/]+\/[^/]+|@[^/]+|[^@/][^/]*)\/[^/]+$/.exec(id)?.[1];
  if (plugin !== undefined && !ids.some((known) => known.startsWith(`${plugin}/`))) {
    return `no plugin with the prefix "${plugin}" is loaded: list it under \`plugins\``;
  }
  const style = /^([A-Za-z][\w-]*)\.[\w-]+$/.exec(id)?.[1];
  if (style !== undefined && !ids.some((known) => known.startsWith(`${style}.`))) {
    return `no rule pack named "${style}" is loaded: list its folder under \`rulePacks\``;
  }
  return undefined;
}

function checkSeverity(value: unknown, path: KeyPath, report: (issue: Issue) => void): Severity | undefined {
  const severity = toSeverity(value);
  if (severity === undefined) {
    report({
      path,
      message: typeof value === 'string' ? `unknown severity "${value}": ${SEVERITY_HELP}` : `${SEVERITY_HELP}, got ${article(jsonType(value))}`,
      hint: typeof value === 'string' ? didYouMean(value, SEVERITY_WORDS) : undefined,
    });
  }
  return severity;
}

function checkRuleSetting(
  id: string,
  value: unknown,
  defaults: Record<string, unknown> | undefined,
  report: (issue: Issue) => void,
): RuleSetting | undefined {
  if (!Array.isArray(value)) {
    if (isPlainObject(value)) {
      report({ path: [id], message: `${SEVERITY_HELP}, got a mapping`, hint: 'write options as a list: [warn, {option: value}]' });
      return undefined;
    }
    return checkSeverity(value, [id], report);
  }
  if (value.length < 1 || value.length > 2) {
    report({ path: [id], message: `expected [severity] or [severity, options], got a list of ${value.length}` });
    return undefined;
  }
  const severity = checkSeverity(value[0], [id, 0], report);
  if (value.length === 1) return severity === undefined ? undefined : [severity];
  const options = value[1];
  if (!isPlainObject(options)) {
    report({ path: [id, 1], message: `expected the rule's options as a mapping, got ${article(jsonType(options))}` });
    return undefined;
  }
  let ok = true;
  checkOptions(id, options, defaults, [id, 1], (issue) => { ok = false; report(issue); });
  return severity === undefined || !ok ? undefined : [severity, options];
}

/** Options are checked against the defaults' shape: the defaults are the schema. */
function checkOptions(
  id: string,
  options: Record<string, unknown>,
  defaults: Record<string, unknown> | undefined,
  path: KeyPath,
  report: (issue: Issue) => void,
): void {
  const known = defaults ? Object.keys(defaults) : [];
  for (const [key, value] of Object.entries(options)) {
    if (!defaults || !Object.hasOwn(defaults, key)) {
      report({
        path: [...path, key],
        message: known.length === 0 ? `rule "${id}" has no options, got "${key}"` : `unknown option "${key}" for rule "${id}" (options: ${known.join(', ')})`,
        hint: didYouMean(key, known),
      });
      continue;
    }
    checkOptionValue(id, value, defaults[key], [...path, key], report);
  }
}

function checkOptionValue(id: string, value: unknown, fallback: unknown, path: KeyPath, report: (issue: Issue) => void): void {
  if (fallback === null) return; // a null default means "anything"
  const want = jsonType(fallback);
  const got = jsonType(value);
  if (want !== got) {
    report({ path, message: `expected ${article(want)}, got ${article(got)}` });
    return;
  }
  // An empty default mapping or list says nothing about its contents, so anything goes inside.
  if (want === 'mapping' && Object.keys(fallback as object).length > 0) {
    checkOptions(id, value as Record<string, unknown>, fallback as Record<string, unknown>, path, report);
  } else if (want === 'list' && (fallback as unknown[]).length > 0) {
    const model = (fallback as unknown[])[0];
    (value as unknown[]).forEach((item, index) => checkOptionValue(id, item, model, [...path, index], report));
  }
}

// ── other values ────────────────────────────────────────────────────────────────────────────────

/** Language names people write instead of tags. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', englanti: 'en', finnish: 'fi', suomi: 'fi', swedish: 'sv', svenska: 'sv', ruotsi: 'sv',
};

/** A BCP 47 tag with a 2–3 letter language (`fi`, `en-GB`, `sv-FI`); undefined if it is one. */
export function checkLangTag(value: string): Issue | undefined {
  let valid = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(value);
  if (valid) {
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      valid = false;
    }
  }
  if (valid) return undefined;
  const named = LANGUAGE_NAMES[value.toLowerCase()];
  return {
    path: [],
    message: `"${value}" is not a language tag`,
    hint: named ? `did you mean \`${named}\`?` : 'use a BCP 47 tag such as `fi`, `en` or `en-GB`',
  };
}

export function checkPlatform(value: string): Issue | undefined {
  if ((KNOWN_PLATFORMS as readonly string[]).includes(value)) return undefined;
  return {
    path: [],
    message: `unknown platform "${value}" (known: ${KNOWN_PLATFORMS.join(', ')})`,
    hint: didYouMean(value, KNOWN_PLATFORMS) ?? 'for another help desk, leave `platform` out and describe its placeholders under `placeholders`',
  };
}

export function checkPlaceholder(source: string): Issue | undefined {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'u');
  } catch (error) {
    let loose = false;
    try {
      new RegExp(source);
      loose = true;
    } catch {
      // invalid in both modes
    }
    return {
      path: [],
      message: `not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '').toLowerCase()}`,
      hint: loose ? 'patterns use the Unicode (u) flag: escape literal braces and brackets, e.g. `\\{\\w+\\}`' : undefined,
    };
  }
  if (pattern.test('')) return { path: [], message: `the pattern /${source}/ matches empty text, so it would find a placeholder everywhere` };
  // Placeholders are matched in every reply: a pattern with catastrophic backtracking would hang the run (issue 7).
  const checked = compileUserPattern(source, 'gu');
  if (isPatternRefusal(checked)) return { path: [], message: `the pattern /${source}/ is ${checked.message}` };
  return undefined;
}

// ── the schema ─────────────────────────────────────────────────────────────────────────────────

// zod is about 95 modules and a tenth of a second of start-up: most runs have no config file to check,
// so it loads on the first validation only (synchronously, its CommonJS build: loadConfigFile is sync).
const requireHere = createRequire(import.meta.url);
let zod: typeof Zod | undefined;
const loadZod = (): typeof Zod => (zod ??= requireHere('zod') as typeof Zod);

type Ctx = Zod.RefinementCtx;

function push(ctx: Ctx, issue: Issue): void {
  ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], params: issue.hint ? { hint: issue.hint } : undefined });
}

function layerShape(z: typeof Zod, catalog: RuleCatalogInfo) {
  return {
    lang: z.string().superRefine((value, ctx) => { const issue = checkLangTag(value); if (issue) push(ctx, issue); }).optional(),
    platform: z.string().superRefine((value, ctx) => { const issue = checkPlatform(value); if (issue) push(ctx, issue); }).optional(),
    signature: z.string().optional(),
    rules: z.record(z.string(), z.unknown()).transform((rules, ctx) => checkRules(rules, catalog, (issue) => push(ctx, issue))).optional(),
    placeholders: z.array(z.string().superRefine((value, ctx) => { const issue = checkPlaceholder(value); if (issue) push(ctx, issue); })).optional(),
  };
}

/** The config file schema; rule settings are checked against the catalog. */
export function configSchema(catalog: RuleCatalogInfo) {
  const z = loadZod();
  const stringList = z.array(z.string());
  const stringOrList = z.union([z.string(), stringList]);
  const layer = layerShape(z, catalog);
  const override = z.strictObject({ ...layer, files: stringOrList, excludedFiles: stringOrList.optional() });
  return z.strictObject({
    ...layer,
    extends: stringOrList.optional(),
    overrides: z.array(override).optional(),
    ignorePatterns: stringList.optional(),
    plugins: stringList.optional(),
    rulePacks: stringList.optional(),
  });
}

/** Zod's type names in a config author's words. */
const ZOD_TYPES: Record<string, JsonType> = {
  object: 'mapping', record: 'mapping', array: 'list', string: 'string', number: 'number', boolean: 'boolean',
};

const EXPECTED: Record<string, string> = {
  files: 'a glob or a list of globs',
  excludedFiles: 'a glob or a list of globs',
  extends: 'a preset (`replylint:recommended`), a plugin config (`plugin:acme/recommended`) or a path, or a list of them',
  plugins: 'a list of plugin packages or module paths',
  rulePacks: 'a list of rule pack folders',
};

function valueAt(root: unknown, path: KeyPath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Zod's issues in a config author's words. */
function toIssues(error: Zod.ZodError, raw: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const key = path[path.length - 1];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const inOverride = path[0] === 'overrides';
        const allowed: readonly string[] = inOverride ? OVERRIDE_KEYS : TOP_KEYS;
        for (const name of issue.keys) {
          const topOnly = inOverride && (TOP_KEYS as readonly string[]).includes(name);
          issues.push({
            path: [...path, name],
            message: topOnly ? `"${name}" is not allowed in an override, only at the top level` : `unknown key "${name}"`,
            hint: topOnly ? undefined : didYouMean(name, allowed),
          });
        }
        break;
      }
      case 'invalid_type':
      case 'invalid_union': {
        const got = valueAt(raw, path);
        if (got === undefined && key === 'files') {
          issues.push({ path, message: 'an override needs `files`: the globs it applies to' });
          break;
        }
        const expected = typeof key === 'string' && EXPECTED[key]
          ? EXPECTED[key]
          : issue.code === 'invalid_type' ? article(ZOD_TYPES[issue.expected] ?? 'mapping') : 'another type';
        issues.push({ path, message: `expected ${expected}, got ${article(jsonType(got))}` });
        break;
      }
      default: {
        const params = (issue as { params?: { hint?: string } }).params;
        issues.push({ path, message: issue.message, hint: params?.hint });
      }
    }
  }
  return issues;
}

export interface ValidationTarget {
  /** File named in problems. */
  file: string;
  /** Line of the key at a path, when the source is at hand. */
  lineOf?: (path: KeyPath) => number | undefined;
}

/** Issues tied to a file (and a line where known). */
export function toProblems(issues: readonly Issue[], target: ValidationTarget, prefix: KeyPath = []): ConfigProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const problem: ConfigProblem = { file: target.file, path: formatKeyPath(path), message: issue.message };
    if (issue.hint) problem.hint = issue.hint;
    const line = target.lineOf?.(path);
    if (line !== undefined) problem.line = line;
    return problem;
  });
}

const COLLECTION_KEYS = new Set(['rules', 'overrides', 'placeholders', 'ignorePatterns', 'extends', 'plugins', 'rulePacks']);

/**
 * `rules:` with every entry commented out is null in YAML; it means "none", not a type error.
 * (`extends:` left empty likewise means "not given".)
 */
function withoutEmptyCollections(config: Record<string, unknown>): Record<string, unknown> {
  const strip = (layer: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(layer).filter(([key, value]) => !(value === null && COLLECTION_KEYS.has(key))));
  const out = strip(config);
  if (Array.isArray(out.overrides)) out.overrides = out.overrides.map((item: unknown) => (isPlainObject(item) ? strip(item) : item));
  return out;
}

/**
 * Validates one config file's contents (before `extends` is followed). An empty file is an empty
 * config. Severities come back normalised.
 */
export function validateConfig(
  raw: unknown,
  catalog: RuleCatalogInfo,
  target: ValidationTarget,
): { config?: ConfigFile; problems: ConfigProblem[] } {
  const value = raw === null || raw === undefined ? {} : raw;
  if (!isPlainObject(value)) {
    return { problems: toProblems([{ path: [], message: `expected a mapping of settings, got ${article(jsonType(value))}` }], target) };
  }
  const result = configSchema(catalog).safeParse(withoutEmptyCollections(value));
  if (result.success) return { config: result.data as ConfigFile, problems: [] };
  // In file order, so the list reads top to bottom (sort is stable for problems on one line).
  const problems = toProblems(toIssues(result.error, value), target);
  return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
