// Reads template metadata (front matter or a macro item's keys) into TemplateMeta, reporting wrong types.
import type { InlineSettings, TemplateMeta } from './types.js';

export interface MetaProblem {
  key: string;
  message: string;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

export function readMeta(data: Record<string, unknown>): { meta: TemplateMeta; problems: MetaProblem[] } {
  const problems: MetaProblem[] = [];
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    const s = asString(value);
    if (s === undefined) problems.push({ key, message: `\`${key}\` should be text` });
    return s;
  };
  const tags = data.tags;
  const meta: TemplateMeta = {
    title: text('title') ?? text('name') ?? text('id'),
    lang: text('lang') ?? text('locale'),
    kind: text('kind'),
    platform: text('platform'),
    tags: typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags.map(String) : [],
  };
  if (tags !== undefined && tags !== null && typeof tags !== 'string' && !Array.isArray(tags)) problems.push({ key: 'tags', message: '`tags` should be a list' });
  const settings = data.replylint;
  if (settings !== undefined && settings !== null) {
    const parsed = readSettings(settings);
    if (typeof parsed === 'string') problems.push({ key: 'replylint', message: parsed });
    else meta.settings = parsed;
  }
  return { meta, problems };
}

function readSettings(raw: unknown): InlineSettings | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '`replylint` should be a mapping such as `{disable: [no-name]}`';
  const { disable, rules, ...rest } = raw as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) return `unknown key \`replylint.${unknown[0]}\`: use \`disable\` or \`rules\``;
  const list = typeof disable === 'string' ? [disable] : disable;
  if (list !== undefined && (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))) return '`replylint.disable` should be a list of rule ids';
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) return '`replylint.rules` should map rule ids to severities';
  return { disable: list as string[] | undefined, rules: rules as Record<string, unknown> | undefined };
}
