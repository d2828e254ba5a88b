// A worker thread's task: lint a slice of the files with a runner built from the same setup as the main thread's.
import type { FileResult } from '../engine/types.js';
import type { LineRange } from '../files/changed-files.js';
import type { LintRunner } from './lint-paths.js';
import { loadRunnerSetup, runnerFor, type RunnerSetup } from './runner-setup.js';

export interface FileJob {
  path: string;
  explicit: boolean;
  /** --changed-since: the file's changed lines, computed once on the main thread. */
  changedLines?: readonly LineRange[];
}

export interface ChunkTask {
  setup: RunnerSetup;
  jobs: FileJob[];
}

export interface ChunkOutcome {
  /** One per job, in job order; `skipped` results are kept so positions line up. */
  results: FileResult[];
  unwritten: Array<{ path: string; reason: string }>;
}

// Every task of one run carries the same setup; a worker builds its runner once and keeps it.
let built: { key: string; runner: Promise<LintRunner> } | undefined;

export default async function lintChunk(task: ChunkTask): Promise<ChunkOutcome> {
  const key = JSON.stringify(task.setup);
  if (built?.key !== key) built = { key, runner: loadRunnerSetup(task.setup).then((loaded) => runnerFor(task.setup, loaded)) };
  return (await built.runner).lintJobs(task.jobs);
}
