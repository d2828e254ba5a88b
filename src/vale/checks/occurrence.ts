// Vale `occurrence`: too many (`max`) or too few (`min`) matches of one token in each scope unit.
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileValePattern, isPatternProblem, matchesIn } from '../regex/compile.js';

export const OCCURRENCE_KEYS = ['token', 'max', 'min', 'ignorecase'];

export const compileOccurrence: CheckCompiler = (_definition, read) => {
  const token = read.string('token');
  if (!token) return { problems: ['needs a `token`'] };
  const max = read.number('max') ?? 0;
  const min = read.number('min') ?? 0;
  if (max <= 0 && min <= 0) return { problems: ['needs `max` or `min`'] };
  // No word boundaries and no multiline mode: Vale counts the token as written.
  const regex = compileValePattern(`${read.bool('ignorecase') ? '(?i)' : ''}(?:${token})`);
  if (isPatternProblem(regex)) return { problems: [regex.message] };
  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    for (const unit of units) {
      const matches = matchesIn(regex, text, unit.start, unit.end);
      const count = matches.length;
      if (!((max > 0 && count > max) || (min > 0 && count < min))) continue;
      // The first match that is more than blank space is blamed; with no match, the unit's first line.
      const first = matches.find((m) => m[0].trim() !== '');
      const lineEnd = text.indexOf('\n', unit.start);
      const at = first ? { start: first.index, end: first.index + first[0].length } : { start: unit.start, end: lineEnd >= 0 && lineEnd < unit.end ? lineEnd : unit.end };
      findings.push({ at, args: [count] });
    }
    return findings;
  };
};
