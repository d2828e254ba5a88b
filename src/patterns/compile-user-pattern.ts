// Compiles a regular expression written by a user (rule packs, config placeholders) and refuses one that could hang the linter.
import { createRequire } from 'node:module';
import type { Diagnostics } from 'recheck';

/** Why a pattern was refused: a message a user can act on. */
export interface PatternRefusal {
  message: string;
}

export interface UserPatternOptions {
  /**
   * Accept patterns whose worst case is quadratic (default true): replies are a few kilobytes, where n² stays
   * in milliseconds; cubic and exponential backtracking do not.
   */
  allowQuadratic?: boolean;
  /** Milliseconds recheck may spend on one pattern; a pattern it cannot decide in time is accepted (default 1000). */
  timeout?: number;
  /**
   * A simpler pattern that backtracks the same way, to analyse instead of `source` (a translator's output without its
   * Unicode emulations, say): recheck is slow on large Unicode classes and lookarounds.
   */
  checkSource?: string;
}

/**
 * True when backtracking cannot be worse than quadratic, without asking the checker: no repeated group (the
 * only way to exponential time) and at most two unbounded repeats of single characters or classes (each
 * unbounded repeat in sequence adds at most one degree). Most patterns in rule packs are of this kind.
 */
export function atMostQuadratic(source: string, maxUnbounded = 2): boolean {
  let unbounded = 0;
  let previous = ''; // what the last atom was: ')' for a group, 'x' for anything else
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      i += /^\\[pPk]\{/.test(source.slice(i, i + 3)) || source.startsWith('\\k<', i) ? source.indexOf(source[i + 2] === '<' ? '>' : '}', i) - i : 1;
      previous = 'x';
      continue;
    }
    if (c === '[') {
      for (i += source[i + 1] === ']' ? 2 : 1; i < source.length && source[i] !== ']'; i += source[i] === '\\' ? 2 : 1);
      previous = 'x';
      continue;
    }
    const bounded = c === '{' && /^\{\d+(,\d+)?\}/.test(source.slice(i));
    const open = c === '{' && /^\{\d+,\}/.test(source.slice(i));
    if (c === '*' || c === '+' || open || bounded || c === '?') {
      if (previous === ')' && c !== '?') return false;
      if (c !== '?' && !bounded) unbounded += 1;
      if (c === '{') i = source.indexOf('}', i);
      if (source[i + 1] === '?') i += 1; // lazy
      previous = 'q';
      continue;
    }
    previous = c === ')' ? ')' : 'x';
  }
  return unbounded <= maxUnbounded;
}

export const isPatternRefusal = (value: RegExp | PatternRefusal): value is PatternRefusal => !(value instanceof RegExp);

// The same pattern source is checked once per process: rule packs repeat patterns, and recheck is the slow step.
const verdicts = new Map<string, PatternRefusal | null>();

/**
 * `new RegExp(source, flags)`, or a refusal when the pattern does not compile or when recheck finds that some
 * input makes it backtrack catastrophically (the message names the part to rewrite and how bad it is).
 */
export function compileUserPattern(source: string, flags: string, options: UserPatternOptions = {}): RegExp | PatternRefusal {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return { message: `not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
  const checked = options.checkSource ?? source;
  if (atMostQuadratic(checked, options.allowQuadratic === false ? 1 : 2)) return regex;
  const checkFlags = flags.replace(/[gyd]/g, '');
  const key = `${options.allowQuadratic === false ? 'q' : ''}/${checkFlags}/${checked}`;
  if (!verdicts.has(key)) verdicts.set(key, verdict(checked, checkFlags, options));
  const refusal = verdicts.get(key);
  return refusal ?? regex;
}

// recheck is 2.9 MB of code: loaded when a pattern first needs it, not by every run (perf: 0.1 s of start-up).
let checker: typeof import('recheck') | undefined;

function verdict(source: string, flags: string, options: UserPatternOptions): PatternRefusal | null {
  let result: Diagnostics;
  try {
    checker ??= createRequire(import.meta.url)('recheck') as typeof import('recheck');
    result = checker.checkSync(source, flags, { timeout: options.timeout ?? 1000 });
  } catch {
    return null; // the checker itself failed: matching still works, and refusing a pattern we cannot judge would be worse
  }
  if (result.status !== 'vulnerable') return null;
  const { complexity } = result;
  if (complexity.type === 'polynomial' && complexity.degree <= 2 && options.allowQuadratic !== false) return null;
  const how = complexity.type === 'exponential' ? 'exponential' : `polynomial (degree ${complexity.degree})`;
  const parts = [...new Set(result.hotspot.filter((h) => h.temperature === 'heat').map((h) => source.slice(h.start, h.end)))];
  const where = parts.length ? ` around ${parts.map((p) => `“${p}”`).join(', ')}` : '';
  return {
    message: `refused: this pattern can take ${how} time on some texts and hang the linter${where}; rewrite it so that no two repeated parts can match the same characters (e.g. “(a+)+” → “a+”)`,
  };
}
