// Checks a plugin's rule object against the rule contract, so a broken rule fails at load time with its name, not mid-run.
import { SEVERITIES } from '../engine/types.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** What is wrong with a rule definition (empty when nothing is); `key` is its id within the plugin. */
export function checkRuleDefinition(rule: unknown, key: string, fullId: string): string[] {
  if (!isRecord(rule)) return ['a rule is an object with `meta` and `check` (use defineRule)'];
  const problems: string[] = [];
  if (typeof rule.check !== 'function') problems.push('`check` must be a function (reply, context) => void');
  const meta = rule.meta;
  if (!isRecord(meta)) return [...problems, '`meta` must be an object with id, description, severity and messages'];
  if (meta.id !== undefined && meta.id !== key && meta.id !== fullId) problems.push(`meta.id is "${String(meta.id)}", but the rule is listed as "${key}": make them the same`);
  if (typeof meta.description !== 'string' || meta.description.trim() === '') problems.push('meta.description must be one sentence stating the requirement');
  if (!(SEVERITIES as readonly unknown[]).includes(meta.severity)) problems.push(`meta.severity must be one of ${SEVERITIES.join(', ')}`);
  for (const flag of ['fixable', 'hasSuggestions'] as const) {
    if (meta[flag] !== undefined && typeof meta[flag] !== 'boolean') problems.push(`meta.${flag} must be true or false`);
  }
  if (!isRecord(meta.messages) || Object.values(meta.messages).some((m) => typeof m !== 'string')) {
    problems.push('meta.messages must map message ids to message texts');
  }
  for (const list of ['languages', 'phrases', 'skipKinds'] as const) {
    if (meta[list] !== undefined && !isStringList(meta[list])) problems.push(`meta.${list} must be a list of strings`);
  }
  if (meta.options !== undefined && !isRecord(meta.options)) problems.push('meta.options must be an object of option defaults');
  if (isStringList(meta.phrases) && (meta.phrases as string[]).length > 0 && !isStringList(meta.languages)) {
    problems.push('meta.phrases needs meta.languages: the languages whose phrase files hold the groups');
  }
  return problems;
}
