import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { createLinter } from '../../src/engine/linter.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Severity } from '../../src/engine/types.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';

const { languages } = await loadCatalog();

/** Flags every word "foo" and remembers the language and kind it saw. */
const seen: Array<{ lang: string; kind: string }> = [];
const foo = defineRule({
  meta: { id: 'foo', description: 'No foo.', severity: 'warn', fixable: true, hasSuggestions: false, messages: { foo: 'Remove foo.' } },
  check(reply, { report, fix }) {
    seen.push({ lang: reply.lang, kind: reply.kind });
    for (const t of reply.tokens) if (t.lower === 'foo') report({ messageId: 'foo', at: t, fix: fix.replace(t, 'bar') });
  },
});
const finnishOnly = defineRule({ meta: { id: 'fi-only', description: 'x', severity: 'warn', fixable: false, hasSuggestions: false, languages: ['fi'], messages: { x: 'x' } }, check: (reply, { report }) => report({ messageId: 'x', at: { start: 0, end: 1 } }) });
const broken = defineRule({ meta: { id: 'broken', description: 'x', severity: 'warn', fixable: false, hasSuggestions: false, messages: {} }, check: () => { throw new Error('boom'); } });

/** Swaps the first and last words: a fix made of two edits. */
const swap = defineRule<{ marker: string }>({
  meta: { id: 'swap', description: 'x', severity: 'warn', fixable: true, hasSuggestions: false, messages: { swap: 'Swap {marker}.' }, options: { marker: 'A' } },
  check(reply, { report, fix, options }) {
    const [first, last] = [reply.tokens[0], reply.tokens[reply.tokens.length - 1]];
    report({ messageId: 'swap', data: { marker: options.marker }, at: first, fix: [fix.replace(last, first.text), fix.replace(first, last.text)] });
  },
});

const linter = createLinter({ rules: [foo, finnishOnly, broken, swap].map((rule) => ({ rule, data: new Map() })), languages });
const config = (rules: Record<string, Severity>, extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({
  placeholders: [],
  rules: Object.fromEntries(Object.entries(rules).map(([id, severity]) => [id, { severity, options: {} }])),
  ...extra,
});
const lint = (text: string, rules: Record<string, Severity> = { foo: 'warn' }, path = 'a.md', extra: Partial<ResolvedConfig> = {}) => linter.lintText(text, { path, config: config(rules, extra) });

describe('the linter', () => {
  it('reports at file positions after front matter, with a fix in file offsets', () => {
    const text = '---\nlang: en\n---\nHi, foo here.\n';
    const [m] = lint(text).messages;
    expect(m).toMatchObject({ ruleId: 'foo', line: 4, column: 5, endLine: 4, endColumn: 8, severity: 'warn', fix: { range: [21, 24], text: 'bar' } });
  });

  it('honours disable-next-line, disable/enable ranges and disable-line comments', () => {
    const text = 'foo one\n\n<!-- replylint-disable-next-line foo -->\nfoo two\n\n<!-- replylint-disable -->\nfoo three\n\n<!-- replylint-enable -->\nfoo four\n';
    expect(lint(text).messages.map((m) => m.line)).toEqual([1, 10]);
  });

  it('turns rules off per template with `replylint: {disable: [...]}` and changes severity with `rules`', () => {
    expect(lint('---\nreplylint: {disable: [foo]}\n---\nfoo\n').messages).toEqual([]);
    expect(lint('---\nreplylint: {rules: {foo: error}}\n---\nfoo\n').messages[0].severity).toBe('error');
  });

  it('resolves the language from the template, then the config, then detection, else unknown', () => {
    seen.length = 0;
    lint('---\nlang: fi-FI\n---\nfoo\n', { foo: 'warn' }, 'a.md', { lang: 'en' });
    lint('foo\n', { foo: 'warn' }, 'a.md', { lang: 'en' });
    lint('Hei, kiitos viestistäsi. Tilauksesi on jo matkalla ja perillä huomenna.\n');
    lint('foo\n');
    expect(seen.map((s) => s.lang)).toEqual(['fi', 'en', 'fi', 'unknown']);
  });

  it('skips language-specific rules for an unknown language with one notice per file', () => {
    const result = lint('macros:\n  - body: ok\n  - body: fine\n', { 'fi-only': 'warn' }, 'm.yaml');
    expect(result.messages).toEqual([]);
    expect(result.notices).toHaveLength(1);
  });

  it('turns a rule that throws into a rule-error and keeps the other rules running', () => {
    const result = lint('foo\n', { foo: 'warn', broken: 'warn' });
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual(['foo', 'rule-error']);
    expect(result.messages.find((m) => m.ruleId === 'rule-error')!.message).toMatch(/broken.*boom/);
    expect(result.errorCount).toBe(1);
  });

  it('warns about an unknown kind and treats the reply as general', () => {
    seen.length = 0;
    const result = lint('---\nkind: rant\n---\nfoo\n');
    expect(result.messages[0]).toMatchObject({ ruleId: 'parse-error', severity: 'warn' });
    expect(seen[0].kind).toBe('general');
  });

  it('labels diagnostics in macro collections with the template title', () => {
    const result = lint('macros:\n  - title: Refund\n    body: |\n      foo\n', { foo: 'warn' }, 'm.yaml');
    expect(result.messages[0]).toMatchObject({ template: 'Refund', templateIndex: 0, line: 4, column: 7 });
  });

  it('joins a fix of several edits into one file edit that keeps the text between them', () => {
    const text = '---\nlang: en\n---\nalpha **mid** omega\n';
    const [m] = lint(text, { swap: 'warn' }).messages;
    expect(m.fix).toEqual({ range: [17, 36], text: 'omega **mid** alpha' });
  });

  it('takes rule options from a template\'s own `replylint.rules`', () => {
    const [m] = lint('---\nreplylint: {rules: {swap: [error, {marker: B}]}}\n---\nalpha omega\n', { swap: 'warn' }).messages;
    expect(m).toMatchObject({ severity: 'error', message: 'Swap B.' });
  });

  it('reports disable comments and template disables that silence nothing, when asked', () => {
    const text = '---\nreplylint: {disable: [foo]}\n---\n<!-- replylint-disable-next-line swap -->\nfine words\n\n<!-- replylint-disable-next-line swap -->\nmore words\n';
    const run = (report?: 'warn') => linter.lintText(text, { path: 'a.md', config: config({ foo: 'warn', swap: 'warn' }), reportUnusedDisableDirectives: report }).messages;
    expect(run()).toEqual([]);
    const unused = run('warn');
    expect(unused.map((m) => [m.ruleId, m.line])).toEqual([['unused-disable-directive', 1], ['unused-disable-directive', 7]]);
  });
});
