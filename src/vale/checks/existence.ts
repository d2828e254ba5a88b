// Vale `existence`: every match of the rule's tokens (one combined regex) is an alert.
import { compileAction } from '../action.js';
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileExceptions } from '../exceptions.js';
import { compileAlternation, regexMatcher, type Matcher } from '../regex/alternation.js';
import { compileValePattern, isPatternProblem } from '../regex/compile.js';

export const EXISTENCE_KEYS = ['tokens', 'raw', 'append', 'nonword', 'ignorecase', 'exceptions', 'vocab'];

export const compileExistence: CheckCompiler = (definition, read) => {
  const problems: string[] = [];
  const tokens = read.list('tokens').filter((t) => t.trim() !== '');
  const raw = read.list('raw').join('');
  if (tokens.length === 0 && raw === '') return { problems: ['needs `tokens` or `raw`'] };
  let matcher: Matcher;
  if (raw === '') {
    // Tokens alone: plain words go to a trie, the rest to one regex (same matches as Vale's `(?i)(?m)\b(?:…)\b`).
    const alternation = compileAlternation({ alternatives: tokens, ignoreCase: read.bool('ignorecase'), words: !read.bool('nonword') });
    if (isPatternProblem(alternation)) return { problems: [alternation.message] };
    matcher = alternation;
  } else {
    // Vale's composition, kept as is: `raw` sits before the word template (after it with `append`), so `^`/`$` in `raw` are not multiline.
    const template = tokens.length ? (read.bool('nonword') ? `(?m)(?:${tokens.join('|')})` : `(?m)\\b(?:${tokens.join('|')})\\b`) : '(?m)(?:)';
    const pattern = (read.bool('ignorecase') ? '(?i)' : '') + (read.bool('append') ? template + raw : raw + template);
    const regex = compileValePattern(pattern, { parts: [raw, ...tokens] });
    if (isPatternProblem(regex)) return { problems: [regex.message] };
    matcher = regexMatcher(regex);
  }
  const exceptions = compileExceptions(read.list('exceptions'), problems);
  const action = compileAction(definition.action, problems);
  if (problems.length) return { problems };
  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    for (const unit of units) {
      for (const m of matcher.matchesIn(text, unit.start, unit.end)) {
        const at = { start: m.index, end: m.index + m[0].length };
        if (exceptions.excepts(m[0], at, text, unit)) continue;
        // The match as found, spaces included: Vale's own expectations quote ' —' and 'I '.
        const finding: ValeFinding = { at, args: [m[0]] };
        const texts = action?.(m[0]);
        if (texts?.length) {
          finding.suggest = texts.map((t) => ({ desc: t === '' ? `Remove “${m[0].trim()}”` : `Replace with “${t}”`, fix: { ...at, text: t } }));
        }
        findings.push(finding);
      }
    }
    return findings;
  };
};
