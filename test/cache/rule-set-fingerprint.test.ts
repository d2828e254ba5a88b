import { describe, expect, it } from 'vitest';
import { catalogOf, loadCatalog } from '../../src/catalog/load-catalog.js';
import { ruleSetFingerprint } from '../../src/cache/rule-set-fingerprint.js';
import type { Rule } from '../../src/engine/rule.js';

const rule = (id: string, message: string): Rule => ({
  meta: { id, description: 'A rule.', severity: 'warn', fixable: false, hasSuggestions: false, messages: { m: message } },
  check() {},
});
const catalog = (...rules: Rule[]) => catalogOf(rules.map((r) => ({ rule: r, data: new Map() })), [], () => undefined);

describe('the rule-set fingerprint', () => {
  it('is stable for the same rules and changes when a rule is added or its meta changes', () => {
    const base = ruleSetFingerprint(catalog(rule('a', 'Say it.')));
    expect(ruleSetFingerprint(catalog(rule('a', 'Say it.')))).toBe(base);
    expect(ruleSetFingerprint(catalog(rule('a', 'Say it plainly.')))).not.toBe(base);
    expect(ruleSetFingerprint(catalog(rule('a', 'Say it.'), rule('b', 'Say it.')))).not.toBe(base);
  });

  it('changes when a rule’s check changes', () => {
    const other: Rule = { ...rule('a', 'Say it.'), check(_reply, ctx) { void ctx; } };
    expect(ruleSetFingerprint(catalog(other))).not.toBe(ruleSetFingerprint(catalog(rule('a', 'Say it.'))));
  });

  it('is the same for two loads of the built-in catalog, so a re-run can hit', async () => {
    expect(ruleSetFingerprint(await loadCatalog())).toBe(ruleSetFingerprint(await loadCatalog()));
  });
});
