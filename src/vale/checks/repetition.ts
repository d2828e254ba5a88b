// Vale `repetition`: the same token twice in a row within one sentence ("the the").
import type { CheckCompiler, ValeFinding } from '../check-types.js';
import { compileExceptions } from '../exceptions.js';
import { compileValePattern, isPatternProblem, matchesIn } from '../regex/compile.js';

export const REPETITION_KEYS = ['tokens', 'max', 'alpha', 'ignorecase', 'exceptions', 'vocab'];

export const compileRepetition: CheckCompiler = (definition, read) => {
  const problems: string[] = [];
  const tokens = read.list('tokens').filter((t) => t.trim() !== '');
  if (tokens.length === 0) return { problems: ['needs `tokens`'] };
  const ignoreCase = read.bool('ignorecase');
  const regex = compileValePattern(`${ignoreCase ? '(?i)' : ''}(${tokens.join('|')})`, { parts: tokens });
  if (isPatternProblem(regex)) return { problems: [regex.message] };
  const max = read.number('max') ?? 0;
  const alpha = read.bool('alpha');
  const exceptions = compileExceptions(read.list('exceptions'), problems);
  if (problems.length) return { problems };
  const same = ignoreCase ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;

  return ({ text, units, reply }) => {
    const findings: ValeFinding[] = [];
    for (const unit of units) {
      let previous: { text: string; start: number } | undefined;
      let hits = 0;
      for (const m of matchesIn(regex, text, unit.start, unit.end)) {
        const current = m[0].trim();
        if (alpha && !/^\p{L}+$/u.test(current)) {
          previous = undefined;
          hits = 0;
          continue;
        }
        const hit = previous !== undefined && current !== '' && same(current, previous.text);
        hits = hit ? hits + 1 : 0;
        if (hit && hits > max) {
          const at = { start: previous!.start, end: m.index + m[0].length };
          const sentence = reply.sentenceAt(at.start);
          const oneSentence = !sentence || at.end <= sentence.end;
          if (oneSentence && !exceptions.excepts(text.slice(at.start, at.end), at, text, unit)) {
            const duplicate = { start: m.index - (text.slice(previous!.start, m.index).length - text.slice(previous!.start, m.index).trimEnd().length), end: m.index + m[0].length };
            findings.push({ at, args: [current], suggest: [{ desc: `Remove the repeated “${current}”`, fix: { ...duplicate, text: '' } }] });
          }
        }
        previous = { text: current, start: m.index };
      }
    }
    return findings;
  };
};
