import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { compileRegisterMarkers, parseLanguageData, type LanguageData } from '../../src/language/language-data.js';
import { compilePhraseList, isPhraseListError, makeTokens, type PhraseList } from '../../src/language/phrase-list.js';
import { loadStemmer, type Stem } from '../../src/language/stemmer.js';

const read = (lang: string): LanguageData => {
  const data = parseLanguageData(parse(readFileSync(new URL(`../../src/language/data/${lang}.yaml`, import.meta.url), 'utf8')), lang);
  if (typeof data === 'string') throw new Error(data);
  return data;
};

const stems: Record<string, Stem> = {};
beforeAll(async () => {
  stems.fi = await loadStemmer('fi');
  stems.en = await loadStemmer('en');
});

function group(lang: string, name: keyof LanguageData): PhraseList {
  const data = read(lang);
  const list =
    name === 'formalMarkers' || name === 'informalMarkers'
      ? compileRegisterMarkers(name, lang, data[name], name === 'formalMarkers' ? data.formalSuffixes : data.informalSuffixes, stems[lang]!)
      : compilePhraseList(name, lang, data[name], stems[lang]!);
  if (isPhraseListError(list)) throw new Error(list.message);
  return list;
}

const found = (lang: string, name: keyof LanguageData, text: string) =>
  group(lang, name)
    .matchAll(makeTokens(text, lang, stems[lang]!))
    .map((m) => text.slice(m.start, m.end));

describe('the Finnish language data', () => {
  it('finds greetings, closings and team words', () => {
    expect(found('fi', 'greetings', 'Hyvää päivää Matti')).toEqual(['Hyvää päivää']);
    expect(found('fi', 'greetings', 'Hyvä asiakas')).toEqual(['Hyvä']);
    expect(found('fi', 'closings', 'Ystävällisin terveisin')).toEqual(['Ystävällisin terveisin']);
    expect(found('fi', 'closings', 'Yst. terv.')).toEqual(['Yst. terv']);
    expect(found('fi', 'closings', 'Kiitos ja mukavaa viikonloppua')).toEqual(['Kiitos ja mukavaa viikonloppua']);
    expect(found('fi', 'teamWords', 'Asiakaspalvelumme, Esimerkki Oy')).toEqual(['Asiakaspalvelumme', 'Oy']);
    expect(found('fi', 'teamWords', 'Matti Meikäläinen')).toEqual([]);
  });

  it('finds the te-form, including -nne and -tte endings, but not sinne or olisi', () => {
    expect(found('fi', 'formalMarkers', 'Kiitos viestistänne. Voitte olla meihin yhteydessä, jos haluatte.')).toEqual([
      'viestistänne',
      'Voitte',
      'haluatte',
    ]);
    expect(found('fi', 'formalMarkers', 'Menemme sinne ja tänne, jos se olisi mahdollista.')).toEqual([]);
  });

  it('finds the sinä-form, not the te-form that shares its stem', () => {
    expect(found('fi', 'informalMarkers', 'Kiitos viestistäsi! Voit ottaa yhteyttä, ota yhteyttä.')).toEqual([
      'viestistäsi',
      'Voit',
      'ota yhteyttä',
    ]);
    expect(found('fi', 'informalMarkers', 'Voitte olla uusi asiakas tänä vuonna, olisi hienoa.')).toEqual([]);
  });
});

describe('the English language data', () => {
  it('finds greetings, closings and team words', () => {
    expect(found('en', 'greetings', 'Hi there Matti')).toEqual(['Hi there']);
    expect(found('en', 'greetings', 'Good afternoon, Matti')).toEqual(['Good afternoon']);
    expect(found('en', 'closings', 'Best regards')).toEqual(['Best regards']);
    expect(found('en', 'closings', 'Thank you so much')).toEqual(['Thank you so much']);
    expect(found('en', 'closings', 'Yours sincerely')).toEqual(['Yours sincerely']);
    expect(found('en', 'teamWords', 'The Customer Service Team, Example Ltd')).toEqual(['Customer Service', 'Team', 'Ltd']);
  });

  it('finds formal and informal markers', () => {
    expect(found('en', 'formalMarkers', 'Please be advised that we kindly ask you to wait.')).toEqual(['Please be advised', 'kindly']);
    expect(found('en', 'informalMarkers', 'Hey, no worries!')).toEqual(['Hey', 'no worries']);
  });
});

describe('parseLanguageData', () => {
  const valid = { greetings: ['hei'], closings: ['terveisin'], teamWords: [], formalMarkers: [], informalMarkers: [] };

  it('accepts the minimal shape and defaults the suffix lists', () => {
    expect(parseLanguageData(valid)).toMatchObject({ formalSuffixes: [], informalSuffixes: [] });
  });

  it('names a missing group, an unknown group and a bad pattern', () => {
    const { teamWords: _, ...missing } = valid;
    expect(parseLanguageData(missing)).toContain('"teamWords" is missing');
    expect(parseLanguageData({ ...valid, greeting: [] })).toContain('unknown group "greeting"');
    expect(parseLanguageData({ ...valid, closings: ['a||b'] })).toContain('phrase list "closings"');
    expect(parseLanguageData([])).toContain('must be a mapping');
  });

  it('checks suffix rules', () => {
    expect(parseLanguageData({ ...valid, formalSuffixes: [{ suffix: '-nne' }] })).toContain('formalSuffixes entry 1: "suffix" must be letters');
    expect(parseLanguageData({ ...valid, formalSuffixes: [{ suffix: 'nne', minLength: 'six' }] })).toContain('"minLength"');
    expect(parseLanguageData({ ...valid, informalSuffixes: [{ suffix: 'si', expect: [] }] })).toContain('unknown key "expect"');
    expect(parseLanguageData({ ...valid, informalSuffixes: 'si' })).toContain('must be a list');
  });

  it('lower-cases suffixes and exceptions', () => {
    const data = parseLanguageData({ ...valid, formalSuffixes: [{ suffix: 'NNE', minLength: 6, except: ['Tuonne'] }] });
    expect(typeof data !== 'string' && data.formalSuffixes).toEqual([{ suffix: 'nne', minLength: 6, except: ['tuonne'] }]);
  });
});
