// Splits text into words as Intl.Segmenter sees them, with their UTF-16 offsets.

export interface Word {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      // "unknown" and other non-BCP-47 tags: the root rules split words the same way for our languages.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * The words of text[from, to), offsets in `text`. "SLA:n" and "don't" are one word each;
 * "2-tason" and "e-mail" are two, as in every reply, so patterns are split the same way.
 */
export function segmentWords(text: string, lang: string, from = 0, to = text.length): Word[] {
  const slice = text.slice(from, to);
  const words: Word[] = [];
  for (const segment of segmenterFor(lang).segment(slice)) {
    if (!segment.isWordLike) continue;
    const start = from + segment.index;
    words.push({ text: segment.segment, start, end: start + segment.segment.length });
  }
  return words;
}
