import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.js';
import { applySuppressions } from '../../src/suppressions/apply-suppressions.js';
import { keyId, type SuppressionKey } from '../../src/suppressions/suppression-table.js';
import { diagnostic, fileResult } from '../format/make-result.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, endLine: 1, endColumn: offset + 2, offset, endOffset: offset + 1 });
const d = (offset: number, extra: Partial<Diagnostic> = {}) => diagnostic({ ...at(offset), ...extra });
const table = (...entries: Array<[string, string, string, number]>) =>
  new Map(entries.map(([file, template, rule, count]) => {
    const key: SuppressionKey = { file, template, rule };
    return [keyId(key), { key, count }];
  }));

describe('applying suppressions', () => {
  it('moves recorded problems to suppressedMessages and recomputes every count', () => {
    const messages = [d(0, { severity: 'error', fix: { range: [0, 1], text: '' } }), d(2, { severity: 'error' }), d(4, { ruleId: 'no-name', fix: { range: [4, 5], text: '' } })];
    const [result] = applySuppressions([fileResult('/repo/a.md', messages)], table(['a.md', '', 'jargon', 2]), '/repo');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-name']);
    expect(result.suppressedMessages?.map((m) => m.offset)).toEqual([0, 2]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1 });
  });

  it('suppresses fewer problems than recorded silently', () => {
    const [result] = applySuppressions([fileResult('/repo/a.md', [d(0)])], table(['a.md', '', 'jargon', 3]), '/repo');
    expect(result.messages).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it('reports every problem of a bucket that grew, with a notice naming the rule, the template and both counts', () => {
    const messages = [d(0, { template: 'Refund' }), d(2, { template: 'Refund' }), d(4, { template: 'Other' })];
    const [result] = applySuppressions([fileResult('/repo/m.yaml', messages)], table(['m.yaml', 'Refund', 'jargon', 1], ['m.yaml', 'Other', 'jargon', 1]), '/repo');
    expect(result.messages.map((m) => m.offset)).toEqual([0, 2]);
    expect(result.suppressedMessages?.map((m) => m.offset)).toEqual([4]);
    expect(result.warningCount).toBe(2);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0].message).toMatch(/^1 suppressed problem of rule jargon in “Refund” grew to 2/);
  });

  it('counts per template: a recorded problem in one macro does not hide one in another', () => {
    const [result] = applySuppressions([fileResult('/repo/m.yaml', [d(0, { template: 'B' })])], table(['m.yaml', 'A', 'jargon', 1]), '/repo');
    expect(result.messages).toHaveLength(1);
  });

  it('matches files by their path relative to the suppressions file’s folder', () => {
    const recorded = table(['fi/a.md', '', 'jargon', 1]);
    expect(applySuppressions([fileResult('/repo/fi/a.md', [d(0)])], recorded, '/repo')[0].messages).toEqual([]);
    expect(applySuppressions([fileResult('/repo/fi/a.md', [d(0)])], recorded, '/repo/fi')[0].messages).toHaveLength(1);
    expect(applySuppressions([fileResult('/other/fi/a.md', [d(0)])], recorded, '/repo')[0].messages).toHaveLength(1);
  });

  it('never hides infos, unparsable files or crashed rules', () => {
    const messages = [d(0, { severity: 'info' }), d(1, { ruleId: 'parse-error', severity: 'error' }), d(2, { ruleId: 'rule-error', severity: 'error' })];
    const recorded = table(['a.md', '', 'jargon', 5], ['a.md', '', 'parse-error', 5], ['a.md', '', 'rule-error', 5]);
    expect(applySuppressions([fileResult('/repo/a.md', messages)], recorded, '/repo')[0].messages).toHaveLength(3);
  });

  it('leaves its input untouched', () => {
    const input = fileResult('/repo/a.md', [d(0)]);
    applySuppressions([input], table(['a.md', '', 'jargon', 1]), '/repo');
    expect(input.messages).toHaveLength(1);
    expect(input.warningCount).toBe(1);
    expect(input.suppressedMessages).toBeUndefined();
  });
});
