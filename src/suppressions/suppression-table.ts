// The baseline: how many problems of each rule each template of each file had when it was recorded.
import path from 'node:path';
import type { Diagnostic, FileResult } from '../engine/types.js';

/** One counted bucket: a file (relative to the suppressions file's folder, with `/`), a template label, a rule. */
export interface SuppressionKey {
  file: string;
  /** The template's label in a macro collection; `""` for a file that is one template. */
  template: string;
  rule: string;
}

/** Counts by key; read and written as `{file: {template: {rule: {count}}}}`. */
export type SuppressionTable = ReadonlyMap<string, { key: SuppressionKey; count: number }>;

// JSON of the triple: labels are user text, so no separator character is safe.
export const keyId = (key: SuppressionKey): string => JSON.stringify([key.file, key.template, key.rule]);

/** The file's name in the table: relative to the table's folder, with `/` on every platform. */
export function tableFileName(filePath: string, baseDir: string): string {
  return path.relative(baseDir, path.resolve(baseDir, filePath)).split(path.sep).join('/');
}

/**
 * Warnings and errors are recorded (ESLint records errors only; a team adopting replylint also wants a
 * clean report, and `--max-warnings 0` gates on warnings). Infos never fail a run, so they stay visible;
 * a file that cannot be parsed and a crashed rule are never hidden.
 */
export function isSuppressible(d: Diagnostic): boolean {
  if (d.severity === 'info') return false;
  if (d.ruleId === 'rule-error') return false;
  return !(d.ruleId === 'parse-error' && d.severity === 'error');
}

/** The suppressible diagnostics of one file, grouped by key. */
export function groupByKey(result: FileResult, baseDir: string): Map<string, { key: SuppressionKey; messages: Diagnostic[] }> {
  const file = tableFileName(result.filePath, baseDir);
  const groups = new Map<string, { key: SuppressionKey; messages: Diagnostic[] }>();
  for (const d of result.messages) {
    if (!isSuppressible(d)) continue;
    const key = { file, template: d.template ?? '', rule: d.ruleId };
    const id = keyId(key);
    const group = groups.get(id);
    if (group) group.messages.push(d);
    else groups.set(id, { key, messages: [d] });
  }
  return groups;
}
