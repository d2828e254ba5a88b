// Splits text into words as Intl.Segmenter sees them, with their UTF-16 offsets.

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * A word: letters, marks, digits, joined by an apostrophe, colon or dot between two of them, as Unicode's
 * word-break rules (UAX #29) join them ("SLA:n", "don't", "e.g", "1.5"). Intl.Segmenter implements those
 * rules but costs twenty times as much on every reply; for the scripts replylint has data for, this is
 * the same split.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.'’:][\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * The words of text[from, to), offsets in `text`. "SLA:n" and "don't" are one word each;
 * "2-tason" and "e-mail" are two, as in every reply, so patterns are split the same way.
 */
export function segmentWords(text: string, _lang: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    words.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return words;
}
