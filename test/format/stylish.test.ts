import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/format/stylish.js';
import { diagnostic, fileResult, positionOf } from './make-result.js';

const cwd = '/repo';
const plain = { color: false, cwd };
const ESC = '\u001b[';

/** The output lines from the one that contains `needle` on. */
function linesFrom(output: string, needle: string): string[] {
  const lines = output.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  expect(i, `no line contains ${needle}`).toBeGreaterThanOrEqual(0);
  return lines.slice(i);
}

/** Checks that the carets on the line below `source` line stand under `marked`, counting terminal cells. */
function expectCaretsUnder(output: string, sourceLine: string, cellsBefore: number, carets: number) {
  const [shown, caretLine] = linesFrom(output, sourceLine);
  const indent = shown.indexOf(sourceLine);
  expect(caretLine).toBe(' '.repeat(indent + cellsBefore) + '^'.repeat(carets));
}

describe('stylish', () => {
  it('prints nothing at all for clean results', () => {
    expect(stylish([], plain)).toBe('');
    expect(stylish([fileResult('/repo/a.md', [])], plain)).toBe('');
  });

  it('shows paths relative to the working directory', () => {
    const source = 'Hei asiakas\n';
    const out = stylish([fileResult('/repo/templates/a.md', [diagnostic(positionOf(source, 'asiakas'))], { source })], plain);
    expect(out.split('\n')[0]).toBe('templates/a.md');
  });

  it('aligns position, severity, message and rule id columns across a file', () => {
    const source = 'one\n'.repeat(11) + 'twelve here';
    const messages = [
      diagnostic({ ...positionOf(source, 'one'), ruleId: 'no-name', severity: 'error', message: 'Sign the reply.' }),
      diagnostic({ ...positionOf(source, 'here'), ruleId: 'jargon', severity: 'warn', message: 'Say it plainly, please.' }),
    ];
    const rows = stylish([fileResult('/repo/a.md', messages, { source })], plain)
      .split('\n')
      .filter((l) => /^\s+\d+:\d+/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ {3}1:1 {2}error {4}Sign the reply\. {10}no-name$/);
    expect(rows[1]).toMatch(/^ {2}12:8 {2}warning {2}Say it plainly, please\. {2}jargon$/);
    // Colons line up, and so do the messages and rule ids.
    expect(rows[0].indexOf(':')).toBe(rows[1].indexOf(':'));
    expect(rows[0].indexOf('Sign')).toBe(rows[1].indexOf('Say'));
    expect(rows[0].indexOf('no-name')).toBe(rows[1].indexOf('jargon'));
  });

  it('puts the carets under the span when ä, ö and an emoji come before it', () => {
    const line = 'Hei äiti, kiitos ö 😊 asiakas!';
    const source = `---\ntitle: x\n---\n${line}\n`;
    const out = stylish([fileResult('/repo/a.md', [diagnostic(positionOf(source, 'asiakas'))], { source })], plain);
    // "Hei äiti, kiitos ö " is 19 cells, the emoji two more, then a space.
    expectCaretsUnder(out, line, 22, 7);
  });

  it('counts an emoji inside the span as two cells and a decomposed ä as one', () => {
    const line = 'Kiitos ja\u0308rjesta 😊 paljon';
    const source = `${line}\n`;
    const out = stylish([fileResult('/repo/a.md', [diagnostic(positionOf(source, '😊 paljon'))], { source })], plain);
    // "ja\u0308rjesta" is 9 code units but 8 cells, so the span starts at cell 16, not 17.
    expectCaretsUnder(out, line, 16, 9);
  });

  it('expands tabs to stops of four cells and shifts the carets with them', () => {
    const source = 'a\tbc\tasiakas\n';
    const out = stylish([fileResult('/repo/a.md', [diagnostic(positionOf(source, 'asiakas'))], { source })], plain);
    expectCaretsUnder(out, 'a   bc  asiakas', 8, 7);
    expect(out).not.toContain('\t');
  });

  it('leaves the indentation of the offending line out', () => {
    const source = 'macros:\n  - body: Hei asiakas\n';
    const out = stylish([fileResult('/repo/m.yaml', [diagnostic(positionOf(source, 'asiakas'))], { source })], plain);
    const [shown] = linesFrom(out, 'body:');
    expect(shown).toBe('    - body: Hei asiakas');
    expectCaretsUnder(out, '- body: Hei asiakas', 12, 7);
  });

  it('marks a span that runs onto later lines up to the end of its first line', () => {
    const source = 'Ystävällisin terveisin\nAsiakaspalvelu\n';
    const d = diagnostic(positionOf(source, 'terveisin\nAsiakas'));
    expectCaretsUnder(stylish([fileResult('/repo/a.md', [d], { source })], plain), 'Ystävällisin terveisin', 13, 9);
  });

  it('shows a single caret for an empty span', () => {
    const source = 'Hei Maija,\n';
    const at = positionOf(source, ',');
    const d = diagnostic({ ...at, endColumn: at.column, endOffset: at.offset });
    expectCaretsUnder(stylish([fileResult('/repo/a.md', [d], { source })], plain), 'Hei Maija,', 9, 1);
  });

  it('cuts a long line around the span with ellipses, carets still under the span', () => {
    const line = `${'alku '.repeat(40)}VIKA ${'loppu '.repeat(40)}`;
    const source = `${line}\n`;
    const out = stylish([fileResult('/repo/a.md', [diagnostic(positionOf(source, 'VIKA'))], { source })], plain);
    const [shown, carets] = linesFrom(out, 'VIKA');
    const text = shown.trimStart();
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(carets.indexOf('^')).toBe(shown.indexOf('VIKA'));
    expect(carets.trim()).toBe('^^^^');
  });

  it('prints each suggestion on its own arrow line and marks fixable problems', () => {
    const source = 'Hei asiakas\n';
    const d = diagnostic({
      ...positionOf(source, 'asiakas'),
      fix: { range: [4, 11], text: 'Maija' },
      suggestions: [{ desc: 'Use “{{ticket.requester.first_name}}”' }, { desc: 'Remove the word' }],
    });
    const out = stylish([fileResult('/repo/a.md', [d], { source })], plain);
    expect(out).toMatch(/jargon \(fixable\)$/m);
    expect(out).toMatch(/^ {4}→ Use “\{\{ticket\.requester\.first_name\}\}”$/m);
    expect(out).toMatch(/^ {4}→ Remove the word$/m);
    expect(out).toContain('  1 fixable with --fix');
  });

  it('sums problems by severity over all files in the summary', () => {
    const source = 'a b c\n';
    const results = [
      fileResult('/repo/a.md', [
        diagnostic({ ...positionOf(source, 'a'), severity: 'error' }),
        diagnostic({ ...positionOf(source, 'b'), severity: 'warn', fix: { range: [2, 3], text: 'B' } }),
      ], { source }),
      fileResult('/repo/b.md', [
        diagnostic({ ...positionOf(source, 'c'), severity: 'info' }),
        diagnostic({ ...positionOf(source, 'a'), severity: 'error', fix: { range: [0, 1], text: 'A' } }),
      ], { source }),
    ];
    const lines = stylish(results, plain).split('\n');
    expect(lines.at(-2)).toBe('✖ 4 problems (2 errors, 1 warning, 1 info)');
    expect(lines.at(-1)).toBe('  2 fixable with --fix');
  });

  it('leaves out the fixable line when nothing is fixable', () => {
    const source = 'a\n';
    const out = stylish([fileResult('/repo/a.md', [diagnostic({ ...positionOf(source, 'a'), severity: 'error' })], { source })], plain);
    expect(out.split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos)');
    expect(out).not.toContain('fixable');
  });

  it('groups a collection file by template under sub-headings, in file order', () => {
    const source = 'macros:\n  - title: Refund\n    body: Hei asiakas\n  - title: Delay\n    body: Valitettavasti ei\n';
    const messages = [
      diagnostic({ ...positionOf(source, 'Valitettavasti'), template: 'Delay', templateIndex: 1, message: 'Explain why.' }),
      diagnostic({ ...positionOf(source, 'asiakas'), template: 'Refund', templateIndex: 0, message: 'Use the name.' }),
    ];
    const lines = stylish([fileResult('/repo/m.yaml', messages, { source })], plain).split('\n');
    const refund = lines.indexOf('  ▸ Refund');
    const delay = lines.indexOf('  ▸ Delay');
    expect(refund).toBeGreaterThan(0);
    expect(delay).toBeGreaterThan(refund);
    expect(lines[refund + 1]).toMatch(/^ {4}3:15 .*Use the name\./);
    expect(lines[delay + 1]).toMatch(/^ {4}5:11 .*Explain why\./);
  });

  it('prints notices under their file as notes, even when the file has no problems', () => {
    const out = stylish([fileResult('/repo/a.md', [], { notices: [{ message: 'Language unknown; language rules skipped.' }] })], plain);
    expect(out).toBe('a.md\n  note: Language unknown; language rules skipped.');
  });

  it('writes no colour codes when colour is off and colours severities when it is on', () => {
    const source = 'Hei asiakas\n';
    const results = [fileResult('/repo/a.md', [diagnostic({ ...positionOf(source, 'asiakas'), severity: 'error' })], { source })];
    expect(stylish(results, plain)).not.toContain(ESC);
    const coloured = stylish(results, { color: true, cwd });
    expect(coloured).toContain(`${ESC}31merror`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(results, plain));
  });

  it('shows control characters from the file as visible symbols instead of sending them to the terminal', () => {
    const source = 'Hei \u001b[2J asiakas\n';
    const d = diagnostic({ ...positionOf(source, 'asiakas'), message: 'Odd \u001b]0;title\u0007 text' });
    const out = stylish([fileResult('/repo/a.md', [d], { source })], plain);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expectCaretsUnder(out, 'Hei ␛[2J asiakas', 9, 7);
  });
});
