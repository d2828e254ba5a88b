// Every rule's README examples are executed: the documentation cannot drift from the behaviour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readRuleExamples } from '../../src/testing/rule-examples.js';
import { RuleTester } from '../../src/testing/rule-tester.js';

const catalog = await loadCatalog();
const tester = new RuleTester(catalog.languages);

describe.each(catalog.rules.map((r) => [r.rule.meta.id, r] as const))('%s README', (id, rule) => {
  const docs = catalog.docsFile(id);
  it('has a README with failing and passing examples', () => {
    expect(docs).toBeDefined();
    const examples = readRuleExamples(readFileSync(docs!, 'utf8'));
    expect(examples.some((e) => e.expect === 'fails')).toBe(true);
    expect(examples.some((e) => e.expect === 'passes')).toBe(true);
  });
  if (!docs) return;
  for (const example of readRuleExamples(readFileSync(docs, 'utf8'))) {
    const label = `${example.format} ${example.expect} lang=${example.lang ?? '?'}${example.kind ? ` kind=${example.kind}` : ''} (README line ${example.line})`;
    it(label, () => {
      const front = example.format === 'md' && example.kind ? `---\nkind: ${example.kind}\n---\n` : '';
      const text = front + example.text;
      const path = example.format === 'md' ? 'example.md' : 'example.yaml';
      const messages = tester.lint(rule, text, { path, lang: example.lang, options: example.options as never });
      expect(messages.filter((m) => m.ruleId !== id), 'no parse errors').toEqual([]);
      const own = messages.filter((m) => m.ruleId === id);
      if (example.expect === 'passes') {
        expect(own.map((m) => m.message)).toEqual([]);
        return;
      }
      expect(own).toHaveLength(1);
      if (example.suggested !== undefined) expect(tester.applySuggestion(text, own[0])?.slice(front.length)).toBe(example.suggested);
      if (example.fixed !== undefined) expect(tester.applyFixes(text, own).slice(front.length)).toBe(example.fixed);
    });
  }
});
