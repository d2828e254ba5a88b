// `npm run bench`: measures replylint, the parse floors and the peer linters side by side in one run (issue 6),
// prints the tables and writes test/bench/results.md.
//
// `node test/bench/run.mjs --report` rewrites results.md from the raw numbers of the last run (.corpus/last-run.json)
// without measuring again. Environment: BENCH_REPS=n sets every case's repetitions; BENCH_QUICK=1 skips the peers on 10,000 files;
// REPLYLINT_SHARED points at the shared folder holding bench/gen-corpus.mjs (default: ../shared);
// BENCH_CORPORA=ten,1k measures only those corpora (of ten, 1k, macros, 10k), for a quick check of the harness.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as cases from './lib/cases.mjs';
import { ensureCorpora } from './lib/corpus.mjs';
import { rssMethod, runOnce, summarize } from './lib/measure.mjs';
import { benchDir, corpusDir, peersDir, projectPackageVersion, repoRoot } from './lib/paths.mjs';
import { writePrhDictionary } from './lib/prh-dictionary.mjs';
import { mainTable, macrosTable, ratiosTable, resultsIndex, resultsMarkdown, targetLines } from './lib/report.mjs';

const lastRunFile = join(corpusDir, 'last-run.json');
const quick = process.env.BENCH_QUICK === '1';
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const peerNames = ['textlint', 'textlint-rule-prh', 'textlint-rule-write-good', 'markdownlint-cli2', 'alex'];

/** The peers are dependencies of test/bench/package.json only, installed from its lock file on the first run. */
function ensurePeers() {
  if (peerNames.some((name) => !existsSync(join(peersDir, name, 'package.json')))) {
    log('installing the peer linters into test/bench/node_modules (npm ci) …');
    execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return Object.fromEntries(peerNames.map((name) => [name, JSON.parse(readFileSync(join(peersDir, name, 'package.json'), 'utf8')).version]));
}

/** Which optional replylint options exist in this build, from its --help. */
function replylintFeatures() {
  const help = execFileSync(process.execPath, [join(repoRoot, 'bin', 'replylint.js'), '--help'], { encoding: 'utf8' });
  return { cache: help.includes('--cache'), concurrency: help.includes('--concurrency') };
}

const distDir = join(repoRoot, 'dist', 'src');

/** The time of the newest file under a folder. */
function newestChange(dir) {
  return readdirSync(dir, { recursive: true }).reduce((latest, name) => Math.max(latest, statSync(join(dir, name)).mtimeMs), 0);
}

/** replylint runs from dist/: a build older than the sources would measure old code. */
function staleBuildNote() {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first');
  return newestChange(join(repoRoot, 'src')) > newestChange(distDir)
    ? 'dist/ is older than src/: this run measured the last build, not the current sources (run `npm run build`).'
    : undefined;
}

/** Other engineers build in the same checkout: a build during the run means its numbers mix two builds. */
function rebuiltNote(distAtStart) {
  const now = newestChange(distDir);
  return now > distAtStart
    ? `dist/ was rebuilt during this run (last at ${new Date(now).toISOString()}): replylint's numbers may mix two builds.`
    : undefined;
}

function gitDescription() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rules', 'bin'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${commit} plus uncommitted changes` : commit;
  } catch {
    return 'unknown commit';
  }
}

/** The machine and versions, taken before measuring; the load average at the end is appended afterwards. */
function machineLines(versions, loadAtStart, features) {
  const cpus = os.cpus();
  const nproc = (() => {
    try {
      return execFileSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return 'n/a';
    }
  })();
  const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    `date: ${new Date().toISOString()}`,
    `CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}; \`nproc\`: ${nproc}; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()}`,
    `load average (1, 5, 15 min) at the start: ${load(loadAtStart)}`,
    `Node ${process.version}; peak RSS taken with ${rssMethod}`,
    `replylint ${JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version} (${gitDescription()}), recommended rules, run from dist/; options measured: ${
      [features.cache && '--cache', features.concurrency && '--concurrency'].filter(Boolean).join(', ') || 'none'}`,
    `floors use the project's unified ${projectPackageVersion('unified')}, remark-parse ${projectPackageVersion('remark-parse')}, remark-frontmatter ${projectPackageVersion('remark-frontmatter')}, yaml ${projectPackageVersion('yaml')}`,
    `peers: ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}`,
    'corpora: `gen-corpus.mjs --seed 1`: 10, 1,000 and 10,000 templates, 10,000 macros in one YAML file',
  ];
}

/** The cases of one corpus, in the order the table lists them. */
function casesFor(corpus, corpora, versions, features, textlintConfig) {
  if (corpus === 'macros') {
    return [...cases.macrosFloor(corpora), ...cases.replylint(corpora, 'macros', features)];
  }
  const peers = quick && corpus === '10k'
    ? []
    : [
        ...cases.markdownlint(corpora, corpus, versions),
        ...cases.textlint(corpora, corpus, versions, textlintConfig),
        ...cases.alex(corpora, corpus, versions),
      ];
  return [
    ...(corpus === 'ten' ? cases.nodeStartup() : []),
    ...cases.readOnlyFloor(corpora, corpus),
    ...cases.parseFloor(corpora, corpus),
    ...cases.replylint(corpora, corpus, features),
    ...cases.replylintCache(corpora, corpus, features),
    ...peers,
  ];
}

/**
 * Runs the cases in rounds (one repetition of each case per round) rather than all repetitions of one case in a
 * row, so that a burst of load from other users of the machine lands on every tool alike.
 */
function measureInRounds(list) {
  const runs = new Map(list.map((item) => [item, []]));
  const rounds = Math.max(...list.map((item) => item.reps));
  for (let round = 0; round < rounds; round++) {
    for (const item of list) {
      if (round >= item.reps) continue;
      item.before?.();
      const run = runOnce(item);
      runs.get(item).push(run);
      log(`${item.label} [${item.corpus}] ${round + 1}/${item.reps}: ${run.seconds.toFixed(2)} s, ${Math.round(run.peakMiB)} MiB`);
    }
  }
  return list.map((item) => ({ kind: item.kind, label: item.label, corpus: item.corpus, ...summarize(runs.get(item)) }));
}

async function main() {
  const loadAtStart = os.loadavg();
  log(`load average at start: ${loadAtStart.map((value) => value.toFixed(2)).join(', ')} on ${os.cpus().length} cores`);
  const versions = ensurePeers();
  mkdirSync(corpusDir, { recursive: true });
  const corpora = ensureCorpora(log);
  const dictionary = await writePrhDictionary(join(corpusDir, 'prh.yml'));
  const textlintConfig = join(corpusDir, 'textlintrc.json');
  writeFileSync(textlintConfig, JSON.stringify({ rules: { prh: { rulePaths: [dictionary.file] }, 'write-good': true } }));
  const features = replylintFeatures();
  const distAtStart = newestChange(distDir);
  const notes = [staleBuildNote(), quick ? 'BENCH_QUICK=1: the peers were not run on 10,000 files.' : undefined].filter(Boolean);
  for (const note of notes) log(note);

  const machine = machineLines(versions, loadAtStart, features);
  machine.push(`textlint's prh dictionary: ${dictionary.rules} rules generated from rules/jargon/en.yaml and fi.yaml`);

  const results = [];
  const only = process.env.BENCH_CORPORA?.split(',').map((name) => name.trim());
  if (only) notes.push(`BENCH_CORPORA=${only.join(',')}: the other corpora were not measured.`);
  for (const corpus of ['ten', '1k', 'macros', '10k'].filter((name) => !only || only.includes(name))) {
    results.push(...measureInRounds(casesFor(corpus, corpora, versions, features, textlintConfig)));
    // Saved after every corpus, so a run that fails late still leaves its numbers behind.
    writeFileSync(lastRunFile, JSON.stringify({ machine, results, notes }, null, 1));
  }
  machine.splice(3, 0, `load average at the end: ${os.loadavg().map((value) => value.toFixed(2)).join(', ')}`);
  const rebuilt = rebuiltNote(distAtStart);
  if (rebuilt) notes.push(rebuilt);
  writeFileSync(lastRunFile, JSON.stringify({ machine, results, notes }, null, 1));
  report({ machine, results, notes });
}

/** Writes results.md and prints the tables. */
function report(run) {
  writeFileSync(join(benchDir, 'results.md'), resultsMarkdown(run));
  const get = resultsIndex(run.results);
  process.stdout.write(`${mainTable(get)}\n\n${macrosTable(get)}\n\n${ratiosTable(get)}\n\n${targetLines(get)}\n\nwritten to test/bench/results.md\n`);
}

if (process.argv.includes('--report')) report(JSON.parse(readFileSync(lastRunFile, 'utf8')));
else await main();
