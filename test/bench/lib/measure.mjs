// Runs one command line as a timed child process and records wall time, peak RSS and how much it printed.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDir } from './paths.mjs';

const gnuTime = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'replylint-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** How peak memory is taken: GNU time's %M, or a probe preloaded into the (always Node) child. */
export const rssMethod = existsSync(gnuTime) ? "/usr/bin/time -f '%M'" : 'process.resourceUsage() in the child';

/**
 * One run of `node <args>` in `cwd`. Output goes to files, not to a pipe we must drain, so a linter that prints
 * much is not slowed by us; exit codes 0 and 1 both mean "ran" (linters exit 1 when they find problems).
 */
export function runOnce({ args, cwd, env }) {
  const stdoutFile = join(scratch, 'stdout');
  const stderrFile = join(scratch, 'stderr');
  const rssFile = join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const [command, commandArgs] = existsSync(gnuTime)
    ? [gnuTime, ['-o', rssFile, '-f', '%M', process.execPath, ...args]]
    : [process.execPath, ['--import', pathToFileURL(join(benchDir, 'lib', 'rss-probe.mjs')).href, ...args]];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', out, err],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const stderr = readFileSync(stderrFile, 'utf8');
  const status = result.status;
  if (result.error || status === null || status > 1) {
    throw new Error(`node ${args.join(' ')} failed (exit ${status ?? result.signal}):\n${stderr.slice(-2000)}`);
  }
  const rssText = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop() : '';
  return {
    seconds,
    peakMiB: Number(rssText) / 1024,
    outputLines: countLines(readFileSync(stdoutFile, 'utf8')) + countLines(stderr),
  };
}

function countLines(text) {
  return text === '' ? 0 : text.split('\n').filter((line) => line.trim() !== '').length;
}

/** Median, min and max of the wall times; peak memory is the highest of the runs. */
export function summarize(runs) {
  const times = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return {
    runs: runs.length,
    median: times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2,
    min: times[0],
    max: times[times.length - 1],
    peakMiB: Math.max(...runs.map((run) => run.peakMiB)),
    outputLines: runs[runs.length - 1].outputLines,
  };
}
