// Vale `substitution`: a swap key found in the text gets its preferred wording, as a fix (one option) or suggestions (several).
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileExceptions } from '../exceptions.js';
import { compileAlternation } from '../regex/alternation.js';
import { compileValePattern, isPatternProblem } from '../regex/compile.js';

export const SUBSTITUTION_KEYS = ['swap', 'ignorecase', 'nonword', 'exceptions', 'vocab', 'capitalize', 'matchcase', 'pos'];

interface Swap {
  key: string;
  /** The options of the value: `a|b` splits, `\|` stays a literal bar. */
  options: string[];
  /** The key alone, when the value refers to its groups (`$1`). */
  rerun?: RegExp;
  /** The value as an anchored, case-sensitive regex: text it matches is already right. */
  accepts?: RegExp;
}

export const compileSubstitution: CheckCompiler = (definition, read) => {
  const problems: string[] = [];
  const ignoreCase = read.bool('ignorecase');
  const entries = read.map('swap').sort((a, b) => b[0].length - a[0].length);
  if (entries.length === 0) return { problems: ['needs a `swap` mapping'] };
  const prefix = ignoreCase ? '(?i)' : '';
  // One named group per key tells which entry matched; the keys' own groups do not capture, as in Vale.
  const regex = compileAlternation({
    alternatives: entries.map(([key]) => key),
    ignoreCase,
    words: !read.bool('nonword'),
    wrap: (key, i) => `(?P<s${i}>${key})`,
    groupOf: (i) => `s${i}`,
    translate: { dropCaptures: true },
  });
  if (isPatternProblem(regex)) return { problems: [regex.message] };
  const swaps: Swap[] = entries.map(([key, value]) => {
    const options = value.split(/(?<!\\)\|/).map((o) => o.replace(/\\\|/g, '|'));
    const swap: Swap = { key, options };
    if (/\$(\d|\{)/.test(value)) {
      const rerun = compileValePattern(prefix + key);
      if (isPatternProblem(rerun)) problems.push(`swap “${key}”: ${rerun.message}`);
      else swap.rerun = rerun;
    } else {
      const accepts = compileValePattern(`^(?:${value})$`);
      if (!isPatternProblem(accepts)) swap.accepts = accepts;
    }
    return swap;
  });
  const exceptions = compileExceptions(read.list('exceptions'), problems);
  if (problems.length) return { problems };
  const replaceAction = (definition.action as { name?: unknown } | undefined)?.name === 'replace';
  const capitalize = read.bool('capitalize');
  const message = typeof definition.message === 'string' ? definition.message : '';

  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    for (const unit of units) {
      for (const m of regex.matchesIn(text, unit.start, unit.end)) {
        const index = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
        const swap = index ? swaps[Number(index.slice(1))] : undefined;
        if (!swap) continue;
        const observed = m[0];
        const at = { start: m.index, end: m.index + observed.length };
        let options = swap.rerun ? swap.options.map((o) => rerunReplace(swap.rerun!, observed, o)) : swap.options;
        if (capitalize && /^\p{Lu}/u.test(observed)) options = options.map(upperFirst);
        if (replaceAction ? options.includes(observed) : swap.accepts ? anchoredMatch(swap.accepts, observed) : options.includes(observed)) continue;
        if (exceptions.excepts(observed, at, text, unit)) continue;
        const finding: ValeFinding = { at, args: [], message: fillMessage(message, options, observed, replaceAction) };
        const edits = options.map((o) => ({ ...at, text: keepCase(observed, o) }));
        if (edits.length === 1) finding.fix = edits[0];
        else finding.suggest = edits.map((e) => ({ desc: e.text === '' ? `Remove “${observed}”` : `Replace with “${e.text}”`, fix: e }));
        findings.push(finding);
      }
    }
    return findings;
  };
};

/** Vale's message: (expected, observed); with `action: replace` the options read "'a', 'b' or 'c'" and the template's quotes around the first `%s` go. */
function fillMessage(template: string, options: string[], observed: string, replaceAction: boolean): string {
  let expected = options.join('|');
  let filled = template;
  if (replaceAction) {
    const quoted = options.filter((o) => o !== '').map((o) => `'${o}'`);
    expected = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
    filled = filled.replace(/(["'])%s\1/, '%s');
  }
  let n = 0;
  return filled.replace(/%s/g, () => [expected, observed][n++] ?? '%s');
}

/** The value with the key's groups filled in (.NET's `${name}` is JavaScript's `$<name>`). */
function rerunReplace(key: RegExp, observed: string, option: string): string {
  key.lastIndex = 0;
  const result = observed.replace(key, option.replace(/\$\{(\w+)\}/g, '$<$1>'));
  key.lastIndex = 0;
  return result;
}

function anchoredMatch(regex: RegExp, observed: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(observed);
  regex.lastIndex = 0;
  return found;
}

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A lower-case replacement for a capitalised word starts with a capital (sentence openings); a replacement with its own capitals is kept. */
function keepCase(observed: string, replacement: string): string {
  if (replacement === '' || /\p{Lu}/u.test(replacement)) return replacement;
  if (observed.length > 1 && observed === observed.toUpperCase() && /\p{Lu}/u.test(observed)) return replacement.toUpperCase();
  return /^\p{Lu}/u.test(observed) ? upperFirst(replacement) : replacement;
}
