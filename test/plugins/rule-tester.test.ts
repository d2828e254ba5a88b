// RuleTester.run, the way plugin authors use it: a table of valid and invalid templates, with or without a test framework.
import { describe, expect, it } from 'vitest';
import { defineRule, RuleTester, RuleTesterError } from '../../src/index.js';

const noAsap = defineRule<{ allow: string[] }>({
  meta: {
    id: 'no-asap',
    description: 'Give a time instead of “ASAP”.',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    messages: { vague: 'Say when instead of “{text}”.' },
    options: { allow: [] },
  },
  check(reply, { options, report, fix }) {
    for (const token of reply.tokens) {
      if (token.lower !== 'asap' || options.allow.includes('asap')) continue;
      report({ messageId: 'vague', data: { text: token.text }, at: token, fix: fix.replace(token, 'today'), suggest: [{ desc: 'Write “today”', fix: fix.replace(token, 'today') }] });
    }
  },
});

const TEXT = 'Hi Sam,\n\nWe will send it ASAP.\n\nJane\n';
// Without a framework, run() checks every case and rejects once with all failures.
const direct = new RuleTester({ describe: undefined, it: undefined });

describe('RuleTester.run without a test framework', () => {
  it('resolves when every case holds: reports, positions, message, suggestions and fixed text', async () => {
    await expect(direct.run('no-asap', noAsap, {
      valid: ['Hi Sam,\n\nWe will send it today.\n\nJane\n', { code: TEXT, options: { allow: ['asap'] } }],
      invalid: [{
        code: TEXT,
        errors: [{ messageId: 'vague', message: 'Say when instead of “ASAP”.', line: 3, column: 17, endLine: 3, endColumn: 21, suggestions: [{ desc: 'Write “today”', output: TEXT.replace('ASAP', 'today') }] }],
        output: TEXT.replace('ASAP', 'today'),
      }],
    })).resolves.toBeUndefined();
  });

  it('rejects naming each failing case and what differs', async () => {
    const error = await direct.run('no-asap', noAsap, {
      valid: [{ code: TEXT, name: 'asap is fine' }],
      invalid: [
        { code: TEXT, errors: [{ column: 3, messageId: 'other' }] },
        { code: TEXT, errors: 1, output: TEXT },
        { code: 'Hi Sam,\n\nToday.\n\nJane\n', errors: 1 },
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleTesterError);
    const message = (error as Error).message;
    expect(message).toMatch(/^no-asap: 4 of 4 cases failed/);
    expect(message).toContain('valid: asap is fine\n  expected no reports, got 1');
    expect(message).toContain('report 1: messageId is "vague", expected "other"');
    expect(message).toContain('report 1: column is 17, expected 3');
    expect(message).toContain('the text after fixes is "Hi Sam,\\n\\nWe will send it today.\\n\\nJane\\n"');
    expect(message).toContain('expected 1 report, got 0');
  });

  it('fails a case whose template does not parse, instead of passing it silently', async () => {
    const error = await direct.run('no-asap', noAsap, { valid: [{ code: '- title: x\n  body: [', filename: 'macros.yaml' }] }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('parse-error');
  });
});

// With a framework, each case is a test of its own.
new RuleTester({ describe, it }).run('no-asap under vitest', noAsap, {
  valid: ['Hi Sam,\n\nWe will send it today.\n\nJane\n'],
  invalid: [{ code: TEXT, errors: [{ messageId: 'vague', line: 3, column: 17 }] }],
});
