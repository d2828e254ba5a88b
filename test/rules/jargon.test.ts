// The jargon rule: its fixtures, its fixes and suggestions, its options and the shape of its word lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import jargon from '../../rules/jargon/index.js';

const RULE_DIR = 'rules/jargon';
const FIXTURES = 'fixtures/rules/jargon';

const catalog = await loadCatalog();
const stems = new Map([
  ['fi', await loadStemmer('fi')],
  ['en', await loadStemmer('en')],
]);
const rule = prepareRule(jargon as unknown as Rule, RULE_DIR, stems);
const tester = new RuleTester(catalog.languages);

const lint = (text: string, lang: string, options: Record<string, unknown> = {}, path = 'reply.md') =>
  tester.lint(rule, text, { path, lang, options: options as never });
const reply = (lang: string, body: string, name = lang === 'fi' ? 'Johanna' : 'Jane') =>
  `${lang === 'fi' ? 'Hei Matti,' : 'Hi Sam,'}\n\n${body}\n\n${lang === 'fi' ? 'Terveisin,' : 'Best regards,'}\n${name}\n`;
const terms = (text: string, lang: string, options?: Record<string, unknown>) =>
  lint(text, lang, options).map((d) => text.slice(d.offset, d.endOffset));

describe('jargon fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => /^(valid|invalid)-.*\.(md|yaml)$/.test(f)).sort();

  it('has at least 25 failing and 25 passing templates', () => {
    expect(files.filter((f) => f.startsWith('invalid-')).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('valid-')).length).toBeGreaterThanOrEqual(25);
  });

  for (const file of files) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    it(`${file} reports ${file.startsWith('valid-') ? 'nothing' : 'what its expected file lists'}`, () => {
      const messages = tester.lint(rule, text, { path: file });
      expect(messages.filter((m) => m.ruleId !== 'jargon'), 'no parse errors').toEqual([]);
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`);
      const expectedFile = join(FIXTURES, file.replace(/\.(md|yaml)$/, '.expected.txt'));
      const expected = file.startsWith('valid-') ? [] : readFileSync(expectedFile, 'utf8').trim().split('\n');
      expect(actual).toEqual(expected);
    });
  }
});

describe('jargon matching', () => {
  it('finds inflected Finnish forms of one entry', () => {
    const text = reply('fi', 'Kirjasin tiketin. Tikettisi on jonossa, ja vastaus tulee tiketistäsi huomenna.');
    expect(terms(text, 'fi')).toEqual(['tiketin', 'Tikettisi', 'tiketistäsi']);
  });

  it('finds inflected acronyms and verb forms the stemmer misses', () => {
    const text = reply('fi', 'Eskaloimme asian, ja vastaamme SLA:n mukaisesti.');
    expect(terms(text, 'fi')).toEqual(['Eskaloimme', 'SLA:n']);
  });

  it('finds the forms of a verb, not other words that share its first letters', () => {
    const text = reply('fi', 'Eskaloin asian eilen, ja eskalointi näkyy jo. Eskalaattori ja eskalaattoreiden kaiteet on korjattu.');
    expect(terms(text, 'fi')).toEqual(['Eskaloin', 'eskalointi']);
  });

  it('never matches inside placeholders, URLs or inline code', () => {
    const text = reply('en', 'Your reference is {{ticket.id}}. Track it at https://help.example.com/tickets/1 or use `ticket_id` in the API.');
    expect(terms(text, 'en')).toEqual([]);
  });

  it('leaves a customer’s own ticket alone: travel and event tickets are not jargon', () => {
    expect(terms(reply('en', 'Your train ticket and both concert tickets have been refunded.'), 'en')).toEqual([]);
    expect(terms(reply('en', 'I have updated your ticket.'), 'en')).toEqual(['ticket']);
  });

  it('leaves “tickets” alone in a reply about an event, where they are the customer’s own', () => {
    expect(terms(reply('en', 'You can pass the tickets on to a friend, and the venue will let them in.'), 'en')).toEqual([]);
    expect(terms(reply('en', 'You can pass the tickets on to a friend.'), 'en')).toEqual(['tickets']);
  });

  it('underlines only the term of a phrase with context words', () => {
    expect(terms(reply('en', 'We will action your refund today.'), 'en')).toEqual(['action']);
    expect(terms(reply('en', 'No action is needed from you.'), 'en')).toEqual([]);
  });
});

describe('jargon fixes and suggestions', () => {
  it('fixes a safe swap and keeps a capital at the start of a sentence', () => {
    const text = reply('fi', 'Mikäli paketti ei tule, kerro minulle.');
    const [diagnostic] = lint(text, 'fi');
    expect(diagnostic?.fix?.text).toBe('Jos');
    expect(diagnostic?.suggestions?.map((s) => s.desc)).toEqual(['Replace with “Jos”']);
  });

  it('writes an acronym’s replacement in lower case inside a sentence', () => {
    const text = reply('en', 'A person will answer ASAP.');
    expect(tester.applyFixes(text, lint(text, 'en'))).toBe(reply('en', 'A person will answer as soon as possible.'));
  });

  it('offers every replacement as a suggestion but no fix when the meaning could change', () => {
    const [diagnostic] = lint(reply('fi', 'Loimme sinulle tiketin.'), 'fi');
    expect(diagnostic?.fix).toBeUndefined();
    expect(diagnostic?.suggestions?.map((s) => s.desc)).toEqual(['Replace with “viesti”', 'Replace with “yhteydenotto”', 'Replace with “asia”']);
  });

  it('suggests removing a word that adds nothing, with its space', () => {
    const text = reply('en', 'We hereby confirm your cancellation.');
    const [diagnostic] = lint(text, 'en');
    expect(tester.applySuggestion(text, diagnostic!)).toBe(reply('en', 'We confirm your cancellation.'));
  });
});

describe('jargon options', () => {
  it('allow keeps a built-in term in all its forms', () => {
    const text = reply('fi', 'Tikettisi on auki, ja päivitän tiketin huomenna.');
    expect(terms(text, 'fi', { allow: ['tiketti'] })).toEqual([]);
  });

  it('add reports a team’s own term with its replacement', () => {
    const text = reply('fi', 'Asiakkuutesi tiedot on päivitetty.');
    const [diagnostic] = lint(text, 'fi', { add: { 'asiakkuu*': 'asiakastiedot' } });
    expect(text.slice(diagnostic!.offset, diagnostic!.endOffset)).toBe('Asiakkuutesi');
    expect(diagnostic?.suggestions?.[0]).toEqual({ desc: 'Use “asiakastiedot”, in the form the sentence needs' }); // inflected: advice, not an edit
  });
});

describe('jargon word lists', () => {
  for (const lang of ['fi', 'en']) {
    const entries = (parse(readFileSync(join(RULE_DIR, `${lang}.yaml`), 'utf8')) as { jargon: Array<Record<string, unknown>> }).jargon;
    const terms = entries.filter((e) => e.plain !== true);

    it(`${lang}.yaml has at least 90 entries, each with replacements and a reason`, () => {
      expect(terms.length).toBeGreaterThanOrEqual(90);
      for (const entry of terms) {
        expect(Array.isArray(entry.replace), JSON.stringify(entry.match)).toBe(true);
        expect(typeof entry.reason === 'string' && entry.reason.length > 0, JSON.stringify(entry.match)).toBe(true);
      }
    });

    it(`${lang}.yaml fixes only exact forms, so a swap never breaks an inflected word`, () => {
      for (const entry of terms.filter((e) => e.fix === true)) {
        const words = [entry.match].flat().flatMap((p) => String(p).split(/\s+/)).flatMap((w) => w.split('|'));
        expect(words.every((w) => w.startsWith('=')), JSON.stringify(entry.match)).toBe(true);
      }
    });
  }
});
