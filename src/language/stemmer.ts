// Loads one Snowball stemmer per language on demand and wraps it with the word-shape rules the stemmers miss.

/** Maps a lower-cased word to its stem. */
export type Stem = (lowerWord: string) => string;

interface StemmerModule {
  stemmer(word: string): string;
}

/** BCP-47 primary tag → how to load its stemmer. Adding a language is one line here. */
const STEMMERS: Readonly<Record<string, () => Promise<StemmerModule>>> = {
  fi: () => import('@orama/stemmers/finnish'),
  en: () => import('@orama/stemmers/english'),
  sv: () => import('@orama/stemmers/swedish'),
  de: () => import('@orama/stemmers/german'),
  nl: () => import('@orama/stemmers/dutch'),
  da: () => import('@orama/stemmers/danish'),
  no: () => import('@orama/stemmers/norwegian'),
  nb: () => import('@orama/stemmers/norwegian'),
  fr: () => import('@orama/stemmers/french'),
  es: () => import('@orama/stemmers/spanish'),
  it: () => import('@orama/stemmers/italian'),
  pt: () => import('@orama/stemmers/portuguese'),
};

/** Endings written after an apostrophe that the stemmer would otherwise keep ("customer's" → "customer'"). */
const APOSTROPHE_SUFFIX: Readonly<Record<string, RegExp>> = {
  en: /['’]s$/,
};

// Finnish inflects acronyms and numbers after a colon ("SLA:n", "RMA:ta"); the segmenter keeps them as one word.
const COLON_SUFFIX = /^(.+?):\p{L}+$/u;
// Stems of one word never change, and replies repeat words; a bound keeps a long run from growing without end.
const MEMO_LIMIT = 50_000;

const loaded = new Map<string, Stem>();
const loading = new Map<string, Promise<Stem>>();

/** The primary language subtag, lower-cased: "fi-FI" → "fi". */
export const primaryTag = (lang: string): string => lang.split(/[-_]/)[0]!.toLowerCase();

/** Wraps a raw stemmer with the colon and apostrophe rules and a memo. */
export function makeStem(raw: (word: string) => string, lang = ''): Stem {
  const apostrophe = APOSTROPHE_SUFFIX[primaryTag(lang)];
  const memo = new Map<string, string>();
  return (lowerWord) => {
    const known = memo.get(lowerWord);
    if (known !== undefined) return known;
    let word = COLON_SUFFIX.exec(lowerWord)?.[1] ?? lowerWord;
    if (apostrophe) word = word.replace(apostrophe, '');
    const stem = word === '' ? lowerWord : raw(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lowerWord, stem);
    return stem;
  };
}

/** The stem used when a language has no stemmer: the word itself, minus a colon inflection. */
export const identityStem: Stem = makeStem((word) => word);

/** Loads (once) the stemmer for `lang`; a language without one gets `identityStem`. */
export function loadStemmer(lang: string): Promise<Stem> {
  const tag = primaryTag(lang);
  const ready = loaded.get(tag);
  if (ready) return Promise.resolve(ready);
  const load = STEMMERS[tag];
  if (!load) return Promise.resolve(identityStem);
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then((module) => {
      const stem = makeStem(module.stemmer, tag);
      loaded.set(tag, stem);
      loading.delete(tag);
      return stem;
    });
    loading.set(tag, pending);
  }
  return pending;
}

/** The stemmer for `lang` once `loadStemmer` has loaded it; `identityStem` for a language without one. */
export function getLoadedStemmer(lang: string): Stem | undefined {
  const tag = primaryTag(lang);
  return loaded.get(tag) ?? (tag in STEMMERS ? undefined : identityStem);
}

/** Whether a stemmer is known for `lang` (others stem to the word itself). */
export function hasStemmer(lang: string): boolean {
  return primaryTag(lang) in STEMMERS;
}
