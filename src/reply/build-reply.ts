// Assembles the Reply that rules see from rendered text, metadata and the reply language's resources.
import type { PhraseList, PhraseMatch } from '../language/phrase-list.js';
import type { ReplyKind } from '../parse/types.js';
import { identityStem } from '../language/stemmer.js';
import { segmentWords } from '../language/words.js';
import type { ReplyText } from './extract-text.js';
import { findParts, splitLines, tokenRange } from './parts.js';
import { isAgentName, placeholderName } from './placeholders.js';
import type { Span } from './span.js';
import type { Placeholder, Register, Reply, Sentence, Token } from './types.js';

/** What the reply stage needs of a language: its stemmer and the phrase lists that find a reply's parts. */
export interface ReplyLanguage {
  stem: (lowerWord: string) => string;
  greetings?: PhraseList;
  closings?: PhraseList;
  /** Words that make a signature a team or company rather than a person. */
  teamWords?: PhraseList;
  formal?: PhraseList;
  informal?: PhraseList;
}

export interface ReplyInput {
  text: ReplyText;
  lang: string;
  kind: ReplyKind;
  title?: string;
  tags: readonly string[];
  platform?: string;
  language?: ReplyLanguage;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = sentenceSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'unknown' ? 'en' : lang, { granularity: 'sentence' });
    sentenceSegmenters.set(lang, s);
  }
  return s;
}

/**
 * Sentences of each block, found in one pass of the segmenter over the whole text (perf: a segmenter call
 * per block cost twice as much). Blocks are always parted by a blank line, after which the segmenter
 * always breaks, so a sentence never spans two blocks; each is clipped to its block all the same.
 */
export function sentenceSpans(masked: string, blocks: readonly Span[], lang: string): Array<Span & { block: number }> {
  const out: Array<Span & { block: number }> = [];
  if (blocks.length === 0) return out;
  const from = blocks[0]!.start;
  const to = blocks[blocks.length - 1]!.end;
  let block = 0;
  for (const seg of sentenceSegmenter(lang).segment(masked.slice(from, to))) {
    const segStart = from + seg.index;
    const segEnd = segStart + seg.segment.length;
    while (block < blocks.length && blocks[block]!.end <= segStart) block += 1;
    for (let b = block; b < blocks.length && blocks[b]!.start < segEnd; b++) {
      let start = Math.max(segStart, blocks[b]!.start);
      let end = Math.min(segEnd, blocks[b]!.end);
      while (start < end && /\s/.test(masked[start]!)) start += 1;
      while (end > start && /\s/.test(masked[end - 1]!)) end -= 1;
      if (end > start) out.push({ start, end, block: b });
    }
  }
  return out;
}

const overlaps = (spans: readonly Span[], start: number, end: number) => spans.some((s) => start < s.end && end > s.start);

export function buildReply(input: ReplyInput): Reply {
  const { text: rendered, lang, language } = input;
  const { text, masked, blocks } = rendered;
  const stem = language?.stem ?? identityStem;

  const sentenceList = sentenceSpans(masked, blocks, lang);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  sentenceList.forEach((s, index) => {
    const tokenStart = tokens.length;
    for (const w of segmentWords(masked, lang, s.start, s.end)) {
      if (overlaps(rendered.ignored, w.start, w.end)) continue;
      const lower = w.text.toLowerCase();
      tokens.push({ text: w.text, lower, stem: stem(lower), start: w.start, end: w.end, sentence: index });
    }
    sentences.push({ start: s.start, end: s.end, block: s.block, tokenStart, tokenEnd: tokens.length });
  });

  const placeholders: Placeholder[] = rendered.placeholders.map((p) => {
    const raw = text.slice(p.start, p.end);
    const name = placeholderName(raw);
    return { start: p.start, end: p.end, raw, name, agentName: isAgentName(name, input.platform, raw) };
  });

  const lines = splitLines(text, blocks);
  const parts = findParts(text, lines, tokens, language ?? {});
  const register = detectRegister(tokens, language);

  const matchAll = (list: PhraseList, within?: Span): PhraseMatch[] => {
    const [from, to] = within ? tokenRange(tokens, within) : [0, tokens.length];
    return list.matchAll(tokens, from, to);
  };

  return {
    text,
    lang,
    kind: input.kind,
    title: input.title,
    tags: input.tags,
    platform: input.platform,
    register,
    tokens,
    sentences,
    lines,
    blocks,
    placeholders,
    parts,
    find: (list, within) => matchAll(list, within)[0],
    findAll: matchAll,
    sentenceAt(offset) {
      return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.find((s) => offset <= s.end);
    },
    slice: (s) => text.slice(s.start, s.end),
  };
}

/** sinä or te: whichever form the reply uses more; informal when it uses neither. */
function detectRegister(tokens: readonly Token[], language: ReplyLanguage | undefined): Register {
  if (!language?.formal || !language.informal) return 'informal';
  const formal = language.formal.matchAll(tokens).length;
  const informal = language.informal.matchAll(tokens).length;
  return formal > informal ? 'formal' : 'informal';
}
