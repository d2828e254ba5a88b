// Vale `metric`: a formula over the reply's counts (words, sentences, syllables…) compared with a condition.
import type { Reply } from '../../reply/types.js';
import type { CheckCompiler } from '../check-types.js';
import { blocksOf } from '../scopes.js';
import { parseFormula, type Formula } from './formula.js';

export const METRIC_KEYS = ['formula', 'condition'];

export const compileMetric: CheckCompiler = (_definition, read) => {
  const formulaText = read.string('formula');
  const conditionText = read.string('condition');
  if (!formulaText || !conditionText) return { problems: ['needs `formula` and `condition`'] };
  const formula = parseFormula(formulaText);
  if ('message' in formula) return { problems: [`formula: ${formula.message}`] };
  const condition = /^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(conditionText);
  if (!condition) return { problems: [`condition: expected an operator and a number, such as "> 8.0", not “${conditionText}”`] };
  const [, op, limitText] = condition;
  const limit = Number(limitText);
  const holds = (v: number) => ({ '<': v < limit, '>': v > limit, '<=': v <= limit, '>=': v >= limit, '==': v === limit, '!=': v !== limit })[op as '<'];

  return ({ reply }) => {
    const value = evaluate(formula, reply);
    if (value === undefined || !Number.isFinite(value) || !holds(value)) return [];
    // The whole reply is the scope; Vale reports at its first line.
    const lineEnd = reply.text.indexOf('\n');
    return [{ at: { start: 0, end: lineEnd >= 0 ? lineEnd : reply.text.length }, args: [value.toFixed(2)] }];
  };
};

function evaluate(formula: Formula, reply: Reply): number | undefined {
  const counts = documentCounts(reply);
  return formula.evaluate((name) => counts[name] ?? (name === 'pre' ? 0 : undefined));
}

// Every metric rule reads the same counts: computed once per reply.
const countsOf = new WeakMap<Reply, Record<string, number>>();

function documentCounts(reply: Reply): Record<string, number> {
  let counts = countsOf.get(reply);
  if (!counts) countsOf.set(reply, (counts = countDocument(reply)));
  return counts;
}

function countDocument(reply: Reply): Record<string, number> {
  // Prose only, as Vale's counts: headings are not read (they have their own `heading.hN` counts); numbers are words.
  const prose = reply.sentences.filter((s) => reply.blocks[s.block]?.kind !== 'heading');
  const inProse = new Set(prose.flatMap((s) => Array.from({ length: s.tokenEnd - s.tokenStart }, (_, i) => s.tokenStart + i)));
  const words = reply.tokens.filter((t, i) => inProse.has(i) && /[\p{L}\p{N}]/u.test(t.text) && !reply.placeholders.some((p) => p.start <= t.start && t.end <= p.end));
  const syllables = words.map((w) => syllableCount(w.text));
  const polysyllabic = syllables.filter((s) => s >= 3).length;
  return {
    words: words.length,
    sentences: sentenceCount(reply),
    paragraphs: blocksOf(reply).length,
    characters: words.reduce((n, w) => n + [...w.text].length, 0),
    syllables: syllables.reduce((a, b) => a + b, 0),
    polysyllabic_words: polysyllabic,
    // Gunning's complex words: three or more syllables, not counting proper nouns and -es/-ed/-ing endings.
    complex_words: words.filter((w, i) => syllables[i] >= 3 && !/^\p{Lu}/u.test(w.text) && syllableCount(w.text.replace(/(es|ed|ing)$/i, '')) >= 3).length,
    long_words: words.filter((w) => [...w.text].length > 6).length,
    // Markup counts: headings by level, list items, quotes (code blocks are not reply text: `pre` is 0).
    ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`heading.h${n}`, reply.blocks.filter((b) => b.kind === 'heading' && b.depth === n).length])),
    list: reply.blocks.filter((b) => b.kind === 'list-item').length,
    blockquote: reply.blocks.filter((b) => b.kind === 'blockquote').length,
  };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences of the prose blocks, a soft line break read as a space (the reply's own sentences end at every line
 * break, which suits rules but would count a hard-wrapped paragraph's lines as sentences).
 */
function sentenceCount(reply: Reply): number {
  let n = 0;
  for (const b of reply.blocks) {
    if (b.kind === 'heading') continue;
    for (const s of segmenter.segment(reply.text.slice(b.start, b.end).replace(/\n/g, ' '))) if (/[\p{L}\p{N}]/u.test(s.segment)) n += 1;
  }
  return n;
}

/** English syllables by vowel groups, a silent final e and a floor of one. */
export function syllableCount(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouyà-ÿ]{1,2}/g)?.length ?? 1);
}
