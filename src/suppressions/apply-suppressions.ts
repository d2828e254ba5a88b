// Moves recorded problems out of the report, so a run fails only on new ones.
import type { Diagnostic, FileResult } from '../engine/types.js';
import { groupByKey, type SuppressionTable } from './suppression-table.js';

/**
 * For each (file, template, rule) bucket: when there are at most as many problems as recorded, all of
 * them move to `suppressedMessages`; when there are more, all are reported (which ones are new cannot
 * be told without line numbers, as in ESLint) with a notice saying so. Fewer than recorded is fine:
 * `--prune-suppressions` lowers the count. Results are new objects with recomputed counts.
 */
export function applySuppressions(results: readonly FileResult[], table: SuppressionTable, baseDir: string): FileResult[] {
  if (table.size === 0) return [...results];
  return results.map((result) => applyToFile(result, table, baseDir));
}

function applyToFile(result: FileResult, table: SuppressionTable, baseDir: string): FileResult {
  const suppressed = new Set<Diagnostic>();
  const notices = [...result.notices];
  for (const [id, { key, messages }] of groupByKey(result, baseDir)) {
    const recorded = table.get(id)?.count;
    if (recorded === undefined) continue;
    if (messages.length <= recorded) for (const d of messages) suppressed.add(d);
    else notices.push({ message: grownNotice(key.rule, key.template, recorded, messages.length) });
  }
  if (suppressed.size === 0 && notices.length === result.notices.length) return result;
  const messages = result.messages.filter((d) => !suppressed.has(d));
  return {
    ...result,
    messages,
    suppressedMessages: [...(result.suppressedMessages ?? []), ...result.messages.filter((d) => suppressed.has(d))],
    notices,
    ...countsOf(messages),
  };
}

export function grownNotice(rule: string, template: string, recorded: number, now: number): string {
  const where = template === '' ? '' : ` in “${template}”`;
  return `${recorded} suppressed problem${recorded === 1 ? '' : 's'} of rule ${rule}${where} grew to ${now}: all of them are reported. Fix the new one${now - recorded === 1 ? '' : 's'}, or record ${now - recorded === 1 ? 'it' : 'them'} with --suppress-rule ${rule}.`;
}

/** The counts of a FileResult, from the messages it reports. */
export function countsOf(messages: readonly Diagnostic[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableErrorCount' | 'fixableWarningCount'> {
  const count = (severity: Diagnostic['severity'], fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warn', true),
  };
}
