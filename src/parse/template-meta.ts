// Reads a template's metadata (front matter, or a macro item's keys) from a YAML mapping, reporting wrong types.
import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar } from './yaml-lib.js';
import { MAX_ALIAS_COUNT, type YamlDocument } from './yaml-document.js';
import type { InlineSettings, TemplateMeta } from './types.js';

/** A key with a value of the wrong type: reported as a warning, the key is ignored. */
export interface MetaProblem {
  message: string;
  /** Offset of the key in the YAML source. */
  offset: number;
}

export interface TemplateMetaRead {
  meta: TemplateMeta;
  /** `title` or `name` (or `id` for macros): what the template is called in output. */
  label?: string;
  problems: MetaProblem[];
}

/** Keys whose value is one line of text; a number is accepted and written as text. */
const TEXT_KEYS = ['title', 'name', 'id', 'lang', 'locale', 'kind', 'platform'] as const;
type TextKey = (typeof TEXT_KEYS)[number];

export function readTemplateMeta(map: YAMLMap, doc: YamlDocument): TemplateMetaRead {
  const entries: MetaEntry[] = [];
  for (const pair of map.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof key !== 'string') continue;
    const offset = (pair.key as Node).range?.[0] ?? map.range?.[0] ?? 0;
    entries.push({ key, offset, value: toPlain(pair.value, doc), node: pair.value });
  }
  return metaOfEntries(entries, doc);
}

/** One key of a mapping: where it is, its plain value, and (from the YAML parser) its node. */
export interface MetaEntry {
  key: string;
  offset: number;
  value: unknown;
  node?: unknown;
}

/** The metadata of a mapping's keys in order (from the YAML parser, or front matter read without it). */
export function metaOfEntries(entries: readonly MetaEntry[], doc?: YamlDocument): TemplateMetaRead {
  const problems: MetaProblem[] = [];
  const text: Partial<Record<TextKey, string>> = {};
  const meta: TemplateMeta = { tags: [] };
  for (const { key, offset, value, node } of entries) {
    if (value === null || value === undefined) continue;
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (typeof value === 'string' || typeof value === 'number') text[key as TextKey] = String(value);
      else problems.push({ offset, message: `Write \`${key}\` as one line of text.` });
    } else if (key === 'tags') {
      const tags = readTags(value);
      if (tags) meta.tags = tags;
      else problems.push({ offset, message: 'Write `tags` as a list of texts, such as `tags: [billing, refund]`.' });
    } else if (key === 'replylint' && doc) {
      const settings = readSettings(node, doc, (message) => problems.push({ offset, message }));
      if (settings) meta.settings = settings;
    }
    // Other keys belong to the team's own tooling: fine.
  }
  const title = text.title ?? text.name;
  if (title !== undefined) meta.title = title;
  const lang = text.lang ?? text.locale;
  if (lang !== undefined) meta.lang = lang;
  if (text.kind !== undefined) meta.kind = text.kind;
  if (text.platform !== undefined) meta.platform = text.platform;
  return { meta, label: title ?? text.id, problems };
}

/** The plain value of a node; aliases are expanded under the same bound as the whole document. */
function toPlain(node: unknown, doc: YamlDocument): unknown {
  if (node === null || node === undefined) return node;
  if (isScalar(node)) return node.value;
  return (node as Node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
}

/** A list of texts, or one text with tags separated by commas. */
function readTags(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((t) => t.trim()).filter(Boolean);
  if (!Array.isArray(value)) return undefined;
  if (!value.every((t) => typeof t === 'string' || typeof t === 'number')) return undefined;
  return value.map(String);
}

function readSettings(node: unknown, doc: YamlDocument, report: (message: string) => void): InlineSettings | undefined {
  const example = 'such as `replylint: {disable: [no-name]}`';
  if (!isMap(node)) {
    report(`Write \`replylint\` as a mapping, ${example}.`);
    return undefined;
  }
  const raw = toPlain(node, doc) as Record<string, unknown>;
  const settings: InlineSettings = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'disable') {
      const list = typeof value === 'string' ? [value] : value;
      if (Array.isArray(list) && list.every((id) => typeof id === 'string')) settings.disable = list;
      else report('Write `replylint.disable` as a list of rule ids, such as `[no-name]`.');
    } else if (key === 'rules') {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) settings.rules = value as Record<string, unknown>;
      else report('Write `replylint.rules` as a mapping of rule ids to severities, such as `{jargon: off}`.');
    } else {
      report(`Remove \`replylint.${key}\`: only \`disable\` and \`rules\` are read there.`);
    }
  }
  return settings;
}
