// Compiles a Vale pattern for global matching: translated to JavaScript, its user-written parts checked for catastrophic backtracking.
import { compileUserPattern, isPatternRefusal } from '../../patterns/compile-user-pattern.js';
import { isAsciiSafe } from './ascii-text.js';
import { isTranslationError, translateValeRegex, type TranslateOptions } from './translate.js';

export interface PatternProblem {
  message: string;
}

export interface ValePatternOptions extends TranslateOptions {
  /**
   * The user-written pieces the pattern was composed of (tokens, swap keys), checked one by one for catastrophic
   * backtracking. Vale's own glue (`\b(?:…|…)\b`) repeats nothing, so the pieces decide; and a ReDoS checker
   * decides a small piece in milliseconds where a 300-word alternation can take it seconds. Default: the pattern.
   */
  parts?: readonly string[];
}

/** A match as checks read it: a RegExp's, or a literal hit of an alternation (src/vale/regex/alternation.ts). */
export interface PatternMatch {
  0: string;
  index: number;
  groups?: Record<string, string | undefined>;
}

export const isPatternProblem = <T extends object>(value: T | PatternProblem): value is PatternProblem => !(value instanceof RegExp) && typeof (value as PatternProblem).message === 'string';

/** A global (`g`) JavaScript RegExp meaning what `pattern` means to Vale, or why it cannot be used. */
export function compileValePattern(pattern: string, options: ValePatternOptions = {}): RegExp | PatternProblem {
  const translated = translateValeRegex(pattern, options);
  if (isTranslationError(translated)) return translated;
  const parts = options.parts ?? [pattern];
  for (const part of parts) {
    const piece = part === pattern ? translated : translateValeRegex(part);
    if (isTranslationError(piece)) return piece;
    const checked = compileUserPattern(piece.source, piece.flags, { checkSource: piece.checkSource });
    if (isPatternRefusal(checked)) return { message: parts.length > 1 || part !== pattern ? `“${part}”: ${checked.message}` : checked.message };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(translated.source, `g${translated.flags}`);
  } catch (error) {
    return { message: `cannot be translated to JavaScript: ${(error as Error).message}` };
  }
  if (translated.asciiSource !== undefined) asciiForms.set(regex, new RegExp(translated.asciiSource, `g${translated.flags.replace('u', '')}`));
  return regex;
}

/** The ASCII form of each compiled pattern that has one (TranslatedPattern.asciiSource). */
const asciiForms = new WeakMap<RegExp, RegExp>();

/** The regex to run on text[start, end): the ASCII form when the text allows it (same matches, far faster in V8). */
export function regexFor(regex: RegExp, text: string, start = 0, end = text.length): RegExp {
  const ascii = asciiForms.get(regex);
  return ascii && isAsciiSafe(text, start, end) ? ascii : regex;
}

/** Every match of a global regex in `text` from `start` to `end`, skipping empty matches (Vale never reports them). */
export function matchesIn(compiled: RegExp, text: string, start = 0, end = text.length): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const regex = regexFor(compiled, text, start, end);
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    if (start) m.index += start;
    out.push(m);
  }
  return out;
}

/** Whether the regex matches anywhere in `text`. */
export function matchesAnywhere(compiled: RegExp, text: string): boolean {
  const regex = regexFor(compiled, text);
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}
