// Whether a word ends in one of many suffixes, looked up by the word's own endings (one lookup per suffix
// length) rather than by trying every suffix: rules test every token of a reply against lists of compound
// endings (perf, issue 6).

type EndsWithAny = (word: string) => boolean;

const matchers = new WeakMap<object, EndsWithAny>();
const NONE: EndsWithAny = () => false;

/** A test for "ends in one of `suffixes`" (the strings of a data list; anything else matches nothing), made once per list. */
export function endsWithAny(suffixes: unknown): EndsWithAny {
  if (!Array.isArray(suffixes)) return NONE;
  let matcher = matchers.get(suffixes);
  if (!matcher) {
    const set = new Set(suffixes.map(String).filter((suffix) => suffix !== ''));
    const lengths = [...new Set([...set].map((suffix) => suffix.length))];
    matcher = set.size === 0 ? NONE : (word) => lengths.some((length) => length <= word.length && set.has(word.slice(word.length - length)));
    matchers.set(suffixes, matcher);
  }
  return matcher;
}
