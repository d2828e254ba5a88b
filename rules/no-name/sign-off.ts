// Finds a reply's sign-off and tells whether it names a person, not only a team or a company.
import type { PhraseList } from '../../src/language/phrase-list.js';
import type { Span } from '../../src/reply/span.js';
import type { Reply } from '../../src/reply/types.js';

/** Name lines are short; a longer line, or a punctuated sentence of three words or more, is prose. */
const MAX_NAME_LINE_WORDS = 6;
/** Without a closing phrase, the sign-off is the run of short lines at the end, up to this many. */
const MAX_SIGN_OFF_LINES = 5;

/** The words that tell names apart: phrase lists plus word endings for compounds (from `<lang>.yaml`). */
export interface NameWords {
  team: PhraseList;
  notNames: PhraseList;
  /** "Asiakaskokemustiimi", "Helpdesk". */
  teamEndings: string[];
  /** "Myyntipäällikkö", "Hämeenkatu", "Kesäterveisin". */
  notNameEndings: string[];
  /** Cases meaning "from the team": "Mikko asiakaspalvelusta". */
  fromEndings: string[];
  /** A team word ending so is followed by a person, not the company: "Verkkokaupan Jaana", not "Team Acme". */
  personAfterEndings: string[];
  /** Words that join two words of one team or company name: "Waste and Recycling Team", "Bank of Scotland". */
  connectors: string[];
}

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;
/** Indexes of the tokens inside `span`. Tokens are in text order: a binary search finds the first (perf: replies are scanned once per sign-off line). */
function wordsIn(reply: Reply, span: Span): number[] {
  const tokens = reply.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < span.end; i++) if (inside(tokens[i]!, span)) found.push(i);
  return found;
}
const isProse = (reply: Reply, span: Span, words: number) => words > MAX_NAME_LINE_WORDS || (words >= 3 && /[.!?]$/.test(reply.slice(span)));
/** "Tervetuloa!", "See you soon!": a sign-off line that ends in ! or ? and has no comma is a farewell, not a name ("Cheers, Ben!" is). */
const isExclamation = (text: string) => /[!?][\s*_)"”’]*$/u.test(text) && !text.includes(',');
const endsWithAny = (word: string, endings: readonly string[]) => endings.some((e) => word.endsWith(e));
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const gap = (reply: Reply, a: number, b: number) => reply.slice({ start: reply.tokens[a].end, end: reply.tokens[b].start });
/** "Lähtö-tiimi", "Tuki-tiimi": two words joined by a hyphen are one compound. */
const hyphened = (reply: Reply, a: number, b: number) => /^[-‐]$/u.test(gap(reply, a, b));
/** "Waste & Recycling": an ampersand between two words of a name. */
const ampersand = (reply: Reply, a: number, b: number) => /^[^\S\n]*&[^\S\n]*$/u.test(gap(reply, a, b));
/** "Jäte- ja kierrätyspalvelut": a compound cut short before "ja" shares the next one's last word. */
const cutCompound = (reply: Reply, a: number, b: number) => /^[-‐][^\S\n]+$/u.test(gap(reply, a, b));

/** The Finnish short closing "t." / "T." ("t. Maija", "T. Asiakaspalvelu") marks the sign-off like "Terveisin" does. */
const SHORT_CLOSING = /^[^\S\n]*[*_]*[tT]\.[^\S\n]*(?=\S)/u;

/** What follows a short closing "t." on one of the last lines, up to the end: the sign-off. */
function shortClosingSignOff(reply: Reply): Span | undefined {
  const { lines } = reply;
  const end = lines.at(-1)?.end ?? 0;
  // In English "T. Smith" is an initial, and the name follows anyway.
  if (reply.lang !== 'fi') return undefined;
  for (let i = lines.length - 1; i > 0 && i >= lines.length - MAX_SIGN_OFF_LINES; i -= 1) {
    const m = SHORT_CLOSING.exec(reply.slice(lines[i]));
    if (m) return { start: lines[i].start + m[0].length, end };
  }
  return undefined;
}

/** The sign-off to search: after the closing phrase, else the short lines that end the reply ("Mervi / Säröistä Valoon / 📱 …"). */
export function signOffOf(reply: Reply): Span | undefined {
  const { closing, signature } = reply.parts;
  const last = reply.lines.at(-1);
  if (closing || !last) return signature ?? last;
  const short = shortClosingSignOff(reply);
  if (short) return short;
  let first: number | undefined;
  for (let i = reply.lines.length - 1; i > 0 && i >= reply.lines.length - MAX_SIGN_OFF_LINES; i -= 1) {
    const line = reply.lines[i];
    if (line.start === reply.parts.greeting?.start || isProse(reply, line, wordsIn(reply, line).length)) break;
    first = i;
  }
  return first === undefined ? signature ?? last : { start: reply.lines[first].start, end: last.end };
}

/** An agent-name placeholder on a line of its own below the first line signs the reply, even above a footer. */
export const signedByPlaceholder = (reply: Reply): boolean => reply.placeholders.some((p) => p.agentName
  && p.start >= (reply.lines[0]?.end ?? 0)
  && reply.lines.some((l) => inside(p, l) && !/[\p{L}\d]/u.test(reply.slice({ start: l.start, end: p.start }) + reply.slice({ start: p.end, end: l.end }))));

/** Whether `sign` holds a person's name: an agent-name placeholder, or a capitalised word that is no team, title or label. */
export function namesPerson(reply: Reply, sign: Span, words: NameWords): boolean {
  if (reply.placeholders.some((p) => p.agentName && inside(p, sign))) return true;
  const { tokens } = reply;
  const sameLine = (a: number, b: number) => /^[^\S\n]*$/.test(reply.slice({ start: tokens[a].end, end: tokens[b].start }));
  const notName = new Set<number>();
  const org = new Set<number>();
  for (const m of reply.findAll(words.notNames, sign)) for (let i = m.tokenStart; i < m.tokenEnd; i += 1) notName.add(i);
  for (const i of wordsIn(reply, sign)) if (endsWithAny(tokens[i].lower, words.notNameEndings)) notName.add(i);
  // A title is no team, even when it starts with a team word ("Tiiminvetäjä", "Asiakaspalvelupäällikkö").
  const teamAt = reply.findAll(words.team, sign).filter((m) => m.tokenEnd - m.tokenStart > 1 || !notName.has(m.tokenStart))
    .map((m) => [m.tokenStart, m.tokenEnd]);
  for (const i of wordsIn(reply, sign)) if (!notName.has(i) && endsWithAny(tokens[i].lower, words.teamEndings)) teamAt.push([i, i + 1]);
  const teamWords = new Set(teamAt.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k)));
  const inSign = (i: number) => i >= 0 && i < tokens.length && inside(tokens[i], sign);
  const connector = (i: number) => words.connectors.includes(tokens[i].lower);
  for (const [from, to] of teamAt) {
    for (let i = from; i < to; i += 1) org.add(i);
    // "Qredin tiimi", "Kodin Ilon asiakaspalvelu", "Lähtö-tiimi", "Team Acme": capitalised words written
    // against a team word name the company; but "Mikko asiakaspalvelusta" is Mikko *from* customer service.
    if (endsWithAny(tokens[to - 1].lower, words.fromEndings)) continue;
    // Walking back, "and" / "&" joins two words of one name ("Waste and Recycling Team", "Jäte- ja
    // kierrätyspalvelut") once a capitalised word that is no team word was passed: "Jane and Support Team" is Jane.
    let named = 0;
    for (let i = from - 1; inSign(i) && (sameLine(i, i + 1) || hyphened(reply, i, i + 1) || (named > 0 && ampersand(reply, i, i + 1))
      || (connector(i + 1) && cutCompound(reply, i, i + 1))); i -= 1) {
      if (capitalised(tokens[i].text)) {
        org.add(i);
        if (!teamWords.has(i) && !notName.has(i)) named += 1;
      } else if (connector(i) && inSign(i - 1) && capitalised(tokens[i - 1].text) && (named > 0 || cutCompound(reply, i - 1, i))) {
        org.add(i);
      } else break;
    }
    const startsLine = (from === 0 || !inside(tokens[from - 1], sign) || !sameLine(from - 1, from))
      && !endsWithAny(tokens[to - 1].lower, words.personAfterEndings);
    for (let i = to; startsLine && inSign(i) && (!notName.has(i) || connector(i)) && (sameLine(i - 1, i) || ampersand(reply, i - 1, i)); i += 1) {
      // "Bank of Scotland", "Kirjakauppa Sivu & Selkä": a connector between capitalised words stays inside the company's name.
      if (capitalised(tokens[i].text) || (connector(i) && inSign(i + 1) && capitalised(tokens[i + 1].text))) org.add(i);
      else break;
    }
  }
  for (const line of reply.lines) {
    const part = { start: Math.max(line.start, sign.start), end: Math.min(line.end, sign.end) };
    const onLine = wordsIn(reply, part);
    if (onLine.length === 0 || isProse(reply, part, onLine.length) || isExclamation(reply.slice(line))) continue;
    // On an address or phone line only the words before the number can be a name, and not the street
    // written right before it ("Mannerheimintie 1", "12 Harbour Street, Leeds").
    const firstNumber = onLine.findIndex((i) => /^\d/.test(tokens[i].text));
    const candidates = firstNumber < 0 ? onLine : onLine.slice(0, Math.max(0, firstNumber - 1));
    if (candidates.some((i) => !notName.has(i) && !org.has(i) && /^\p{Lu}(\p{Ll}|['’]\p{Lu})/u.test(tokens[i].text))) return true;
    // Names come first: what follows a team line ("Customer Care / Acme Outdoor Gear") is company detail.
    if (onLine.some((i) => org.has(i))) return false;
  }
  return false;
}
