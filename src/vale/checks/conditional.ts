// Vale `conditional`: a `first` match (an acronym, say) needs a `second` match that explains it (its definition).
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileExceptions } from '../exceptions.js';
import { compileValePattern, isPatternProblem, matchesIn } from '../regex/compile.js';

export const CONDITIONAL_KEYS = ['first', 'second', 'ignorecase', 'exceptions', 'vocab'];

export const compileConditional: CheckCompiler = (_definition, read) => {
  const problems: string[] = [];
  const [firstSource, secondSource] = [read.string('first'), read.string('second')];
  if (!firstSource || !secondSource) return { problems: ['needs `first` and `second`'] };
  // Both are used as written: Vale does not apply `ignorecase` to them.
  const first = compileValePattern(firstSource);
  const second = compileValePattern(secondSource);
  for (const [key, regex] of [['first', first], ['second', second]] as const) if (isPatternProblem(regex)) problems.push(`${key}: ${regex.message}`);
  const exceptions = compileExceptions(read.list('exceptions'), problems);
  if (problems.length || isPatternProblem(first) || isPatternProblem(second)) return { problems };
  const captures = new RegExp(`${second.source}|`, second.flags.replace('g', '')).exec('')!.length > 1;

  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    const defined = new Set<string>();
    for (const unit of units) {
      const seconds = matchesIn(second, text, unit.start, unit.end);
      for (const m of seconds) for (const group of m.slice(1)) if (group) defined.add(group);
      for (const m of matchesIn(first, text, unit.start, unit.end)) {
        const at = { start: m.index, end: m.index + m[0].length };
        const explained = captures ? defined.has(m[0]) : seconds.length > 0;
        if (explained || exceptions.excepts(m[0], at, text, unit)) continue;
        findings.push({ at, args: [m[0]] });
      }
    }
    return findings;
  };
};
