import { describe, expect, it } from 'vitest';
import { json } from '../../src/format/json.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';

const source = 'Hei asiakas\nValitettavasti ei\n';
const options = { color: false, cwd: '/repo' };

function parse(text: string): Array<Record<string, unknown> & { messages: Array<Record<string, unknown>> }> {
  return JSON.parse(text);
}

describe('json', () => {
  it('prints one compact line, like ESLint', () => {
    const out = json([fileResult('/repo/a.md', [diagnostic(positionOf(source, 'asiakas'))], { source })], options);
    expect(out).not.toContain('\n');
    expect(json([], options)).toBe('[]');
  });

  it("has ESLint's result and message keys", () => {
    const d = diagnostic({
      ...positionOf(source, 'asiakas'),
      messageId: 'jargonWord',
      fix: { range: [4, 11], text: 'Maija' },
      suggestions: [{ desc: 'Use the name', fix: { range: [4, 11], text: '{{name}}' } }],
    });
    const [result] = parse(json([fileResult('/repo/a.md', [d], { source })], options));
    expect(Object.keys(result)).toEqual([
      'filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount',
      'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules',
    ]);
    expect(result.messages[0]).toEqual({
      ruleId: 'jargon', severity: 1, message: 'Say it plainly.', line: 1, column: 5, messageId: 'jargonWord',
      endLine: 1, endColumn: 12, fix: { range: [4, 11], text: 'Maija' },
      suggestions: [{ desc: 'Use the name', fix: { range: [4, 11], text: '{{name}}' } }],
    });
  });

  it('maps error to 2 and warn and info to 1, counting infos as warnings', () => {
    const messages = [
      diagnostic({ ...positionOf(source, 'Hei'), severity: 'error', fix: { range: [0, 3], text: 'Moi' } }),
      diagnostic({ ...positionOf(source, 'asiakas'), severity: 'warn' }),
      diagnostic({ ...positionOf(source, 'Valitettavasti'), severity: 'info', fix: { range: [12, 26], text: 'Ikävä kyllä' } }),
    ];
    const [result] = parse(json([fileResult('/repo/a.md', messages, { source })], options));
    expect(result.messages.map((m) => m.severity)).toEqual([2, 1, 1]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 1, fatalErrorCount: 0 });
  });

  it('resolves file paths against the working directory, keeping pseudo-paths', () => {
    const results = [fileResult('templates/a.md', []), fileResult('<stdin>', [])];
    expect(parse(json(results, options)).map((r) => r.filePath)).toEqual(['/repo/templates/a.md', '<stdin>']);
  });

  it('marks a parse error as fatal, as ESLint does for parser errors', () => {
    const d = diagnostic({ ...positionOf(source, 'Hei'), ruleId: 'parse-error', severity: 'error', message: 'Bad YAML.' });
    const [result] = parse(json([fileResult('/repo/a.yaml', [d])], options));
    expect(result.messages[0].fatal).toBe(true);
    expect(result.fatalErrorCount).toBe(1);
  });

  it('adds the template label, the fixed output, and suggestions without a writable edit', () => {
    const d = diagnostic({ ...positionOf(source, 'asiakas'), template: 'Refund', suggestions: [{ desc: 'Add a reason' }] });
    const [result] = parse(json([fileResult('/repo/m.yaml', [d], { source, output: 'fixed\n' })], options));
    expect(result.output).toBe('fixed\n');
    expect(result.messages[0].template).toBe('Refund');
    expect(result.messages[0].suggestions).toEqual([{ desc: 'Add a reason' }]);
    expect(result).not.toHaveProperty('source');
  });
});
