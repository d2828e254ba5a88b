import { describe, it, expect } from 'vitest';
import { getLoadedStemmer, identityStem, loadStemmer, makeStem } from '../../src/language/stemmer.js';

describe('loadStemmer', () => {
  it('stems Finnish inflections of one word to one stem', async () => {
    const stem = await loadStemmer('fi');
    expect(new Set(['tiketti', 'tikettisi', 'tiketin'].map(stem)).size).toBe(1);
    expect(stem('pahoittelen')).toBe(stem('pahoittelemme'));
  });

  it('stems English plurals and past tenses', async () => {
    const stem = await loadStemmer('en');
    expect(stem('tickets')).toBe(stem('ticket'));
    expect(stem('escalated')).toBe(stem('escalate'));
  });

  it('uses the primary subtag of a regional tag and returns the cached stemmer', async () => {
    const fi = await loadStemmer('fi');
    expect(await loadStemmer('fi-FI')).toBe(fi);
    expect(getLoadedStemmer('FI')).toBe(fi);
  });

  it('gives the identity stem for a language without a stemmer, also synchronously', async () => {
    const stem = await loadStemmer('xx');
    expect(stem('kissat')).toBe('kissat');
    expect(getLoadedStemmer('xx')).toBe(identityStem);
  });

  it('has nothing synchronous for a known language that was never loaded', () => {
    expect(getLoadedStemmer('pt')).toBeUndefined();
  });

  it('stems the word before a colon inflection ("SLA:n" like "SLA")', async () => {
    const stem = await loadStemmer('fi');
    expect(stem('sla:n')).toBe(stem('sla'));
    expect(stem('rma:ta')).toBe(stem('rma'));
    expect(identityStem('sla:n')).toBe('sla');
  });

  it('drops the English possessive before stemming', async () => {
    const stem = await loadStemmer('en');
    expect(stem("customer's")).toBe(stem('customer'));
    expect(stem('customer’s')).toBe(stem('customers'));
  });

  it('memoizes: the raw stemmer runs once per distinct word', () => {
    let calls = 0;
    const stem = makeStem((word) => {
      calls++;
      return word.slice(0, 3);
    });
    expect([stem('abcd'), stem('abcd'), stem('abce')]).toEqual(['abc', 'abc', 'abc']);
    expect(calls).toBe(2);
  });
});
