// Turns one Vale rule file (its parsed YAML) into a replylint Rule, or says why it cannot be loaded or is skipped.
import { defineRule, type Rule } from '../engine/rule.js';
import type { Severity } from '../engine/types.js';
import type { Span } from '../reply/span.js';
import type { Reply } from '../reply/types.js';
import type { CheckCompiler, KeyReader, ValeDefinition } from './check-types.js';
import { CAPITALIZATION_KEYS, compileCapitalization } from './checks/capitalization.js';
import { compileConditional, CONDITIONAL_KEYS } from './checks/conditional.js';
import { compileConsistency, CONSISTENCY_KEYS } from './checks/consistency.js';
import { compileExistence, EXISTENCE_KEYS } from './checks/existence.js';
import { compileMetric, METRIC_KEYS } from './checks/metric.js';
import { compileOccurrence, OCCURRENCE_KEYS } from './checks/occurrence.js';
import { compileRepetition, REPETITION_KEYS } from './checks/repetition.js';
import { compileSubstitution, SUBSTITUTION_KEYS } from './checks/substitution.js';
import { formatMessage } from './message.js';
import { resolveScope, unitsOf } from './scopes.js';

const CHECKS: Record<string, { compile: CheckCompiler; keys: readonly string[] }> = {
  existence: { compile: compileExistence, keys: EXISTENCE_KEYS },
  substitution: { compile: compileSubstitution, keys: SUBSTITUTION_KEYS },
  occurrence: { compile: compileOccurrence, keys: OCCURRENCE_KEYS },
  repetition: { compile: compileRepetition, keys: REPETITION_KEYS },
  consistency: { compile: compileConsistency, keys: CONSISTENCY_KEYS },
  conditional: { compile: compileConditional, keys: CONDITIONAL_KEYS },
  capitalization: { compile: compileCapitalization, keys: CAPITALIZATION_KEYS },
  metric: { compile: compileMetric, keys: METRIC_KEYS },
};
/** Vale check types we recognise but do not run. */
const UNSUPPORTED = new Set(['spelling', 'sequence', 'script', 'readability']);
const COMMON_KEYS = ['extends', 'message', 'level', 'scope', 'link', 'description', 'limit', 'action'];

export const LEVELS: Record<string, Severity> = { suggestion: 'off', warning: 'warn', error: 'error' };

export type CompiledValeRule =
  | { kind: 'rule'; rule: Rule; notices: string[] }
  | { kind: 'skipped'; reason: string }
  | { kind: 'invalid'; problems: string[] };

/** `id` is `Style.Rule`. */
export function compileValeRule(id: string, definition: unknown): CompiledValeRule {
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) return { kind: 'invalid', problems: ['expected a mapping of rule keys'] };
  const def = definition as ValeDefinition;
  const type = def.extends;
  if (typeof type !== 'string' || type === '') return { kind: 'invalid', problems: ['`extends` is missing: name the check type (existence, substitution, …)'] };
  if (UNSUPPORTED.has(type)) return { kind: 'skipped', reason: `check type “${type}” is not supported; the rule is skipped` };
  if (type.includes('.')) return { kind: 'skipped', reason: `inheriting from another rule (“extends: ${type}”) is not supported; the rule is skipped` };
  const check = CHECKS[type];
  if (!check) return { kind: 'invalid', problems: [`unknown check type “${type}”`] };
  if (typeof def.message !== 'string') return { kind: 'invalid', problems: ['`message` is missing'] };
  const problems: string[] = [];
  const level = def.level === undefined ? 'warning' : String(def.level);
  if (!(level in LEVELS)) problems.push(`level: expected suggestion, warning or error, not “${level}”`);
  if (def.code !== undefined) problems.push('`code` is no longer supported by Vale: use `scope: raw`');
  // Vale rejects keys a check does not define (consistency excepted): a misspelt key would otherwise do nothing.
  if (type !== 'consistency') {
    for (const key of Object.keys(def)) if (!COMMON_KEYS.includes(key) && !check.keys.includes(key) && key !== 'code') problems.push(`unknown key “${key}” for ${type}`);
  }
  const read = keyReader(def);
  const scope = resolveScope(read.list('scope'));
  const compiled = check.compile(def, read);
  problems.push(...read.problems);
  if ('problems' in compiled) problems.push(...compiled.problems);
  if (problems.length || 'problems' in compiled) return { kind: 'invalid', problems };

  const notices: string[] = [];
  if (!scope.readable && type !== 'metric') {
    notices.push(`scope “${read.list('scope').join(', ')}” needs ${scope.unmapped.join(', ')}, which replies do not have; the rule never reports`);
  }
  const limit = read.number('limit') ?? 0;
  const template = def.message as string;
  const link = typeof def.link === 'string' ? def.link : undefined;
  const severity = LEVELS[level];
  const fixable = type === 'substitution';

  const rule = defineRule({
    meta: {
      id,
      description: typeof def.description === 'string' && def.description.trim() ? def.description.trim() : `Vale rule ${id} (${type}).`,
      ...(link ? { docs: link } : {}),
      severity,
      fixable,
      hasSuggestions: def.action !== undefined || type === 'substitution' || type === 'repetition',
      messages: { [type]: '{message}' },
    },
    check(reply, { report }) {
      const text = masked(reply);
      const findings = compiled({ reply, text, units: type === 'metric' ? [] : unitsOf(reply, scope) }).filter((f) => !onPlaceholder(reply, f.at));
      for (const f of limit > 0 ? findings.slice(0, limit) : findings) {
        const message = f.message ?? formatMessage(template, f.args);
        report({ messageId: type, data: { message }, at: f.at, ...(f.fix ? { fix: f.fix } : {}), ...(f.suggest ? { suggest: f.suggest } : {}) });
      }
    },
  });
  return { kind: 'rule', rule, notices };
}

// Web and e-mail addresses, which no rule reads (the reply model's tokens skip them too).
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"”’]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/**
 * The reply text with each placeholder and address replaced by U+E000 (same length): not a word character, so no
 * token matches inside `{{ … }}` or a URL.
 */
const maskedTexts = new WeakMap<Reply, string>();
function masked(reply: Reply): string {
  // Every Vale rule reads the same masked text: compute it once per reply.
  let text = maskedTexts.get(reply);
  if (text === undefined) maskedTexts.set(reply, (text = maskText(reply)));
  return text;
}

function maskText(reply: Reply): string {
  const spans = [...reply.placeholders, ...[...reply.text.matchAll(ADDRESS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))].sort((a, b) => a.start - b.start);
  if (spans.length === 0) return reply.text;
  let out = '';
  let at = 0;
  for (const p of spans) {
    if (p.start < at) continue;
    out += reply.text.slice(at, p.start) + '\uE000'.repeat(p.end - p.start);
    at = p.end;
  }
  return out + reply.text.slice(at);
}

const onPlaceholder = (reply: Reply, at: Span): boolean => reply.placeholders.some((p) => at.start < p.end && p.start < at.end && at.end - at.start <= p.end - p.start);

function keyReader(def: ValeDefinition): KeyReader {
  const problems: string[] = [];
  const scalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
  return {
    problems,
    string(key) {
      const v = def[key];
      if (v === undefined || v === null) return undefined;
      if (scalar(v)) return String(v);
      problems.push(`${key}: expected a string`);
      return undefined;
    },
    bool(key) {
      const v = def[key];
      if (v === undefined || v === null) return false;
      if (typeof v === 'boolean') return v;
      if (v === 1 || v === 0) return v === 1;
      if (typeof v === 'string' && /^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/.test(v)) return /^(true|1|t)$/i.test(v);
      problems.push(`${key}: expected true or false`);
      return false;
    },
    number(key) {
      const v = def[key];
      if (v === undefined || v === null) return undefined;
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (Number.isNaN(n)) problems.push(`${key}: expected a number`);
      return Number.isNaN(n) ? undefined : n;
    },
    list(key) {
      const v = def[key];
      if (v === undefined || v === null) return [];
      if (scalar(v)) return [String(v)];
      if (Array.isArray(v) && v.every((x) => scalar(x) || x === null)) return v.map((x) => (x === null ? '' : String(x)));
      problems.push(`${key}: expected a list of strings`);
      return [];
    },
    map(key) {
      const v = def[key];
      if (v === undefined || v === null) return [];
      if (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => scalar(x) || x === null)) {
        return Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, x === null ? '' : String(x)]);
      }
      problems.push(`${key}: expected a mapping of strings`);
      return [];
    },
  };
}
