// Vale `capitalization`: each scope unit (a heading, usually) is in title case, sentence case, lower or upper case, or matches a regex.
import type { Span } from '../../reply/span.js';
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileValePattern, isPatternProblem, matchesIn } from '../regex/compile.js';

export const CAPITALIZATION_KEYS = ['match', 'style', 'exceptions', 'indicators', 'threshold', 'prefix', 'vocab'];

// Words AP and Chicago keep in lower case inside a title (Chicago adds the longer prepositions).
const AP_SMALL = new Set('a an and as at but by en for if in nor of on or per so the to up v v. via vs vs. yet'.split(' '));
const CHICAGO_SMALL = new Set([...AP_SMALL, ...'about above across after against along among around before behind below beneath beside between beyond despite down during except from inside into like near off onto out outside over past since through throughout till toward under underneath until upon with within without'.split(' ')]);

const WORD = /[\p{N}\p{L}*]+\S*/gu;

export const compileCapitalization: CheckCompiler = (definition, read) => {
  const match = read.string('match');
  if (!match) return { problems: ['needs `match`'] };
  const threshold = read.number('threshold') ?? 0.8;
  const indicators = read.list('indicators');
  const small = (read.string('style') ?? 'AP').toLowerCase() === 'chicago' ? CHICAGO_SMALL : AP_SMALL;
  const exceptionList = read.list('exceptions').filter((e) => e.trim() !== '').sort((a, b) => b.length - a.length);
  const exceptions = exceptionList.length ? compileValePattern(`(?m)\\b(?:${exceptionList.join('|')})\\b`, { parts: exceptionList }) : undefined;
  if (exceptions && isPatternProblem(exceptions)) return { problems: [`exceptions: ${exceptions.message}`] };
  const prefixSource = read.string('prefix');
  const prefix = prefixSource ? compileValePattern(prefixSource) : undefined;
  if (prefix && isPatternProblem(prefix)) return { problems: [`prefix: ${prefix.message}`] };
  const regex = match.startsWith('$') ? undefined : compileValePattern(match);
  if (regex && isPatternProblem(regex)) return { problems: [`match: ${regex.message}`] };
  if (match.startsWith('$') && !['$title', '$sentence', '$lower', '$upper'].includes(match)) return { problems: [`match: unknown case “${match}” (use $title, $sentence, $lower, $upper or a regex)`] };
  const suggests = (definition.action as { name?: unknown } | undefined)?.name === 'replace' && (match === '$title' || match === '$sentence');

  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    for (const unit of units) {
      const whole = text.slice(unit.start, unit.end);
      const excepted: Span[] = exceptions ? matchesIn(exceptions, whole).map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
      if (regex) {
        if (matchesIn(regex, whole).length === 0 && excepted.length === 0) findings.push({ at: unit, args: [whole, match] });
        continue;
      }
      let skip = 0;
      if (prefix) {
        const p = matchesIn(prefix, whole)[0];
        if (p && p.index === 0) skip = p[0].length;
      }
      skip += /^\s*\d+\.\s+/.exec(whole.slice(skip))?.[0].length ?? 0; // a list number
      const words = [...whole.slice(skip).matchAll(WORD)].map((m) => ({ text: m[0], start: skip + m.index!, end: skip + m.index! + m[0].length }));
      if (words.length === 0) continue;
      // An exception covers a word with its trailing punctuation ("foo," for the exception "foo").
      const isExcepted = (w: Span & { text: string }) => {
        const end = w.start + w.text.replace(/[^\p{L}\p{N}]+$/u, '').length;
        return excepted.some((e) => e.start <= w.start && end <= e.end);
      };
      let correct = 0;
      let failed = false;
      const expectedWords: string[] = [];
      words.forEach((w, i) => {
        const after = i > 0 && indicators.some((ind) => words[i - 1].text.endsWith(ind));
        const expected = expectedWord(match, w.text, i, words.length, small, after);
        expectedWords.push(isExcepted(w) ? w.text : expected);
        const ok = w.text === expected || isExcepted(w) || isAcronym(w.text) || (match === '$title' && /\p{Lu}/u.test(w.text.slice(1)));
        if (ok) correct += 1;
        else if (match === '$sentence' && i === 0) failed = true;
      });
      if (!failed && correct / words.length >= threshold) continue;
      const expectedText = rebuild(whole, words, expectedWords);
      const finding: ValeFinding = { at: unit, args: [whole, expectedText] };
      if (suggests) finding.suggest = [{ desc: `Replace with “${expectedText}”`, fix: { ...unit, text: expectedText } }];
      findings.push(finding);
    }
    return findings;
  };
};

const isAcronym = (word: string): boolean => word.length > 1 && /\p{Lu}/u.test(word) && word === word.toUpperCase();
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function expectedWord(match: string, word: string, index: number, count: number, small: Set<string>, afterIndicator: boolean): string {
  const lower = word.toLowerCase();
  switch (match) {
    case '$lower':
      return lower;
    case '$upper':
      return word.toUpperCase();
    case '$sentence':
      // After an indicator ("Note: Read this") a new sentence starts.
      return index === 0 || afterIndicator ? upperFirst(word) : lower;
    default: // $title
      return index > 0 && index < count - 1 && small.has(lower.replace(/[^\p{L}.]/gu, '')) ? lower : upperFirst(word);
  }
}

function rebuild(whole: string, words: Array<Span & { text: string }>, expected: string[]): string {
  let out = '';
  let at = 0;
  words.forEach((w, i) => {
    out += whole.slice(at, w.start) + expected[i];
    at = w.end;
  });
  return out + whole.slice(at);
}
