// One run's suppression step: optionally record or prune the baseline, write it, then apply it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FileResult } from '../engine/types.js';
import { applySuppressions } from './apply-suppressions.js';
import { writeSuppressionsFile, type SuppressionsFileError } from './suppressions-file.js';
import type { SuppressionTable } from './suppression-table.js';
import { pruneSuppressions, recordSuppressions, totalCount } from './update-suppressions.js';

export interface SuppressionOptions {
  /** Absolute path of the suppressions file; file names inside it are relative to its folder. */
  file: string;
  /** Before applying: record today's problems (every rule, or the listed ones), or prune what is gone. */
  update?: { record: 'all' | readonly string[] } | 'prune';
}

export interface SettledSuppressions {
  results: FileResult[];
  /** One-line summaries for the person running it (what was recorded or pruned). */
  notes: string[];
  /** The file could not be written: the run fails. */
  problem?: SuppressionsFileError;
}

/** `results` must be unsuppressed (fresh or cached): the baseline counts what the rules find. */
export async function settleSuppressions(results: readonly FileResult[], table: SuppressionTable, options: SuppressionOptions, cwd: string): Promise<SettledSuppressions> {
  const baseDir = path.dirname(options.file);
  const shown = path.relative(cwd, options.file) || options.file;
  const notes: string[] = [];
  let current = table;
  if (options.update) {
    const before = totalCount(table);
    current =
      options.update === 'prune'
        ? pruneSuppressions(table, results, baseDir, (file) => existsSync(path.resolve(baseDir, file)))
        : recordSuppressions(table, results, baseDir, options.update.record === 'all' ? undefined : options.update.record);
    const error = await writeSuppressionsFile(options.file, current);
    if (error) return { results: [...results], notes, problem: { file: options.file, message: `cannot write it (${error})` } };
    const after = totalCount(current);
    notes.push(
      options.update === 'prune'
        ? `${shown}: pruned ${before - after} of ${before} suppressed problem${before === 1 ? '' : 's'}; ${after} remain.`
        : `${shown}: ${after} problem${after === 1 ? '' : 's'} suppressed (was ${before}).`,
    );
  }
  return { results: applySuppressions(results, current, baseDir), notes };
}
