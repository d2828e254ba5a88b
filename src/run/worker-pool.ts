// Spreads file jobs over worker threads and the main thread, and returns the outcomes in job order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ChunkOutcome, FileJob } from './lint-worker.js';
import type { RunnerSetup } from './runner-setup.js';

/** `--concurrency`: a number of threads (1 = no workers), or `auto`. */
export type Concurrency = number | 'auto';

/**
 * `auto` starts workers only from this many files on. A worker first loads the rules and language data
 * again before its first result, and on two cores two busy threads each lint much slower than one alone.
 * Measured on the benchmark corpus (-f compact, wall, 2-4 runs each), one thread vs two: 2,830 files 3.3 s
 * vs 3.5 s, 5,700 files 5.1 s vs 5.3 s, 8,600 files 6.5 s vs 6.8 s, 10,000 files 9.1 s vs 8.0 s. Since
 * replies skip the Markdown parser, a file costs half what it did and the worker's start weighs more (the
 * threshold was 3,000). See README "Performance".
 */
export const AUTO_MIN_FILES = 9000;
/** Under `auto`, one more thread per this many files, up to the cores available. */
const AUTO_FILES_PER_THREAD = 200;
/** Files per task: large enough that messaging costs nothing next to linting, small enough that threads finish together. */
const CHUNK_SIZE = 16;

/** How many threads (the main thread included) lint `files` files. */
export function threadCount(concurrency: Concurrency | undefined, files: number, cores = availableParallelism()): number {
  const chunks = Math.ceil(files / CHUNK_SIZE);
  if (concurrency === undefined || concurrency === 'auto') {
    if (files < AUTO_MIN_FILES) return 1;
    return Math.max(1, Math.min(cores, Math.floor(files / AUTO_FILES_PER_THREAD), chunks));
  }
  return Math.max(1, Math.min(Math.floor(concurrency), chunks));
}

/** The compiled worker module beside this one; absent when running from the TypeScript sources (tests). */
const WORKER_FILE = new URL('./lint-worker.js', import.meta.url);

export function workersAvailable(): boolean {
  return WORKER_FILE.protocol === 'file:' && existsSync(fileURLToPath(WORKER_FILE));
}

/**
 * Lints `jobs` on `threads` threads: `threads - 1` workers built from `setup`, plus the main thread
 * through `lintOnMain` (on two cores a third thread would only wait). Chunks are handed out as threads
 * free up; `deliver` gets the outcomes in job order, each as soon as it and all before it are done,
 * whichever thread linted them.
 */
export async function lintInParallel(
  jobs: readonly FileJob[],
  threads: number,
  setup: RunnerSetup,
  lintOnMain: (jobs: FileJob[]) => Promise<ChunkOutcome>,
  deliver: (outcome: ChunkOutcome) => void,
): Promise<void> {
  const chunks: FileJob[][] = [];
  for (let i = 0; i < jobs.length; i += CHUNK_SIZE) chunks.push(jobs.slice(i, i + CHUNK_SIZE));
  const workers = threads - 1;
  if (workers < 1 || !workersAvailable()) {
    deliver(await lintOnMain([...jobs]));
    return;
  }

  // Two tasks per worker in flight, so a worker never idles while the main thread is busy linting.
  // Loaded only when workers start: a pre-commit run of a few files never pays for it.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER_FILE.href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2 });
  // Outcomes that came back before an earlier one wait here; delivered ones are dropped.
  const waiting: Array<ChunkOutcome | undefined> = new Array(chunks.length);
  let delivered = 0;
  const done = (index: number, outcome: ChunkOutcome): void => {
    waiting[index] = outcome;
    while (delivered < chunks.length && waiting[delivered] !== undefined) {
      deliver(waiting[delivered]!);
      waiting[delivered] = undefined;
      delivered += 1;
    }
  };
  let next = 0;
  const take = () => (next < chunks.length ? next++ : -1);
  const onWorker = async () => {
    for (let i = take(); i >= 0; i = take()) done(i, (await pool.run({ setup, jobs: chunks[i] })) as ChunkOutcome);
  };
  const onMain = async () => {
    for (let i = take(); i >= 0; i = take()) {
      done(i, await lintOnMain(chunks[i]!));
      // Let the workers' finished tasks be collected and new ones sent before the next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([onMain(), ...Array.from({ length: workers * 2 }, onWorker)]);
  } finally {
    await pool.destroy();
  }
}
