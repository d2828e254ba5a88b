// Plugin authors define a rule with phrase files of their own and test it through the public API alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, createRuleTester, defineRule } from '../../src/index.js';

function phraseFolder(en: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-plugin-'));
  writeFileSync(join(dir, 'en.yaml'), en);
  return dir;
}

const noAsap = (dataDir: string) =>
  defineRule<{ allow: string[] }>({
    meta: {
      id: 'no-asap',
      description: 'Give a time instead of “as soon as possible”.',
      severity: 'warn',
      fixable: false,
      hasSuggestions: false,
      languages: ['en'],
      phrases: ['vague'],
      messages: { vague: 'Say when: replace “{text}” with a time.' },
      options: { allow: [] },
    },
    dataDir,
    check(reply, { phrases, report }) {
      for (const match of reply.findAll(phrases.vague)) report({ messageId: 'vague', data: { text: reply.slice(match) }, at: match });
    },
  });

describe('createRuleTester()', () => {
  it('runs a plugin rule with its own phrase file and reports exact file positions', async () => {
    const { tester, prepare } = await createRuleTester();
    const rule = prepare(noAsap(phraseFolder('vague:\n  - =asap\n  - =as =soon =as =possible\n')));
    const text = '---\nlang: en\n---\nHi Sam,\n\nWe will fix it as soon as possible.\n\nJane\n';
    const found = tester.lint(rule, text);
    expect(found.map((d) => [d.ruleId, d.messageId, d.line, d.column, d.endColumn])).toEqual([['no-asap', 'vague', 6, 16, 35]]);
    expect(tester.lint(rule, text.replace('as soon as possible', 'by Friday'))).toEqual([]);
  });

  it('refuses a rule without a phrase file for a language it lists, or without a group it declares', async () => {
    const { tester, prepare } = await createRuleTester();
    expect(() => prepare(noAsap(mkdtempSync(join(tmpdir(), 'replylint-plugin-empty-'))))).toThrow(CatalogError);
    // Phrase files compile when a reply first needs them, so a missing group shows on the first English reply.
    const rule = prepare(noAsap(phraseFolder('other:\n  - =asap\n')));
    expect(() => tester.lint(rule, 'Hi Sam,\n\nWe will fix it asap.\n\nJane\n', { lang: 'en' })).toThrow(/phrase group “vague” is missing/);
  });
});
