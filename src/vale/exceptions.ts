// A rule's `exceptions`, compiled as Vale does: case-sensitive words that cancel a match containing them, and phrases that cancel matches inside them.
import type { Span } from '../reply/span.js';
import { compileValePattern, isPatternProblem, matchesAnywhere, matchesIn } from './regex/compile.js';

export interface Exceptions {
  /** True when the match (its text at `at` within `text`) is excepted. */
  excepts(matched: string, at: Span, text: string, unit: Span): boolean;
}

const NONE: Exceptions = { excepts: () => false };

/** Compiles `exceptions`; `problems` receives one message per unusable entry. */
export function compileExceptions(entries: readonly string[], problems: string[]): Exceptions {
  const list = entries.filter((e) => e.trim() !== '').sort((a, b) => b.length - a.length);
  if (list.length === 0) return NONE;
  // Each entry is case-sensitive unless it says `(?i)` itself, whatever the rule's `ignorecase`.
  const words = compileValePattern(`(?m)\\b(?:${list.map((e) => (e.startsWith('(?i)') ? e : `(?-i)${e}`)).join('|')})\\b`, { parts: list });
  if (isPatternProblem(words)) {
    problems.push(`exceptions: ${words.message}`);
    return NONE;
  }
  const phraseList = list.filter((e) => e.includes(' '));
  const phrases = phraseList.length ? compileValePattern(`(?i)\\b(?:${phraseList.join('|')})\\b`, { parts: phraseList }) : undefined;
  if (phrases && isPatternProblem(phrases)) {
    problems.push(`exceptions: ${phrases.message}`);
    return NONE;
  }
  return {
    excepts(matched, at, text, unit) {
      if (matchesAnywhere(words, matched)) return true;
      if (!phrases) return false;
      return matchesIn(phrases, text, unit.start, unit.end).some((m) => m.index <= at.start && at.end <= m.index + m[0].length);
    },
  };
}
