import { describe, it, expect, beforeAll } from 'vitest';
import {
  compilePhraseList,
  isPhraseListError,
  makeTokens,
  withChanges,
  type CompiledPhraseList,
  type PhraseListError,
} from '../../src/language/phrase-list.js';
import { loadStemmer, type Stem } from '../../src/language/stemmer.js';
import type { Token } from '../../src/reply/types.js';

let fi: Stem;
let en: Stem;
beforeAll(async () => {
  fi = await loadStemmer('fi');
  en = await loadStemmer('en');
});

function list(raw: unknown, lang = 'fi'): CompiledPhraseList {
  const compiled = compilePhraseList('test', lang, raw, lang === 'fi' ? fi : en);
  if (isPhraseListError(compiled)) throw new Error(compiled.message);
  return compiled;
}

function error(raw: unknown): PhraseListError {
  const compiled = compilePhraseList('jargon', 'fi', raw, fi);
  if (!isPhraseListError(compiled)) throw new Error('expected an error');
  return compiled;
}

/** Tokens with sentences numbered at each ".", "!" or "?" as the reply builder would. */
function tokens(text: string, lang = 'fi'): Token[] {
  const out = makeTokens(text, lang, lang === 'fi' ? fi : en);
  for (const token of out) token.sentence = (text.slice(0, token.start).match(/[.!?]/g) ?? []).length;
  return out;
}

const found = (raw: unknown, text: string, lang = 'fi') =>
  list(raw, lang)
    .matchAll(tokens(text, lang))
    .map((m) => text.slice(m.start, m.end));

describe('compilePhraseList: Finnish inflection', () => {
  it('matches every form of kiittää with a prefix pattern', () => {
    expect(found(['kiit*'], 'Kiitos! Kiitoksia paljon. Kiitämme tästä ja haluamme kiittää.')).toEqual([
      'Kiitos',
      'Kiitoksia',
      'Kiitämme',
      'kiittää',
    ]);
  });

  it('matches inflected forms of a word by stem, not other words', () => {
    expect(found(['tiketti'], 'Tikettisi on auki. Tiketin numero on sama kuin tiketti. Tikkari ei.')).toEqual([
      'Tikettisi',
      'Tiketin',
      'tiketti',
    ]);
  });

  it('matches pahoittelen, pahoittelemme and pahoittelut with one prefix', () => {
    expect(found(['pahoittel*'], 'Pahoittelen. Pahoittelemme viivettä. Pahoittelut!')).toEqual([
      'Pahoittelen',
      'Pahoittelemme',
      'Pahoittelut',
    ]);
  });

  it('matches a colon-inflected acronym by its base ("SLA" finds "SLA:n")', () => {
    expect(found(['SLA'], 'SLA:n mukaan vastaamme. SLA on 24 h.')).toEqual(['SLA:n', 'SLA']);
  });

  it('matches a digit-hyphen word as the two tokens it is split into', () => {
    const text = 'Siirrämme asian 2-tason tuelle.';
    expect(found(['2-tason'], text)).toEqual(['2-tason']);
    expect(list(['2-tason']).matchAll(tokens(text))[0]).toMatchObject({ tokenStart: 2, tokenEnd: 4 });
  });
});

describe('compilePhraseList: English', () => {
  it('matches plurals and past tenses by stem', () => {
    expect(found(['ticket', 'escalate'], 'Your tickets were escalated.', 'en')).toEqual(['tickets', 'escalated']);
  });
});

describe('compilePhraseList: pattern marks', () => {
  it('= matches only the exact form, case-insensitively', () => {
    expect(found(['=voit'], 'Voit tulla. Voitte tulla. voit.')).toEqual(['Voit', 'voit']);
  });

  it('? makes a word optional and the longer reading wins', () => {
    expect(found(['=kiitos =paljon?'], 'Kiitos paljon! Kiitos.')).toEqual(['Kiitos paljon', 'Kiitos']);
  });

  it('… skips up to three words between two words, and no more', () => {
    const raw = ['pyydämme … anteeksi'];
    expect(found(raw, 'Pyydämme anteeksi.')).toEqual(['Pyydämme anteeksi']);
    expect(found(raw, 'Pyydämme vilpittömästi ja nöyrästi anteeksi.')).toEqual(['Pyydämme vilpittömästi ja nöyrästi anteeksi']);
    expect(found(raw, 'Pyydämme tätä kovasti ja nöyrästi anteeksi.')).toEqual([]);
    expect(found(['pyydämme ... anteeksi'], 'Pyydämme kovasti anteeksi.')).toEqual(['Pyydämme kovasti anteeksi']);
  });

  it('a|b matches either alternative, each with its own marks', () => {
    expect(found(['=hyvää =päivää|huomen*'], 'Hyvää päivää. Hyvää huomenta. Hyvää iltaa.')).toEqual([
      'Hyvää päivää',
      'Hyvää huomenta',
    ]);
  });

  it('alternatives may differ in length', () => {
    expect(found(['e-mail|sähköposti'], 'Lähetä e-mail tai sähköposti.')).toEqual(['e-mail', 'sähköposti']);
  });

  it('case: true tells an acronym from the common word', () => {
    const raw = [{ match: 'SLA', case: true }];
    expect(found(raw, 'SLA:n mukaan. Sla on eri. sla ei.')).toEqual(['SLA:n']);
    expect(found([{ match: '=IT', case: true }], 'IT-tuki vastaa. It works.', 'en')).toEqual(['IT']);
  });

  it('case: true applies to prefixes too', () => {
    expect(found([{ match: 'API*', case: true }], 'APIt ja apina.')).toEqual(['APIt']);
  });
});

describe('compilePhraseList: which matches', () => {
  it('never matches across a sentence boundary', () => {
    expect(found(['ystävällisin terveisin'], 'Olemme ystävällisin. Terveisin Matti.')).toEqual([]);
    expect(found(['pyydämme … anteeksi'], 'Pyydämme. Anteeksi.')).toEqual([]);
  });

  it('returns leftmost-longest non-overlapping matches, the first entry winning a tie', () => {
    const l = list(['terveisin', 'ystävällisin terveisin', { match: 'ystävällisin terveisin', note: 'second' }]);
    const text = 'Ystävällisin terveisin terveisin';
    const matches = l.matchAll(tokens(text));
    expect(matches.map((m) => [m.tokenStart, m.tokenEnd, m.pattern])).toEqual([
      [0, 2, 'ystävällisin terveisin'],
      [2, 3, 'terveisin'],
    ]);
    expect(matches[0]!.entry).toBe(l.entries[1]);
  });

  it('gives back the entry data and the pattern that matched', () => {
    const l = list([{ match: ['tiketti', 'tiketöidä'], replacement: 'asia', reason: 'jargon' }]);
    const [match] = l.matchAll(tokens('Tikettisi on auki.'));
    expect(match!.entry).toMatchObject({ replacement: 'asia', reason: 'jargon' });
    expect(match!.pattern).toBe('tiketti');
    expect([match!.start, match!.end]).toEqual([0, 9]);
  });

  it('matches only inside tokens[from, to)', () => {
    const t = tokens('tiketti tiketti tiketti');
    expect(list(['tiketti']).matchAll(t, 1, 2).map((m) => m.tokenStart)).toEqual([1]);
  });

  it('costs the same for 5,000 phrases as for 80', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `sana${i.toString(36)}x`);
    const shapes = (w: string, i: number) =>
      i % 4 === 0 ? `${w}*` : i % 4 === 1 ? `=${w} toinen` : i % 4 === 2 ? `${w} … loppu` : `${w}|muu${i}`;
    const raw = words.map(shapes);
    const text =
      'Hei Matti, kiitos viestistäsi. Tikettisi on siirretty 2-tason tukeen SLA:n mukaisesti ja pahoittelemme viivettä. ' +
      'Sana0x toinen on mukana, samoin sana1x ja sana2x jotain loppu. Ystävällisin terveisin, asiakaspalvelu.';
    const small = list([...raw.slice(0, 80), 'tiketti', 'pahoittel*']);
    const large = list([...raw, 'tiketti', 'pahoittel*']);
    const t = tokens(text);
    const a = small.matchAllCounted(t);
    const b = large.matchAllCounted(t);
    expect(b.matches.map((m) => m.pattern)).toEqual(a.matches.map((m) => m.pattern));
    expect(a.matches.length).toBeGreaterThan(3);
    expect(b.steps).toBeLessThan(a.steps * 1.5);
  });
});

describe('compilePhraseList: bad entries', () => {
  it('says what is wrong with each bad entry instead of throwing', () => {
    const result = error(['hyvä', 42, { reason: 'no match' }, { match: [] }, { match: 'x', case: 'yes' }, '']);
    expect(result.problems.map((p) => p.index)).toEqual([1, 2, 3, 4, 5]);
    expect(result.message).toContain('phrase list "jargon" (fi)');
    expect(result.message).toContain('entry 3: the entry has no "match"');
  });

  it('rejects a group that is not a list', () => {
    expect(error({ match: 'x' }).message).toContain('expected a list of patterns, found an object');
    expect(error(null).message).toContain('found null');
  });

  it.each([
    ['a||b', 'alternative is empty'],
    ['=kiit*', 'both exact'],
    ['ki*it', 'not inside it'],
    ['a?', 'at least one word'],
    ['anteeksi…', 'as a word of its own'],
    ['!!', 'holds no word'],
  ])('rejects the pattern %s', (pattern, message) => {
    const result = error(['ok', pattern]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 1, pattern });
    expect(result.problems[0]!.message).toContain(message);
  });

  it('rejects a pattern whose alternatives multiply past the limit', () => {
    expect(error(['a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b']).message).toContain('too many combinations');
  });
});

describe('withChanges', () => {
  it('adds entries in the phrase file shape', () => {
    const changed = withChanges(list(['tiketti']), { add: [{ match: 'kiit*', reason: 'team' }] });
    if (isPhraseListError(changed)) throw new Error(changed.message);
    expect(changed.matchAll(tokens('Kiitos tiketistä')).map((m) => m.pattern)).toEqual(['kiit*', 'tiketti']);
  });

  it('allow drops the patterns matching an allowed word, and entries left without one', () => {
    const base = list([{ match: ['tiketti', 'tiketöidä'] }, 'SLA', 'kiit*']);
    const changed = withChanges(base, { allow: ['tiketti', 'Kiitos'] });
    if (isPhraseListError(changed)) throw new Error(changed.message);
    expect(changed.entries.map((e) => e.match)).toEqual([['tiketöidä'], ['SLA']]);
    expect(changed.matchAll(tokens('Tiketti, kiitos, SLA:n'))).toHaveLength(1);
  });

  it('allow of a phrase drops only patterns covering all of it', () => {
    const changed = withChanges(list(['ystävällisin terveisin', 'terveisin']), { allow: ['ystävällisin terveisin'] });
    if (isPhraseListError(changed)) throw new Error(changed.message);
    expect(changed.entries.map((e) => e.match[0])).toEqual(['terveisin']);
  });

  it('returns the error of a bad addition', () => {
    const changed = withChanges(list(['tiketti']), { add: ['a||b'] });
    expect(isPhraseListError(changed) && changed.problems[0]!.message).toContain('alternative is empty');
  });
});

describe('makeTokens', () => {
  it('gives text, lower form, stem and offsets', () => {
    expect(makeTokens('Tikettisi SLA:n', 'fi', fi)).toEqual([
      { text: 'Tikettisi', lower: 'tikettisi', stem: fi('tiketti'), start: 0, end: 9, sentence: 0 },
      { text: 'SLA:n', lower: 'sla:n', stem: 'sla', start: 10, end: 15, sentence: 0 },
    ]);
  });
});
