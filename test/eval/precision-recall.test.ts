// Measures each mission rule's precision and recall on the independent labelled sets in fixtures/eval/, per round and combined.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Diagnostic } from '../../src/engine/types.js';
import { RuleTester } from '../../src/testing/rule-tester.js';

const RULE_IDS = ['jargon', 'no-name', 'no-empathy', 'bare-refusal', 'no-bug-thanks'] as const;
const LANGS = ['fi', 'en'];
/** The bar from issue 3; enforced only on request so that CI is not blocked while rules improve. */
const BAR = 0.9;
const strict = process.env.REPLYLINT_EVAL_STRICT === '1';

/** Each round is written independently of the rules and of the rounds before it; round 1 lives at the top. */
const ROUNDS = [
  { name: 'round 1', dir: '' },
  { name: 'round 2', dir: 'round2/' },
  { name: 'round 3', dir: 'round3/' },
] as const;
const COMBINED = 'combined';

const fixture = (dir: string, id: string) => fileURLToPath(new URL(`../../fixtures/eval/${dir}${id}.yaml`, import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.md', import.meta.url));

interface LabelledItem {
  index: number;
  title: string;
  lang: string;
  expect: 'fails' | 'passes';
}

interface Miss {
  kind: 'FP' | 'FN';
  round: string;
  /** The round's file, which the diagnostics' offsets point into. */
  source: string;
  item: LabelledItem;
  /** What the rule reported, for a false positive. */
  diagnostics: Diagnostic[];
}

interface Score {
  id: string;
  /** A round's name, or `combined`. */
  round: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  misses: Miss[];
  /** Diagnostics that are not the rule's own (parse errors, unknown kinds): the file itself is broken. */
  foreign: Diagnostic[];
}

/** The labels, read independently of replylint's own parser so that a parser bug cannot hide an item. */
function readLabels(text: string): { items: LabelledItem[]; problems: string[] } {
  const doc = parseYaml(text) as { macros?: unknown };
  const problems: string[] = [];
  if (!doc || !Array.isArray(doc.macros)) return { items: [], problems: ['no `macros:` list'] };
  const items = doc.macros.map((raw: unknown, index): LabelledItem => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const where = `item ${index} (${String(item.title)})`;
    if (typeof item.title !== 'string') problems.push(`${where}: no title`);
    if (typeof item.body !== 'string' || !item.body.trim()) problems.push(`${where}: no body`);
    if (typeof item.lang !== 'string' || !LANGS.includes(item.lang)) problems.push(`${where}: lang must be fi or en`);
    if (item.expect !== 'fails' && item.expect !== 'passes') problems.push(`${where}: expect must be fails or passes`);
    return { index, title: String(item.title), lang: String(item.lang), expect: item.expect as LabelledItem['expect'] };
  });
  return { items, problems };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function score(id: string, round: string, source: string, items: LabelledItem[], messages: Diagnostic[]): Score {
  const own = messages.filter((m) => m.ruleId === id);
  const s: Score = { id, round, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, misses: [], foreign: messages.filter((m) => m.ruleId !== id) };
  for (const item of items) {
    const diagnostics = own.filter((m) => m.templateIndex === item.index);
    const fired = diagnostics.length > 0;
    if (fired && item.expect === 'fails') s.tp += 1;
    else if (fired) {
      s.fp += 1;
      s.misses.push({ kind: 'FP', round, source, item, diagnostics });
    } else if (item.expect === 'fails') {
      s.fn += 1;
      s.misses.push({ kind: 'FN', round, source, item, diagnostics });
    } else s.tn += 1;
  }
  return withRatios(s);
}

function withRatios(s: Score): Score {
  s.precision = ratio(s.tp, s.tp + s.fp);
  s.recall = ratio(s.tp, s.tp + s.fn);
  return s;
}

/** One rule's rounds pooled item by item, so that a bigger round weighs more. */
function combine(id: string, rounds: Score[]): Score {
  const sum = (key: 'tp' | 'fp' | 'fn' | 'tn') => rounds.reduce((n, r) => n + r[key], 0);
  return withRatios({
    id,
    round: COMBINED,
    tp: sum('tp'),
    fp: sum('fp'),
    fn: sum('fn'),
    tn: sum('tn'),
    precision: 0,
    recall: 0,
    misses: rounds.flatMap((r) => r.misses),
    foreign: rounds.flatMap((r) => r.foreign),
  });
}

const pct = (n: number) => n.toFixed(2);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function table(scores: Score[]): string[] {
  return [
    '| rule | items | TP | FP | FN | TN | precision | recall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...scores.map((s) => `| ${s.id} | ${s.tp + s.fp + s.fn + s.tn} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${pct(s.precision)} | ${pct(s.recall)} |`),
  ];
}

function report(scores: Score[]): string {
  const lines = [
    '# Precision and recall on the independent evaluation set',
    '',
    'Generated by `test/eval/precision-recall.test.ts` from `fixtures/eval/<rule>.yaml` (round 1) and',
    '`fixtures/eval/round2/<rule>.yaml` (round 2), `fixtures/eval/round3/<rule>.yaml` (round 3); do not edit by hand.',
    `The bar is ${BAR} for both, per rule, on the combined set (enforced with \`REPLYLINT_EVAL_STRICT=1\`).`,
    '',
  ];
  for (const round of [...ROUNDS.map((r) => r.name), COMBINED]) {
    lines.push(`## ${round[0]!.toUpperCase()}${round.slice(1)}`, '', ...table(scores.filter((s) => s.round === round)), '');
  }
  lines.push('## Misses', '');
  for (const s of scores.filter((x) => x.round === COMBINED)) {
    if (s.misses.length === 0) continue;
    lines.push(`### ${s.id}`, '', '| round | miss | lang | item | what the rule reported |', '| --- | --- | --- | --- | --- |');
    for (const m of s.misses) {
      const said = m.diagnostics.map((d) => `${d.message} (at “${m.source.slice(d.offset, Math.min(d.endOffset, d.offset + 60))}”)`).join('; ');
      lines.push(`| ${m.round} | ${m.kind} | ${m.item.lang} | #${m.item.index} ${cell(m.item.title)} | ${cell(said || 'nothing')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const catalog = await loadCatalog();
const tester = new RuleTester(catalog.languages);
const scores: Score[] = [];
/** Per rule and round: the file's text, its labels and what is wrong with them. */
const rounds = new Map<string, { round: string; text: string; items: LabelledItem[]; problems: string[] }[]>();

for (const id of RULE_IDS) {
  const rule = catalog.rules.find((r) => r.rule.meta.id === id);
  const read = ROUNDS.map(({ name, dir }) => ({ round: name, text: readFileSync(fixture(dir, id), 'utf8') })).map((r) => ({ ...r, ...readLabels(r.text) }));
  rounds.set(id, read);
  if (!rule) continue;
  const perRound = read.map((r) => score(id, r.round, r.text, r.items, tester.lint(rule, r.text, { path: `${id}.yaml` })));
  scores.push(...perRound, combine(id, perRound));
}

const results = report(scores);
console.log(results);
writeFileSync(resultsFile, `${results}\n`);

describe.each(RULE_IDS.map((id) => [id]))('%s evaluation set', (id) => {
  const combined = scores.find((x) => x.id === id && x.round === COMBINED);

  it('is a built-in rule', () => {
    expect(combined, `rule ${id} in the catalog`).toBeDefined();
  });

  describe.each(ROUNDS.map((r) => [r.name]))('%s', (round) => {
    const file = rounds.get(id)!.find((r) => r.round === round)!;
    const s = scores.find((x) => x.id === id && x.round === round);

    it('labels every item with a title, a language and an expected outcome', () => {
      expect(file.problems).toEqual([]);
    });

    it('parses without problems, so every item is really linted', () => {
      expect(s?.foreign.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    });

    it('holds both outcomes in both languages', () => {
      for (const lang of LANGS) {
        for (const outcome of ['fails', 'passes']) {
          expect(file.items.filter((i) => i.lang === lang && i.expect === outcome).length, `${lang} ${outcome}`).toBeGreaterThanOrEqual(8);
        }
      }
    });
  });

  it.runIf(strict)(`reaches precision and recall of ${BAR} on all rounds combined`, () => {
    expect(combined!.precision, 'precision').toBeGreaterThanOrEqual(BAR);
    expect(combined!.recall, 'recall').toBeGreaterThanOrEqual(BAR);
  });
});
