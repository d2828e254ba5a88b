// Guesses a reply's language among the languages replylint has rules for, or says it cannot tell.
import { createRequire } from 'node:module';
import { primaryTag } from './stemmer.js';

type DetectAll = (text: string, options?: { only?: string[] }) => Array<{ lang: string; accuracy: number }>;

// The detector's data takes longer to load than a pre-commit run of a few templates with `lang:` set
// lasts, so it loads the first time a template does not say its language.
let detector: DetectAll | undefined;
const detectAll: DetectAll = (text, options) => {
  detector ??= (createRequire(import.meta.url)('tinyld') as { detectAll: DetectAll }).detectAll;
  return detector(text, options);
};

/** Fewer letters than this and detectors guess ("Hello Matti" comes out Finnish): better to say "unknown". */
export const MIN_LETTERS = 20;
/** The winner must score at least this many times the runner-up. */
const MIN_LEAD = 3;

/**
 * The candidate `text` is written in, or undefined when the text is too short or the guess too close.
 * Candidates are BCP-47 tags ("fi", "en-GB"); the one returned is the candidate as given.
 */
export function detectLanguage(text: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const byTag = new Map(candidates.map((candidate) => [primaryTag(candidate), candidate]));
  const scores = detectAll(text, { only: [...byTag.keys()] });
  const [first, second] = scores;
  if (!first || first.accuracy <= 0) return undefined;
  if (second && first.accuracy < second.accuracy * MIN_LEAD) return undefined;
  // Limited to the candidates, a detector always names one; a Swedish reply must not come out Finnish.
  const [overall] = detectAll(text);
  if (overall && !byTag.has(overall.lang) && overall.accuracy > first.accuracy) return undefined;
  return byTag.get(first.lang);
}
