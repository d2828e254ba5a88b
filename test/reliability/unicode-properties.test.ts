// Properties over arbitrary Unicode replies (issue 7): linting never throws, positions round-trip, fixes are safe, order does not matter.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../../src/engine/types.js';
import { lint, lintText } from '../../src/index.js';
import { runTimed } from './cli-run.js';

// Kept small so the whole file runs in seconds; a failure prints its seed for replay.
const RUNS = { numRuns: 100 };

/** Pieces that break naive code: surrogate pairs, combining marks, zero-width and bidi characters, RTL letters, NUL. */
const TRICKY = ['😀', '👍🏽', '𝔘', 'e\u0301', '\u0308', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2067', 'שלום', 'مرحبا', '\u0000', 'ä', 'ö', 'Å', '中文', ' ', ' ', 'a', 'Hello', 'kiitos'];

/** Text without Markdown or YAML syntax, so a planted word stays plain text in every style. */
const plainText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöABC ,'.split('')), maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Anything at all, lone surrogates and Markdown syntax included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.oneof(fc.constantFrom(...TRICKY, '*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '\n', '\r\n', '\r', '{{', '}}', '- ', '    ', '\\', '&amp;'), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((p) => p.join('')));

const STYLES = ['plain', 'single', 'double', 'literal', 'folded'] as const;
type Style = (typeof STYLES)[number];

/** `value` as a YAML scalar of `style` after `body: ` at indentation 4, or undefined when that style cannot hold it. */
function yamlScalar(value: string, style: Style): string | undefined {
  // YAML forbids most C0 controls and a BOM inside the document except escaped in double quotes.
  const hasControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufeff]/.test(value);
  switch (style) {
    case 'plain': {
      const trimmed = value.trim();
      if (hasControl || trimmed !== value || value === '' || /[:#,\[\]{}&*!|>'"%@`\n\r]|^[-?]/.test(value)) return undefined;
      return value;
    }
    case 'single':
      return hasControl || /[\n\r]/.test(value) ? undefined : `'${value.replace(/'/g, "''")}'`;
    case 'double':
      return `"${value.replace(/[\\"\u0000-\u001f\ufeff\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;
    case 'literal':
    case 'folded': {
      if (hasControl || /\r/.test(value) || /^[ \t]|\n[ \t]|\s$/.test(value) || value === '') return undefined;
      return `${style === 'literal' ? '|-' : '>-'}\n${value.split('\n').map((line) => (line === '' ? '' : `      ${line}`)).join('\n')}`;
    }
  }
}

/** Offsets → 1-based line and UTF-16 column, counting CRLF, CR and LF each as one line end. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Every diagnostic lies in the file, and its line/column agree with its offsets. */
function expectInside(text: string, result: FileResult): void {
  for (const m of result.messages) {
    expect(m.ruleId).not.toBe('rule-error');
    expect(m.ruleId).not.toBe('internal-error');
    expect(0 <= m.offset && m.offset <= m.endOffset && m.endOffset <= text.length).toBe(true);
    expect({ line: m.line, column: m.column }).toEqual(lineColumn(text, m.offset));
    expect({ line: m.endLine, column: m.endColumn }).toEqual(lineColumn(text, m.endOffset));
    if (m.fix) expect(0 <= m.fix.range[0] && m.fix.range[0] <= m.fix.range[1] && m.fix.range[1] <= text.length).toBe(true);
  }
}

const jargonAt = (result: FileResult, text: string, offset: number): Diagnostic | undefined =>
  result.messages.find((m) => m.ruleId === 'jargon' && m.offset === offset && text.slice(m.offset, m.endOffset) === 'SLA');

let cwd: string;
beforeAll(() => void (cwd = mkdtempSync(join(tmpdir(), 'replylint-props-'))));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('any text: linting never throws and every range lies inside the file', () => {
  it('as Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('en', 'fi', undefined), async (body, lang) => {
        const text = lang ? `---\nlang: ${lang}\n---\n${body}` : body;
        expectInside(text, await lintText(text, { filePath: 'reply.md', cwd }));
      }),
      RUNS,
    );
  });

  it('as a YAML body in every scalar style', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom(...STYLES), async (body, style) => {
        const scalar = yamlScalar(body, style) ?? yamlScalar(body, 'double')!;
        const text = `macros:\n  - title: t\n    lang: en\n    body: ${scalar}\n`;
        expectInside(text, await lintText(text, { filePath: 'macros.yaml', cwd }));
      }),
      RUNS,
    );
  });
});

describe('a planted word is reported exactly where it is written', () => {
  it('in Markdown, among arbitrary Unicode', async () => {
    await fc.assert(
      fc.asyncProperty(plainText, plainText, fc.constantFrom('\n', '\r\n'), async (before, after, eol) => {
        // "SLA" is jargon in any company (no shielding phrase, no context that excuses it, as "bus" does for
        // "ticket"), and in a sentence of its own: after "!" a sentence always ends, after "." only before a capital.
        const head = `---${eol}lang: en${eol}---${eol}Hello,${eol}${eol}${before}. Please read the `;
        const text = `${head}SLA! ${after}${eol}${eol}Jane${eol}`;
        const result = await lintText(text, { filePath: 'reply.md', cwd });
        expectInside(text, result);
        expect(jargonAt(result, text, head.length)).toBeDefined();
      }),
      RUNS,
    );
  });

  it('in a YAML body of every scalar style', async () => {
    await fc.assert(
      fc.asyncProperty(plainText, plainText, fc.constantFrom(...STYLES), async (before, after, style) => {
        const value = `Hello ${before}. Please read the SLA! ${after} Jane`.replace(/ +/g, ' ');
        const scalar = yamlScalar(value, style);
        fc.pre(scalar !== undefined);
        const text = `macros:\n  - title: t\n    lang: en\n    body: ${scalar}\n`;
        const result = await lintText(text, { filePath: 'macros.yaml', cwd });
        expectInside(text, result);
        const planted = text.indexOf(' SLA!', text.indexOf('body:')) + 1;
        expect(jargonAt(result, text, planted), `${style}: ${JSON.stringify(text)}`).toBeDefined();
      }),
      RUNS,
    );
  });
});

describe('--fix on a macro collection', () => {
  /** The items of a macro file: `  - title: mN` up to the next item. */
  const items = (text: string): string[] => text.split(/(?=^  - title: m\d+$)/m).slice(1);

  it('still parses, leaves every macro without a fix byte-identical, and a second pass changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ text: plainText, style: fc.constantFrom(...STYLES), planted: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        async (macros) => {
          const bodies = macros.map((m) => ({ ...m, value: `Hello ${m.text} ${m.planted ? 'thanks for the the message' : 'thanks'} Jane`.replace(/ +/g, ' ') }));
          const text = `macros:\n${bodies.map((b, i) => `  - title: m${i}\n    lang: en\n    body: ${yamlScalar(b.value, b.style) ?? yamlScalar(b.value, 'double')}\n`).join('')}`;
          const first = await lintText(text, { filePath: 'macros.yaml', cwd, fix: true });
          const output = first.output ?? text;
          expect(parseDocument(output).errors).toEqual([]);
          const before = items(text);
          const after = items(output);
          expect(after).toHaveLength(before.length);
          // Which macros had fixes: read from a lint without fixing, by template index.
          const plain = await lintText(text, { filePath: 'macros.yaml', cwd });
          const fixed = new Set(plain.messages.filter((m) => m.fix).map((m) => m.templateIndex));
          before.forEach((item, i) => {
            if (!fixed.has(i)) expect(after[i]).toBe(item);
          });
          for (const i of fixed) expect(after[i!]).not.toMatch(/the the/);
          const second = await lintText(output, { filePath: 'macros.yaml', cwd, fix: true });
          expect(second.output ?? output).toBe(output);
          expect(second.messages.filter((m) => m.ruleId === 'parse-error')).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('results do not depend on the order of the files', () => {
  it('the same files named in any order give the same result per file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plainText, { minLength: 2, maxLength: 5 }), fc.integer(), async (texts, seed) => {
        const dir = mkdtempSync(join(cwd, 'order-'));
        const names = texts.map((t, i) => {
          const name = `r${i}.md`;
          writeFileSync(join(dir, name), `---\nlang: en\n---\nHello ${t}, please open a ticket.\n`);
          return name;
        });
        const shuffled = [...names].sort((a, b) => ((a.charCodeAt(1) * 31 + seed) % 7) - ((b.charCodeAt(1) * 31 + seed) % 7) || (a < b ? 1 : -1));
        const byFile = (results: FileResult[]) => Object.fromEntries(results.map((r) => [r.filePath, r.messages]));
        const inOrder = await lint(names, { cwd: dir });
        const reordered = await lint(shuffled, { cwd: dir });
        expect(byFile(reordered)).toEqual(byFile(inOrder));
        expect(reordered.map((r) => r.filePath.replace(/.*\//, ''))).toEqual(shuffled); // and each in the order asked
      }),
      { numRuns: 15 },
    );
  });
});

describe('results do not depend on how many threads lint', () => {
  it('--concurrency 1 and 2 print the same JSON for 60 random Markdown and YAML templates', async () => {
    const dir = mkdtempSync(join(cwd, 'threads-'));
    fc.sample(fc.tuple(anyText, plainText, fc.constantFrom(...STYLES)), { numRuns: 60, seed: 7 }).forEach(([wild, plain, style], i) => {
      writeFileSync(join(dir, `t${String(i).padStart(2, '0')}.md`), `---\nlang: en\n---\nHello ${plain}, please open a ticket.\n\n${wild}\n`);
      const scalar = yamlScalar(`Hello ${plain}. Please open a ticket. Thanks for the the message. Jane`.replace(/ +/g, ' '), style) ?? '"Hello"';
      writeFileSync(join(dir, `m${String(i).padStart(2, '0')}.yaml`), `macros:\n  - title: m\n    lang: en\n    body: ${scalar}\n`);
    });
    const one = await runTimed(['-f', 'json', '--concurrency', '1', '.'], dir, 60_000);
    const two = await runTimed(['-f', 'json', '--concurrency', '2', '.'], dir, 60_000);
    expect([0, 1]).toContain(one.code); // random text may hold a broken template: exit 1, never 2
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout)).toHaveLength(120);
  }, 130_000);
});
