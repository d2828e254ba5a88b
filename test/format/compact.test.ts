import { describe, expect, it } from 'vitest';
import { compact } from '../../src/format/compact.js';
import { formatterNames, getFormatter } from '../../src/format/index.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';

describe('compact', () => {
  it('prints path:line:col: severity message [rule-id], one problem a line', () => {
    const source = 'Hei asiakas\nValitettavasti ei\n';
    const results = [
      fileResult('/repo/t/a.md', [
        diagnostic({ ...positionOf(source, 'asiakas') }),
        diagnostic({ ...positionOf(source, 'Valitettavasti'), severity: 'error', ruleId: 'bare-refusal', message: 'Explain why.' }),
      ], { notices: [{ message: 'ignored here' }] }),
    ];
    expect(compact(results, { color: false, cwd: '/repo' })).toBe(
      't/a.md:1:5: warning Say it plainly. [jargon]\nt/a.md:2:1: error Explain why. [bare-refusal]',
    );
  });
});

describe('formatter registry', () => {
  it('finds each format by name and nothing else', () => {
    expect([...formatterNames].sort()).toEqual(['compact', 'github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
    for (const name of formatterNames) expect(getFormatter(name)).toBeTypeOf('function');
    expect(getFormatter('checkstyle')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
  });
});
