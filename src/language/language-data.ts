// The per-language words that shape a reply (greeting, closing, signature, register), and their validator.
import type { Token } from '../reply/types.js';
import {
  compilePhraseList,
  isPhraseListError,
  type PhraseEntry,
  type PhraseList,
  type PhraseListError,
  type PhraseMatch,
} from './phrase-list.js';
import { identityStem, type Stem } from './stemmer.js';

/** A phrase group as a YAML file holds it, for `compilePhraseList`. */
export type PhraseSource = ReadonlyArray<string | Readonly<Record<string, unknown>>>;

/**
 * A word ending that marks a register wherever it appears ("-nne" in "viestinne", "tilauksestanne"),
 * for the endings a pattern cannot express (patterns match word starts, not word ends).
 */
export interface SuffixRule {
  suffix: string;
  /** Shorter words are left alone ("sinne", "tänne" end in -nne but are not possessives). */
  minLength: number;
  /** Lower-cased words that end so but are not markers. */
  except: readonly string[];
}

export interface LanguageData {
  /** Words that open a reply: "Hei", "Hyvä asiakas", "Hi there". */
  greetings: PhraseSource;
  /** Sign-off phrases before the signature: "Ystävällisin terveisin", "Best regards". */
  closings: PhraseSource;
  /** Words that make a signature a team or a company rather than a person. */
  teamWords: PhraseSource;
  /** Words of the formal register (Finnish te-form; English "kindly", "Dear Sir or Madam"). */
  formalMarkers: PhraseSource;
  /** Words of the informal register (Finnish sinä-form; English "hey", "no worries"). */
  informalMarkers: PhraseSource;
  formalSuffixes: readonly SuffixRule[];
  informalSuffixes: readonly SuffixRule[];
}

export const PHRASE_GROUPS = ['greetings', 'closings', 'teamWords', 'formalMarkers', 'informalMarkers'] as const;
const SUFFIX_GROUPS = ['formalSuffixes', 'informalSuffixes'] as const;
const KNOWN_KEYS: readonly string[] = [...PHRASE_GROUPS, ...SUFFIX_GROUPS];

/**
 * Checks a language file's shape and that every pattern parses; returns the data or a message naming
 * each problem. `lang` picks the word segmentation the patterns are checked with.
 */
export function parseLanguageData(raw: unknown, lang = 'und'): LanguageData | string {
  if (!isRecord(raw)) return 'a language file must be a mapping of groups (greetings, closings, …)';
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) problems.push(`unknown group "${key}" (known: ${KNOWN_KEYS.join(', ')})`);
  }
  for (const group of PHRASE_GROUPS) {
    if (raw[group] === undefined) {
      problems.push(`"${group}" is missing`);
      continue;
    }
    const compiled = compilePhraseList(group, lang, raw[group], identityStem);
    if (isPhraseListError(compiled)) problems.push(compiled.message);
  }
  for (const group of SUFFIX_GROUPS) {
    const value = raw[group];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      problems.push(`"${group}" must be a list of {suffix, minLength, except}`);
      continue;
    }
    value.forEach((rule: unknown, index) => {
      const problem = suffixRuleProblem(rule);
      if (problem) problems.push(`${group} entry ${index + 1}: ${problem}`);
    });
  }
  if (problems.length > 0) return problems.join('; ');

  const suffixes = (group: (typeof SUFFIX_GROUPS)[number]): SuffixRule[] =>
    ((raw[group] as Record<string, unknown>[] | undefined) ?? []).map((rule) => ({
      suffix: (rule.suffix as string).toLowerCase(),
      minLength: (rule.minLength as number | undefined) ?? 0,
      except: ((rule.except as string[] | undefined) ?? []).map((word) => word.toLowerCase()),
    }));
  return {
    greetings: raw.greetings as PhraseSource,
    closings: raw.closings as PhraseSource,
    teamWords: raw.teamWords as PhraseSource,
    formalMarkers: raw.formalMarkers as PhraseSource,
    informalMarkers: raw.informalMarkers as PhraseSource,
    formalSuffixes: suffixes('formalSuffixes'),
    informalSuffixes: suffixes('informalSuffixes'),
  };
}

/**
 * One phrase list for a register: the marker patterns plus the suffix rules, so a caller counts
 * `formal.matchAll(tokens).length` and a word is never counted twice.
 */
export function compileRegisterMarkers(
  name: string,
  lang: string,
  markers: PhraseSource,
  suffixes: readonly SuffixRule[],
  stem: Stem,
): PhraseList | PhraseListError {
  const phrases = compilePhraseList(name, lang, markers, stem);
  if (isPhraseListError(phrases)) return phrases;
  const suffixEntries: PhraseEntry[] = suffixes.map((rule) => ({ match: [`-${rule.suffix}`], suffix: rule.suffix }));
  return {
    name,
    lang,
    entries: [...phrases.entries, ...suffixEntries],
    matchAll(tokens, from = 0, to = tokens.length) {
      const matches = phrases.matchAll(tokens, from, to);
      const taken = new Set<number>();
      for (const match of matches) for (let i = match.tokenStart; i < match.tokenEnd; i++) taken.add(i);
      const end = Math.min(to, tokens.length);
      for (let i = Math.max(0, from); i < end; i++) {
        if (taken.has(i)) continue;
        const ruleIndex = suffixes.findIndex((rule) => endsWithSuffix(tokens[i]!, rule));
        if (ruleIndex >= 0) matches.push(suffixMatch(tokens[i]!, i, suffixEntries[ruleIndex]!));
      }
      return matches.sort((a, b) => a.tokenStart - b.tokenStart);
    },
  };
}

function endsWithSuffix(token: Token, rule: SuffixRule): boolean {
  return token.lower.length >= rule.minLength && token.lower.endsWith(rule.suffix) && !rule.except.includes(token.lower);
}

const suffixMatch = (token: Token, index: number, entry: PhraseEntry): PhraseMatch => ({
  start: token.start,
  end: token.end,
  tokenStart: index,
  tokenEnd: index + 1,
  entry,
  pattern: entry.match[0]!,
});

function suffixRuleProblem(rule: unknown): string | undefined {
  if (!isRecord(rule)) return 'expected {suffix, minLength, except}';
  if (typeof rule.suffix !== 'string' || !/^\p{L}+$/u.test(rule.suffix)) return '"suffix" must be letters, such as "nne"';
  if (rule.minLength !== undefined && !(Number.isInteger(rule.minLength) && (rule.minLength as number) >= 0)) {
    return '"minLength" must be a whole number';
  }
  if (rule.except !== undefined && !(Array.isArray(rule.except) && rule.except.every((word) => typeof word === 'string'))) {
    return '"except" must be a list of words';
  }
  const extra = Object.keys(rule).filter((key) => !['suffix', 'minLength', 'except'].includes(key));
  return extra.length > 0 ? `unknown key "${extra[0]}"` : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
