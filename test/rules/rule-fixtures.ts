// Runs a rule over its fixtures/rules/<id> templates and compares with each `*.expected.txt` beside them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { PreparedRule } from '../../src/engine/run-rule.js';
import type { RuleTester } from '../../src/testing/rule-tester.js';

export function itMatchesFixtures(tester: RuleTester, rule: PreparedRule): void {
  const id = rule.rule.meta.id;
  const dir = join('fixtures/rules', id);
  const files = readdirSync(dir).filter((f) => /^(valid|invalid)-.*\.(md|yaml)$/.test(f)).sort();

  it('has at least 25 failing and 25 passing templates', () => {
    expect(files.filter((f) => f.startsWith('invalid-')).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('valid-')).length).toBeGreaterThanOrEqual(25);
  });

  for (const file of files) {
    it(`${file} reports ${file.startsWith('valid-') ? 'nothing' : 'what its expected file lists'}`, () => {
      const messages = tester.lint(rule, readFileSync(join(dir, file), 'utf8'), { path: file });
      expect(messages.filter((m) => m.ruleId !== id), 'no parse errors').toEqual([]);
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`);
      const expected = file.startsWith('valid-') ? [] : readFileSync(join(dir, file.replace(/\.(md|yaml)$/, '.expected.txt')), 'utf8').trim().split('\n');
      expect(actual).toEqual(expected);
    });
  }
}
