// What the benchmark measures: one function per kind of measurement, each returning the runs to make.
//
// A case is { kind, label, corpus, args, cwd, reps, before? }: `node <args>` run in `cwd`, `reps` times, with
// `before()` called ahead of every repetition, outside the timing.
// `corpus` is 'ten', '1k', '10k' or 'macros'.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runOnce } from './measure.mjs';
import { benchDir, corpusDir, peersDir, repoRoot } from './paths.mjs';

const replylintBin = join(repoRoot, 'bin', 'replylint.js');
const floor = (name) => join(benchDir, 'floors', name);

/** Repetitions: many for the quick cases, fewer for the long ones; BENCH_REPS sets them all. */
export function repsFor(corpus, slow = false) {
  const forced = Number(process.env.BENCH_REPS);
  if (Number.isInteger(forced) && forced > 0) return forced;
  if (corpus === 'ten') return 10;
  return slow ? 3 : 5;
}

/** The paths a linter is given: the ten files one by one (as a pre-commit hook passes them), else a folder. */
function targets(corpora, corpus) {
  if (corpus === 'ten') return corpora.tenFiles;
  if (corpus === 'macros') return [corpora.macrosFile];
  return [corpus === '1k' ? corpora.files1000 : corpora.files10000];
}

export function nodeStartup() {
  return [{ kind: 'startup', label: 'Node start-up alone', corpus: 'ten', args: ['-e', '0'], cwd: repoRoot, reps: repsFor('ten') }];
}

export function readOnlyFloor(corpora, corpus) {
  return [{ kind: 'read', label: 'reading the files only', corpus, args: [floor('read-files.mjs'), ...targets(corpora, corpus)], cwd: repoRoot, reps: repsFor(corpus) }];
}

export function parseFloor(corpora, corpus) {
  return [{
    kind: 'floor', label: 'read + remark-parse + front-matter YAML (the floor)', corpus,
    args: [floor('parse-files.mjs'), ...targets(corpora, corpus)], cwd: repoRoot, reps: repsFor(corpus),
  }];
}

/** The macro-file floor: `parseDocument` alone, and `parseDocument` plus a remark parse of every body. */
export function macrosFloor(corpora) {
  const file = corpora.macrosFile;
  return [
    { kind: 'yaml-only', label: '`yaml` parseDocument alone', corpus: 'macros', args: [floor('parse-macros.mjs'), file, '--yaml-only'], cwd: repoRoot, reps: repsFor('macros') },
    { kind: 'floor', label: 'parseDocument + remark parse of each body (the floor)', corpus: 'macros', args: [floor('parse-macros.mjs'), file], cwd: repoRoot, reps: repsFor('macros') },
  ];
}

/** replylint with the default `recommended` rules, one thread (and `--concurrency auto` when it exists). */
export function replylint(corpora, corpus, features) {
  const base = [replylintBin, ...targets(corpora, corpus), '-f', 'compact'];
  const single = features.concurrency ? [...base, '--concurrency', '1'] : base;
  const cases = [{ kind: 'replylint', label: 'replylint, recommended rules, one thread', corpus, args: single, cwd: repoRoot, reps: repsFor(corpus) }];
  if (features.concurrency && corpus !== 'ten' && corpus !== 'macros') {
    cases.push({ kind: 'replylint-auto', label: 'replylint `--concurrency auto`', corpus, args: [...base, '--concurrency', 'auto'], cwd: repoRoot, reps: repsFor(corpus) });
  }
  return cases;
}

/** `--cache`: cold (the cache file removed before every run) and warm (nothing changed since the last run). */
export function replylintCache(corpora, corpus, features) {
  if (!features.cache) return [];
  const base = [replylintBin, ...targets(corpora, corpus), '-f', 'compact', '--cache', '--cache-location'];
  const coldFile = join(corpusDir, `replylint-${corpus}-cold.cache`);
  const warmFile = join(corpusDir, `replylint-${corpus}-warm.cache`);
  const warm = { args: [...base, warmFile], cwd: repoRoot };
  return [
    {
      kind: 'cache-cold', label: 'replylint `--cache`, cold', corpus, args: [...base, coldFile], cwd: repoRoot, reps: repsFor(corpus),
      before: () => rmSync(coldFile, { force: true }),
    },
    {
      kind: 'cache-warm', label: 'replylint `--cache`, warm, nothing changed', corpus, ...warm, reps: repsFor(corpus),
      // An untimed run just before each timed one, so "nothing changed since the last run" holds even when
      // someone rebuilds dist/ between rounds (a new build invalidates the whole cache).
      before: () => runOnce(warm),
    },
  ];
}

/** markdownlint-cli2 with its default rules (structure only), given a glob as its users do. */
export function markdownlint(corpora, corpus, versions) {
  const bin = join(peersDir, 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const folder = corpus === 'ten' ? corpora.tenDir : targets(corpora, corpus)[0];
  const globs = corpus === 'ten' ? corpora.tenFiles.map((file) => file.slice(folder.length + 1)) : ['**/*.md'];
  return [{ kind: 'markdownlint', label: `markdownlint-cli2 ${versions['markdownlint-cli2']} (structure rules only)`, corpus, args: [bin, ...globs], cwd: folder, reps: repsFor(corpus) }];
}

/** textlint with prh (a dictionary made from replylint's jargon lists) and write-good. */
export function textlint(corpora, corpus, versions, textlintConfig) {
  const bin = join(peersDir, 'textlint', 'bin', 'textlint.js');
  return [{
    kind: 'textlint', label: `textlint ${versions.textlint} (prh jargon dictionary + write-good)`, corpus,
    // Run from test/bench so textlint finds its rules in test/bench/node_modules.
    args: [bin, '--config', textlintConfig, '-f', 'compact', ...targets(corpora, corpus)], cwd: benchDir, reps: repsFor(corpus),
  }];
}

/** alex with its defaults; on 10,000 files a run takes minutes, so it gets fewer repetitions. */
export function alex(corpora, corpus, versions) {
  const bin = join(peersDir, 'alex', 'cli.js');
  return [{ kind: 'alex', label: `alex ${versions.alex}`, corpus, args: [bin, ...targets(corpora, corpus)], cwd: benchDir, reps: repsFor(corpus, corpus === '10k') }];
}
