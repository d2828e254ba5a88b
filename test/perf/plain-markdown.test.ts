// Bodies of plain paragraphs skip the Markdown parser (issue 6): they must render exactly as the parser renders them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';
import { extractText, extractTextByParsing, maskSpans, type ExtractOptions, type ReplyText } from '../../src/reply/extract-text.js';
import { findPlaceholderSpans } from '../../src/reply/placeholders.js';
import { plainMarkdownStart } from '../../src/reply/plain-markdown.js';
import { ROOT } from '../e2e/run-cli.js';

const GEN_CORPUS = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

/** Everything a rule can see of rendered text, the map read at every offset. */
function observable(r: ReplyText) {
  const offsets = Array.from({ length: r.text.length + 1 }, (_, i) => [r.map.toFile(i, 'start'), r.map.toFile(i, 'end')]);
  return { text: r.text, masked: r.masked, blocks: r.blocks, placeholders: r.placeholders, ignored: r.ignored, directives: r.directives, offsets };
}

function expectSameAsParsing(body: string, options: ExtractOptions): void {
  expect(observable(extractText(body, options)), JSON.stringify(body)).toEqual(observable(extractTextByParsing(body, options)));
}

// Prose, every piece of Markdown syntax, whitespace in every place remark reads it, front matter fences, placeholders.
const piece = fc.constantFrom(
  'Hei', 'hello', 'world', 'ä', '😀', ',', '.', '!', '?', ':', '"', "'", '(', ')', '/', '%', '$', '@', '|', '^',
  ' ', '  ', '    ', '\t', '\n', '\n\n', '\n \n', '\r\n', '\r', '\u00a0', '\u2028', '\0',
  '#', '# ', '>', '> ', '-', '- ', '--', '---', '***', '___', '+ ', '* ', '*', '_', '=', '==', '~~~', '```', '`',
  '1. ', '1) ', '2024.', '10 ', '[', ']', '[x]', '(x)', '![a](b)', '<', '<b>', '<!-- c -->', '&', '&amp;', '&#65;', '& ', '\\', '\\*',
  '{{ticket.id}}', '{{current_user.name}}', 'https://x.test/a', 'a@b.fi', 'www.x.fi',
);
const bodyText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const frontMatter = fc.constantFrom('', '---\nlang: fi\n---\n', '---\n---\n', '---\nlang: en\n---', '---\ntitle: a\n');

describe('plain Markdown without the parser', () => {
  it('renders generated bodies that it accepts exactly as remark does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(frontMatter, bodyText, (head, text) => {
        const body = head + text;
        const withFrontMatter = head !== '';
        if (plainMarkdownStart(body, withFrontMatter) === undefined) return;
        accepted += 1;
        expectSameAsParsing(body, { format: 'markdown', frontMatter: withFrontMatter });
      }),
      { numRuns: 20_000 },
    );
    // The property says nothing unless a fair share of bodies takes the shortcut.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('sends every kind of Markdown syntax to the parser', () => {
    for (const body of ['Hi **you**', 'a\n# b', 'a\n- b', 'a\n1. b', 'a\n===', 'a\n---', '    code', 'a  \nb', 'a\n  b', '> q', '<b>x</b>', 'a &amp; b', 'a \\* b', '[a]: b', 'x `y`', 'a\tb', 'a\r\nb']) {
      expect(plainMarkdownStart(body, false), JSON.stringify(body)).toBeUndefined();
    }
    expect(plainMarkdownStart('Hi,\n\nThanks! Tom & Jerry, 50 % off.\nAnna', false)).toBe(0);
    expect(plainMarkdownStart('---\nlang: fi\n---\nHei,\n\nKiitos.\n', true)).toBe(16);
  });

  it.skipIf(!existsSync(GEN_CORPUS))('renders every template and macro of a generated benchmark corpus exactly as remark does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-plain-'));
    execFileSync(process.execPath, [GEN_CORPUS, '--out', dir, '--files', '1000', '--yaml-macros', '300', '--seed', 'plain'], { stdio: 'ignore' });
    const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => /\.(md|yaml)$/.test(name));
    let bodies = 0;
    let plain = 0;
    for (const name of files) {
      const parsed = parseFile(name, readFileSync(join(dir, name), 'utf8'));
      for (const template of parsed.templates) {
        const options = { format: template.format, frontMatter: parsed.type === 'markdown' };
        bodies += 1;
        if (plainMarkdownStart(maskSpans(template.body, findPlaceholderSpans(template.body)), options.frontMatter) !== undefined) plain += 1;
        expectSameAsParsing(template.body, options);
      }
    }
    expect(bodies).toBe(1300);
    // A third of the generated replies are plain prose (the rest have emphasis, code, links or lists).
    expect(plain / bodies).toBeGreaterThan(0.25);
  });
});
