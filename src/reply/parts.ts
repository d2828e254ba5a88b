// Finds a reply's lines and its parts: greeting, body, closing and the sign-off block.
import type { PhraseList } from '../language/phrase-list.js';
import type { Line, ReplyParts, Token } from './types.js';
import type { Span } from './span.js';

export function splitLines(text: string, blocks: readonly Span[]): Line[] {
  const lines: Line[] = [];
  blocks.forEach((b, block) => {
    let at = b.start;
    while (at <= b.end) {
      let nl = text.indexOf('\n', at);
      if (nl < 0 || nl > b.end) nl = b.end;
      let start = at;
      let end = nl;
      while (start < end && /\s/.test(text[start])) start += 1;
      while (end > start && /\s/.test(text[end - 1])) end -= 1;
      if (end > start) lines.push({ start, end, block });
      at = nl + 1;
    }
  });
  return lines;
}

export interface PartsLanguage {
  greetings?: PhraseList;
  closings?: PhraseList;
}

/** Index range [first, last) of the tokens inside a span, by binary search over sorted tokens. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  const lowerBound = (offset: number, key: 'start' | 'end') => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid][key] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = lowerBound(span.start, 'start');
  let last = lowerBound(span.end, 'start');
  while (last > first && tokens[last - 1].end > span.end) last -= 1;
  return [first, last];
}

const SIGN_OFF_LOOKBACK = 4;

export function findParts(
  text: string,
  lines: readonly Line[],
  tokens: readonly Token[],
  language: PartsLanguage,
): ReplyParts {
  const whole: Span = { start: 0, end: text.length };
  if (lines.length === 0) return { body: whole };
  const startsWith = (list: PhraseList | undefined, line: Line): number | undefined => {
    if (!list) return undefined;
    const [first, last] = tokenRange(tokens, line);
    if (first >= last) return undefined;
    const m = list.matchAll(tokens, first, last)[0];
    return m && m.tokenStart === first ? m.end : undefined;
  };
  const wordCount = (line: Line) => {
    const [first, last] = tokenRange(tokens, line);
    return last - first;
  };

  const first = lines[0];
  const greeting = lines.length > 1 && startsWith(language.greetings, first) !== undefined && wordCount(first) <= 8 ? first : undefined;

  let closingIndex = -1;
  let closingEnd = 0;
  for (let i = lines.length - 1; i >= Math.max(greeting ? 1 : 0, lines.length - SIGN_OFF_LOOKBACK); i -= 1) {
    const end = startsWith(language.closings, lines[i]);
    const line = lines[i];
    const punctuated = /[,!]$/.test(text.slice(line.start, line.end));
    if (end !== undefined && (punctuated || wordCount(line) <= 4 || end === line.end)) {
      closingIndex = i;
      closingEnd = end;
      break;
    }
  }

  const last = lines[lines.length - 1];
  let closing: Span | undefined;
  let signature: Span | undefined;
  if (closingIndex >= 0) {
    const line = lines[closingIndex];
    closing = { start: line.start, end: line.end };
    if (closingIndex < lines.length - 1) {
      signature = { start: lines[closingIndex + 1].start, end: last.end };
    } else {
      // "Best regards, Jane": the name follows the closing on its own line.
      let start = closingEnd;
      while (start < line.end && /[\s,.!–—-]/.test(text[start])) start += 1;
      closing = { start: line.start, end: closingEnd };
      if (start < line.end) signature = { start, end: line.end };
    }
  } else if (last !== greeting && lines.length > 1) {
    signature = { start: last.start, end: last.end };
  }

  const bodyStart = greeting ? greeting.end : 0;
  const bodyEnd = closing ? closing.start : signature ? signature.start : text.length;
  return { greeting: greeting && { start: greeting.start, end: greeting.end }, body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) }, closing, signature };
}
