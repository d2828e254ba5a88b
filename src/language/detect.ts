// Guesses a reply's language among the languages replylint has rules for, or says it cannot tell.
import { detectAll } from 'tinyld';
import { primaryTag } from './stemmer.js';

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
