import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.js';
import { serializeSuppressions } from '../../src/suppressions/suppressions-file.js';
import { keyId, type SuppressionKey, type SuppressionTable } from '../../src/suppressions/suppression-table.js';
import { pruneSuppressions, recordSuppressions } from '../../src/suppressions/update-suppressions.js';
import { diagnostic, fileResult } from '../format/make-result.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, endLine: 1, endColumn: offset + 2, offset, endOffset: offset + 1 });
const d = (offset: number, extra: Partial<Diagnostic> = {}) => diagnostic({ ...at(offset), ...extra });
const table = (...entries: Array<[string, string, string, number]>) =>
  new Map(entries.map(([file, template, rule, count]) => {
    const key: SuppressionKey = { file, template, rule };
    return [keyId(key), { key, count }];
  }));
/** The table as its file's JSON, so comparisons ignore insertion order. */
const asJson = (t: SuppressionTable) => JSON.parse(serializeSuppressions(t)) as unknown;

describe('recording suppressions', () => {
  it('--suppress-all counts warnings and errors per file, template and rule, but not infos', () => {
    const results = [
      fileResult('/repo/m.yaml', [d(0, { template: 'A' }), d(1, { template: 'A' }), d(2, { template: 'B', ruleId: 'no-name', severity: 'error' }), d(3, { template: 'B', severity: 'info' })]),
      fileResult('/repo/sub/a.md', [d(0)]),
    ];
    expect(asJson(recordSuppressions(new Map(), results, '/repo'))).toEqual({
      'm.yaml': { A: { jargon: { count: 2 } }, B: { 'no-name': { count: 1 } } },
      'sub/a.md': { '': { jargon: { count: 1 } } },
    });
  });

  it('re-records the linted files and keeps entries of files this run did not lint', () => {
    const previous = table(['a.md', '', 'jargon', 5], ['b.md', '', 'jargon', 2]);
    const recorded = recordSuppressions(previous, [fileResult('/repo/a.md', [d(0)])], '/repo');
    expect(asJson(recorded)).toEqual({ 'a.md': { '': { jargon: { count: 1 } } }, 'b.md': { '': { jargon: { count: 2 } } } });
    expect(asJson(recordSuppressions(previous, [fileResult('/repo/a.md', [])], '/repo'))).toEqual({ 'b.md': { '': { jargon: { count: 2 } } } });
  });

  it('--suppress-rule records only the listed rules and leaves the others as they were', () => {
    const previous = table(['a.md', '', 'no-name', 3]);
    const results = [fileResult('/repo/a.md', [d(0), d(1, { ruleId: 'no-name' }), d(2, { ruleId: 'no-empathy' })])];
    expect(asJson(recordSuppressions(previous, results, '/repo', ['jargon']))).toEqual({ 'a.md': { '': { jargon: { count: 1 }, 'no-name': { count: 3 } } } });
  });
});

describe('pruning suppressions', () => {
  it('lowers counts to what still occurs, drops what is gone, and never raises a count', () => {
    const previous = table(['a.md', '', 'jargon', 3], ['a.md', '', 'no-name', 1], ['a.md', '', 'no-empathy', 1]);
    const results = [fileResult('/repo/a.md', [d(0), d(1, { ruleId: 'no-empathy' }), d(2, { ruleId: 'no-empathy' })])];
    expect(asJson(pruneSuppressions(previous, results, '/repo', () => true))).toEqual({ 'a.md': { '': { jargon: { count: 1 }, 'no-empathy': { count: 1 } } } });
  });

  it('keeps entries of files not linted in this run while they exist, and drops those of deleted files', () => {
    const previous = table(['kept.md', '', 'jargon', 1], ['deleted.md', '', 'jargon', 1]);
    const pruned = pruneSuppressions(previous, [], '/repo', (file) => file === 'kept.md');
    expect(asJson(pruned)).toEqual({ 'kept.md': { '': { jargon: { count: 1 } } } });
  });
});
