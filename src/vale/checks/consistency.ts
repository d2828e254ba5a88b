// Vale `consistency`: two spellings of one thing (`either` pairs) must not both appear in a reply.
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileAlternation } from '../regex/alternation.js';
import { isPatternProblem } from '../regex/compile.js';

export const CONSISTENCY_KEYS = ['either', 'ignorecase', 'nonword'];

export const compileConsistency: CheckCompiler = (_definition, read) => {
  const pairs = read.map('either');
  if (pairs.length === 0) return { problems: ['needs an `either` mapping'] };
  const problems: string[] = [];
  const compiled = pairs.flatMap(([a, b]) => {
    const regex = compileAlternation({
      alternatives: [a, b],
      ignoreCase: read.bool('ignorecase'),
      words: !read.bool('nonword'),
      wrap: (source, i) => `(?P<${i === 0 ? 'first' : 'second'}>${source})`,
      groupOf: (i) => (i === 0 ? 'first' : 'second'),
    });
    if (isPatternProblem(regex)) {
      problems.push(`either “${a}: ${b}”: ${regex.message}`);
      return [];
    }
    return [regex];
  });
  if (problems.length) return { problems };

  return ({ text, units }) => {
    const findings: ValeFinding[] = [];
    for (const regex of compiled) {
      // Which forms the reply has used so far, as Vale keeps them per file while it walks the blocks.
      const seen = new Set<string>();
      for (const unit of units) {
        const matches = regex.matchesIn(text, unit.start, unit.end);
        if (matches.length === 0) continue;
        for (const m of matches) seen.add(m.groups?.first !== undefined ? 'first' : 'second');
        if (seen.size < 2) continue;
        const last = matches[matches.length - 1];
        findings.push({ at: { start: last.index, end: last.index + last[0].length }, args: [last[0]] });
      }
    }
    return findings;
  };
};
