// Computes a new baseline from a run's (unsuppressed) results: record today's problems, or prune what is gone.
import type { FileResult } from '../engine/types.js';
import { groupByKey, tableFileName, type SuppressionKey, type SuppressionTable } from './suppression-table.js';

type Entry = { key: SuppressionKey; count: number };

/**
 * `--suppress-all` (no `rules`) or `--suppress-rule` (the listed rules): for every file of this run,
 * the matching buckets are set to today's counts (a bucket with no problems left is dropped). Files
 * not linted in this run and rules not listed keep their entries.
 */
export function recordSuppressions(previous: SuppressionTable, results: readonly FileResult[], baseDir: string, rules?: readonly string[]): SuppressionTable {
  const selected = (rule: string) => rules === undefined || rules.includes(rule);
  const linted = new Set(results.map((r) => tableFileName(r.filePath, baseDir)));
  const table = new Map<string, Entry>();
  for (const [id, entry] of previous) {
    if (!(linted.has(entry.key.file) && selected(entry.key.rule))) table.set(id, entry);
  }
  for (const result of results) {
    for (const [id, { key, messages }] of groupByKey(result, baseDir)) {
      if (selected(key.rule)) table.set(id, { key, count: messages.length });
    }
  }
  return table;
}

/**
 * `--prune-suppressions`: for files of this run, each count drops to today's number of problems (never
 * rises) and empty buckets go; entries of files that no longer exist go too. Other entries stay.
 */
export function pruneSuppressions(previous: SuppressionTable, results: readonly FileResult[], baseDir: string, exists: (file: string) => boolean): SuppressionTable {
  const now = new Map<string, number>();
  const linted = new Set<string>();
  for (const result of results) {
    linted.add(tableFileName(result.filePath, baseDir));
    for (const [id, { messages }] of groupByKey(result, baseDir)) now.set(id, messages.length);
  }
  const table = new Map<string, Entry>();
  for (const [id, entry] of previous) {
    if (linted.has(entry.key.file)) {
      const count = Math.min(entry.count, now.get(id) ?? 0);
      if (count > 0) table.set(id, { key: entry.key, count });
    } else if (exists(entry.key.file)) {
      table.set(id, entry);
    }
  }
  return table;
}

/** Total of the counts: for the one-line summary after recording. */
export const totalCount = (table: SuppressionTable): number => [...table.values()].reduce((n, e) => n + e.count, 0);
