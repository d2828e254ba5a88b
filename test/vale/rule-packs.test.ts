import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { createLinter } from '../../src/engine/linter.js';
import type { Rule } from '../../src/engine/rule.js';
import { applyEdits } from '../../src/fix/apply.js';
import { loadRulePacks } from '../../src/vale/load-rule-packs.js';

const { languages } = await loadCatalog();

/** A StylesPath folder with the given `Style/Rule.yml` files. */
function stylesPath(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vale-styles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function lint(rules: Rule[], text: string, path = 'reply.md') {
  const linter = createLinter({ rules: rules.map((rule) => ({ rule, data: new Map() })), languages });
  const config = { lang: 'en', placeholders: [], rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 'warn' as const, options: {} }])) };
  return linter.lintText(text, { path, config });
}

const AVOID = `extends: existence
message: "Avoid '%s'."
level: error
link: https://example.com/avoid
ignorecase: true
tokens:
  - simply
  - just
`;
const SWAP = `extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
ignorecase: true
action:
  name: replace
swap:
  utilize: use
  e-mail: email|mail
`;

describe('loadRulePacks', () => {
  it('loads a StylesPath folder as Style.Rule ids, with severities from level and link as docs', async () => {
    const root = stylesPath({ 'Acme/Avoid.yml': AVOID, 'Acme/Swap.yml': SWAP, 'Acme/Hint.yml': AVOID.replace('level: error', 'level: suggestion'), 'config/vocabularies/x/accept.txt': 'x' });
    const { rules, problems, notices } = await loadRulePacks(['.'], root);
    expect(problems).toEqual([]);
    expect(notices).toEqual([]);
    expect(rules.map((r) => [r.meta.id, r.meta.severity])).toEqual([['Acme.Avoid', 'error'], ['Acme.Hint', 'off'], ['Acme.Swap', 'warn']]);
    expect(rules[0].meta.docs).toBe('https://example.com/avoid');
    expect(rules[2].meta.fixable).toBe(true);
  });

  it('loads one style folder given directly, relative to baseDir', async () => {
    const root = stylesPath({ 'styles/Acme/Avoid.yml': AVOID });
    const { rules } = await loadRulePacks(['styles/Acme'], root);
    expect(rules.map((r) => r.meta.id)).toEqual(['Acme.Avoid']);
  });

  it('skips rules of unsupported types with one notice naming the file', async () => {
    const root = stylesPath({ 'Acme/Spell.yml': 'extends: spelling\nmessage: "%s"\n', 'Acme/Seq.yml': 'extends: sequence\nmessage: x\n', 'Acme/Avoid.yml': AVOID });
    const { rules, notices, problems } = await loadRulePacks(['.'], root);
    expect(problems).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(notices).toEqual([
      { file: 'Acme/Seq.yml', message: expect.stringContaining('“sequence” is not supported') },
      { file: 'Acme/Spell.yml', message: expect.stringContaining('“spelling” is not supported') },
    ]);
  });

  it('reports broken rules as problems with file and line: bad YAML, missing keys, unknown keys, refused patterns', async () => {
    const root = stylesPath({
      'Acme/Yaml.yml': 'extends: existence\nmessage: [unclosed\n',
      'Acme/NoMessage.yml': 'extends: existence\ntokens: [a]\n',
      'Acme/Typo.yml': 'extends: existence\nmessage: x\ntokenz: [a]\n',
      'Acme/Redos.yml': 'extends: existence\nmessage: x\ntokens: ["(a+)+b"]\n',
      'Acme/Unknown.yml': 'extends: grammar\nmessage: x\n',
    });
    const { rules, problems } = await loadRulePacks(['.'], root);
    expect(rules).toEqual([]);
    const of = (file: string) => problems.filter((p) => p.file === file).map((p) => p.message).join('\n');
    expect(problems.find((p) => p.file === 'Acme/Yaml.yml')).toMatchObject({ line: expect.any(Number), message: expect.stringContaining('not valid YAML') });
    expect(of('Acme/NoMessage.yml')).toContain('`message` is missing');
    expect(of('Acme/Typo.yml')).toContain('unknown key “tokenz”');
    expect(of('Acme/Redos.yml')).toMatch(/“\(a\+\)\+b”: refused: .*exponential/);
    expect(of('Acme/Unknown.yml')).toContain('unknown check type “grammar”');
  });

  it('reports a missing folder as a problem', async () => {
    const { problems } = await loadRulePacks(['nope'], tmpdir());
    expect(problems).toEqual([{ file: 'nope', message: 'rule pack folder not found' }]);
  });
});

describe('Vale rules in the engine', async () => {
  const root = stylesPath({ 'Acme/Avoid.yml': AVOID, 'Acme/Swap.yml': SWAP });
  const { rules } = await loadRulePacks(['.'], root);

  it('reports at file positions, after front matter, with the Vale message', () => {
    const result = lint(rules, '---\ntitle: Hi\n---\nHi,\n\nYou can simply restart.\n');
    expect(result.messages).toMatchObject([{ ruleId: 'Acme.Avoid', message: "Avoid 'simply'.", line: 6, column: 9, endColumn: 15 }]);
  });

  it('turns a one-option swap into a fix and keeps a capital at the start of a sentence', () => {
    const text = 'Utilize the app and utilize it.\n';
    const result = lint(rules, text);
    expect(result.messages.map((m) => m.message)).toEqual(["Use 'use' instead of 'Utilize'.", "Use 'use' instead of 'utilize'."]);
    expect(applyEdits(text, result.messages.map((m) => m.fix!)).output).toBe('Use the app and use it.\n');
  });

  it('turns a swap with several options into suggestions, one per option', () => {
    const [m] = lint(rules, 'Send an e-mail.\n').messages;
    expect(m.fix).toBeUndefined();
    expect(m.message).toBe("Use 'email' or 'mail' instead of 'e-mail'.");
    expect(m.suggestions?.map((s) => s.desc)).toEqual(['Replace with “email”', 'Replace with “mail”']);
  });

  it('never matches inside a placeholder or a web address', () => {
    const text = 'Hi {{ just.name }}, see https://example.com/just/simply and {{utilize}}.\n';
    expect(lint(rules, text).messages).toEqual([]);
  });

  it('matches in a YAML macro body at the right place', () => {
    const text = '- title: Restart\n  body: |\n    Hello,\n    just restart it.\n';
    expect(lint(rules, text, 'macros.yaml').messages).toMatchObject([{ ruleId: 'Acme.Avoid', line: 4, column: 5 }]);
  });
});

describe('check types on reply text', () => {
  const load = async (yaml: string) => {
    const { rules, problems } = await loadRulePacks(['.'], stylesPath({ 'T/R.yml': yaml }));
    expect(problems).toEqual([]);
    return (text: string) => lint(rules, text).messages.map((m) => `${m.line}:${m.column} ${m.message}`);
  };

  it('occurrence: too many commas in a sentence', async () => {
    const run = await load('extends: occurrence\nmessage: "More than 2 commas (%d)"\nscope: sentence\nmax: 2\ntoken: ","\n');
    expect(run('A, b, c, d. A, b.\n')).toEqual(['1:2 More than 2 commas (3)']);
  });

  it('repetition: the same word twice in one sentence, not across sentences', async () => {
    const run = await load("extends: repetition\nmessage: \"'%s' is repeated\"\nalpha: true\nignorecase: true\ntokens: ['[^\\s.!?]+']\n");
    expect(run('Check the the box. Done. Done\n')).toEqual(["1:7 'the' is repeated"]);
  });

  it('consistency: both spellings in one reply', async () => {
    const run = await load("extends: consistency\nmessage: \"Inconsistent spelling of '%s'\"\nignorecase: true\neither:\n  color: colour\n");
    expect(run('The color.\n\nThe colour.\n')).toEqual(["3:5 Inconsistent spelling of 'colour'"]);
    expect(run('The color and the color.\n')).toEqual([]);
  });

  it('conditional: an acronym without its definition', async () => {
    const run = await load("extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\nsecond: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\nexceptions: [FAQ]\n");
    expect(run('Our Service Level Agreement (SLA) covers SLA and FAQ but not ETA.\n')).toEqual(["1:62 'ETA' has no definition"]);
  });

  it('capitalization: a sentence-case paragraph', async () => {
    const run = await load("extends: capitalization\nmessage: \"'%s' should be sentence-cased\"\nscope: paragraph\nmatch: $sentence\n");
    expect(run('This Is Not Right\n\nThis is right\n')).toEqual(["1:1 'This Is Not Right' should be sentence-cased"]);
  });

  it('metric: a formula over the reply counts, reported at its first line', async () => {
    const run = await load('extends: metric\nmessage: "Sentences average %s words"\nformula: words / sentences\ncondition: "> 5"\n');
    expect(run('One two three four five six seven.\n')).toEqual(['1:1 Sentences average 7.00 words']);
    expect(run('Short one. Short two.\n')).toEqual([]);
  });
});

describe('scopes by block kind', () => {
  const rule = (scope: string) => `extends: existence\nmessage: "Found '%s'."\nignorecase: true\nscope: ${scope}\ntokens:\n  - foo\n`;
  const text = '# Foo heading\n\nA foo paragraph.\n\n- a foo item\n\n> a foo quote\n';
  const lines = async (scope: string) => {
    const { rules } = await loadRulePacks([stylesPath({ 'S/R.yml': rule(scope) })], '/');
    return lint(rules, text).messages.map((m) => m.line);
  };

  it('heading, list and blockquote select those blocks; text selects all; ~heading all but headings', async () => {
    expect(await lines('heading')).toEqual([1]);
    expect(await lines('heading.h1')).toEqual([1]);
    expect(await lines('heading.h2')).toEqual([]);
    expect(await lines('list')).toEqual([5]);
    expect(await lines('blockquote')).toEqual([7]);
    expect(await lines('text')).toEqual([1, 3, 5, 7]);
    expect(await lines('~heading')).toEqual([3, 5, 7]);
    // A sentence scope reads sentences, once each, not their blocks as well.
    expect(await lines('sentence')).toEqual([1, 3, 5, 7]);
  });

  it('capitalization checks headings: a heading in title case breaks $sentence', async () => {
    const { rules } = await loadRulePacks([stylesPath({ 'S/Headings.yml': 'extends: capitalization\nmessage: "\'%s\' should use sentence-style capitalization."\nscope: heading\nmatch: $sentence\n' })], '/');
    const messages = lint(rules, '# Getting Started With Billing\n\nThis Paragraph Is Not A Heading.\n\n## Refunds and returns\n').messages;
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(["1:3 'Getting Started With Billing' should use sentence-style capitalization."]);
  });
});
