// "Did you mean …?" for a misspelt key, rule id, option or value, by edit distance.
import leven from 'leven';

/** Further than this, a name is a different word, not a typo. */
const MAX_DISTANCE = 3;

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Case-insensitive, so `Zendesk` and `NO-NAME` find their lower-case names.
    const distance = leven(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Short words: a distance of 3 would turn any 3-letter word into any other.
  const limit = Math.min(MAX_DISTANCE, Math.max(1, Math.floor(word.length / 2)));
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const match = nearest(word, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
