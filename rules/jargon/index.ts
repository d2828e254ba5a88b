// A reply uses words customers understand: no help-desk terms, internal abbreviations or officialese.
import { defineRule, type EditBuilder, type SuggestionReport } from '../../src/engine/rule.js';
import type { PhraseList, PhraseMatch } from '../../src/language/phrase-list.js';
import type { Span } from '../../src/reply/span.js';
import type { Reply } from '../../src/reply/types.js';
import { withTeamPhrases } from '../../src/language/team-phrases.js';

type Options = { add: Record<string, string | string[]>; allow: string[]; addFile: string | string[] | null };

const TEAM_REASON: Record<string, string> = { fi: 'Tiiminne on lisännyt tämän sanan listaan.', en: 'Your team added this word to the list.' };

/** `add: {term: replacement}` as phrase entries: the term is the pattern, the replacement the suggestion. */
function teamJargon(list: PhraseList, { add, allow }: Options): PhraseList {
  const reason = TEAM_REASON[list.lang] ?? TEAM_REASON.en;
  const entries = Object.entries(add).map(([match, replace]) => ({ match, replace: [replace].flat(), reason }));
  return withTeamPhrases(list, { add: entries, allow });
}

/** The words of a match that are the term itself: `lead`/`trail` words of the pattern are context. */
function termSpan(reply: Reply, { entry, tokenStart, tokenEnd }: PhraseMatch): Span {
  const lead = Number(entry.lead ?? 0);
  const trail = Number(entry.trail ?? 0);
  const [first, last] = lead + trail < tokenEnd - tokenStart ? [tokenStart + lead, tokenEnd - 1 - trail] : [tokenStart, tokenEnd - 1];
  return { start: reply.tokens[first]!.start, end: reply.tokens[last]!.end };
}

/** True when the text is an inflected form of a one-word pattern ("tikettisi" for "tiket*"): a base-form swap would break the sentence. */
function inflected(term: string, pattern: string): boolean {
  const lower = term.toLowerCase();
  // A prefix pattern ("tiket*") covers the base form and a letter or two more; longer is a case ending.
  if (/^[\p{L}\p{N}-]+\*$/u.test(pattern)) return lower.length > pattern.length + 1;
  const base = pattern.replace(/^=/, '');
  return /^[\p{L}\p{N}-]+$/u.test(base) && base.toLowerCase() !== lower;
}

/** Replaces the term, capitalised when it opens a sentence; an empty replacement removes it with one space. */
function suggestion(reply: Reply, at: Span, text: string, fix: EditBuilder, pattern: string): SuggestionReport {
  const term = reply.slice(at);
  if (text !== '' && inflected(term, pattern)) return { desc: `Use “${text}”, in the form the sentence needs` };
  const sentence = reply.sentenceAt(at.start);
  const opens = !sentence || !/[\p{L}\p{N}]/u.test(reply.text.slice(sentence.start, at.start));
  if (text === '') {
    const after = /^[ \t]*/.exec(reply.text.slice(at.end))![0].length;
    const before = /[ \t]*$/.exec(reply.text.slice(0, at.start))![0].length;
    const range = opens || before === 0 ? { start: at.start, end: at.end + after } : { start: at.start - before, end: at.end };
    return { desc: `Remove “${term}”`, fix: fix.remove(range) };
  }
  const cased = opens && /^\p{Lu}/u.test(term) ? text[0]!.toUpperCase() + text.slice(1) : text;
  return { desc: `Replace with “${cased}”`, fix: fix.replace(at, cased) };
}

export default defineRule<Options>({
  meta: {
    id: 'jargon',
    description: 'Use words customers understand.',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['jargon', 'eventContext'],
    messages: { jargon: 'Replace “{term}”: {reason}' },
    options: { add: {}, allow: [], addFile: null },
  },
  check(reply, { phrases, options, report, fix }) {
    for (const match of reply.findAll(teamJargon(phrases.jargon, options))) {
      if (match.entry.plain === true) continue; // a customer's own phrase ("train ticket") shields its words
      const context = typeof match.entry.unless === 'string' ? phrases[match.entry.unless] : undefined;
      if (context && reply.find(context)) continue; // "tickets" in a reply about a concert are the customer's
      const at = termSpan(reply, match);
      if (/[/#]/.test(reply.text[at.start - 1] ?? '') || reply.text[at.end] === '/') continue; // a link path built from placeholders
      const replace = Array.isArray(match.entry.replace) ? match.entry.replace.map(String) : [];
      const suggest = replace.map((text) => suggestion(reply, at, text, fix, match.pattern));
      const safe = match.entry.fix === true && suggest[0] ? suggest[0].fix : undefined;
      report({ messageId: 'jargon', data: { term: reply.slice(at), reason: String(match.entry.reason ?? '') }, at, fix: safe, suggest });
    }
  },
});
