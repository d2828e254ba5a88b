// Bodies in the simple subset of Markdown skip the parser (issue 6): they must render exactly as the parser renders them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';
import { extractText, extractTextByParsing, maskSpans, type ExtractOptions, type ReplyText } from '../../src/reply/extract-text.js';
import { findPlaceholderSpans } from '../../src/reply/placeholders.js';
import { readSimpleMarkdown } from '../../src/reply/simple-markdown.js';
import { ROOT } from '../e2e/run-cli.js';

const GEN_CORPUS = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');
const REAL_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');

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

// Replies as agents write them: words, punctuation and placeholders around emphasis, code spans and links,
// near misses of each (a marker too many, a space inside, a bracket left open), in paragraphs, headings and lists.
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Hei', 'you', 'order', 'päivää', 'ä', '😀', '2024', '3.5', '{{ticket.id}}', 'x') },
  { weight: 1, arbitrary: fc.constantFrom('snake_case', 'a*b', '&', 'a]') },
);
const punctuation = fc.constantFrom('', '', '', '', '', '', '.', ',', '!', '?', ':', ';', '(', ')', '"', "'", '/', '-', '»', '–', '…');
const marker = fc.constantFrom('*', '**', '_', '__', '***', '`', '``', '[', ']', '](', ')');
const inline: fc.Arbitrary<string> = fc.letrec<{ span: string }>((tie) => ({
  span: fc.oneof(
    { weight: 12, arbitrary: fc.tuple(punctuation, word, punctuation).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('*', '**', '_', '__'), tie('span'), fc.constantFrom('', '', '', ' ', '.')).map(([m, t, gap]) => `${m}${t}${gap}${m}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('*', '**', '_'), tie('span'), fc.constantFrom('**', '*', '__', '_')).map(([a, t, b]) => `${a}${t}${b}`) },
    { weight: 2, arbitrary: fc.tuple(word, fc.constantFrom('', ' ', '*', '[x]', ' y ')).map(([w, extra]) => `\`${w}${extra}\``) },
    { weight: 2, arbitrary: fc.tuple(tie('span'), fc.constantFrom('https://a.test/x_y', 'x', '/a*b*', 'a b', '', '(x)', 'u)')).map(([t, url]) => `[${t}](${url})`) },
    { weight: 1, arbitrary: marker },
  ),
})).span;
const phrase = fc.array(inline, { minLength: 1, maxLength: 5 }).chain((spans) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '', '\n', '  '), { minLength: spans.length, maxLength: spans.length }).map((gaps) => spans.map((s, i) => s + gaps[i]).join('').trimEnd()),
);
const blockLine = fc.tuple(fc.constantFrom('', '', '', '', '', '', '', '# ', '## ', '###### ', '####### ', '- ', '- ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '-', '> '), phrase).map(([lead, text]) => lead + text);
const simpleBody = fc.array(fc.tuple(blockLine, fc.constantFrom('\n', '\n', '\n\n', '\n\n\n')), { maxLength: 6 }).map((lines) => lines.map(([l, end]) => l + end).join(''));

function checkAccepted(body: string, withFrontMatter: boolean): boolean {
  const options = { format: 'markdown' as const, frontMatter: withFrontMatter };
  const masked = maskSpans(body, findPlaceholderSpans(body));
  if (readSimpleMarkdown(masked, withFrontMatter) === undefined) return false;
  expectSameAsParsing(body, options);
  return true;
}

describe('simple Markdown without the parser', () => {
  it('renders generated bodies that it accepts exactly as remark does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(frontMatter, bodyText, (head, text) => {
        if (checkAccepted(head + text, head !== '')) accepted += 1;
      }),
      { numRuns: 20_000 },
    );
    // The property says nothing unless a fair share of bodies takes the shortcut.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('renders generated replies with emphasis, code, links, headings and lists exactly as remark does', () => {
    // How many accepted bodies use each construct: the property says nothing about a construct it never saw.
    const seen = { emphasis: 0, strong: 0, code: 0, link: 0, heading: 0, bullet: 0, ordered: 0 };
    const constructs: Record<keyof typeof seen, RegExp> = {
      emphasis: /(^|[^*])\*[^*\s]|(^|[^_])_[^_\s]/m,
      strong: /\*\*|__/,
      code: /`/,
      link: /\]\(/,
      heading: /^#/m,
      bullet: /^[-*+] /m,
      ordered: /^\d+[.)] /m,
    };
    fc.assert(
      fc.property(frontMatter, simpleBody, (head, text) => {
        if (!checkAccepted(head + text, head !== '')) return;
        for (const name of Object.keys(seen) as Array<keyof typeof seen>) if (constructs[name].test(text)) seen[name] += 1;
      }),
      { numRuns: 30_000 },
    );
    for (const [name, count] of Object.entries(seen)) expect(count, name).toBeGreaterThan(150);
  });

  it('renders every arrangement of delimiters, words and punctuation that it accepts exactly as remark does', () => {
    const atom = fc.constantFrom('a', 'Hei', 'ä', '😀', '{{x}}', ' ', ' ', '.', ',', '(', ')', '"', '*', '**', '_', '__', '`', '[', ']', '](u)', '\n', '- ', '# ');
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 12 }), (atoms) => {
        if (checkAccepted(atoms.join(''), false)) accepted += 1;
      }),
      { numRuns: 30_000 },
    );
    expect(accepted).toBeGreaterThan(2000);
  });

  it('reads the common inline syntax and leaves everything subtle to the parser', () => {
    const accepted = ['Hi **you**', 'a\n# b', 'a\n- b', 'x `y`', 'See [the guide](https://a.test/x_y).', '*a* and _b_', '1. one\n2. two', '## Title\ntext'];
    for (const body of accepted) {
      expect(readSimpleMarkdown(body, false), JSON.stringify(body)).toBeDefined();
      expectSameAsParsing(body, { format: 'markdown' });
    }
    const parsed = [
      'a\n1. b', 'a\n===', 'a\n---', '    code', 'a  \nb', 'a\n  b', '> q', '<b>x</b>', 'a &amp; b', 'a \\* b', '[a]: b',
      'a\tb', 'a\r\nb', '***x***', '**a*', 'snake_case_word', 'a * b', '[a]', '![a](b)', '`a', '``a``', '- a\nb', '- a\n* b', '# C#',
      '**a *b** c*', '[a *b*](u)', '[a](<u>)', '[a](u "t")',
    ];
    for (const body of parsed) expect(readSimpleMarkdown(body, false), JSON.stringify(body)).toBeUndefined();
    expect(readSimpleMarkdown('---\nlang: fi\n---\nHei,\n\nKiitos.\n', true)?.[0]?.at).toBe(17);
  });

  it.skipIf(!existsSync(GEN_CORPUS))('renders every template and macro of a generated benchmark corpus exactly as remark does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-simple-'));
    execFileSync(process.execPath, [GEN_CORPUS, '--out', dir, '--files', '1000', '--yaml-macros', '300', '--seed', 'plain'], { stdio: 'ignore' });
    const { bodies, simple } = renderFolder(dir);
    expect(bodies).toBe(1300);
    // Generated replies use only emphasis, code spans, links and one-line list items: all of them skip the parser.
    expect(simple / bodies).toBeGreaterThan(0.95);
  });

  it.skipIf(!existsSync(REAL_CORPUS))('renders every reply of the real corpus and of the fixtures exactly as remark does', () => {
    const real = renderFolder(REAL_CORPUS);
    const fixtures = renderFolder(join(ROOT, 'fixtures'));
    expect(real.bodies).toBeGreaterThan(300);
    expect(fixtures.bodies).toBeGreaterThan(100);
  });
});

/** Renders every template of every .md/.yaml file under `dir` both ways and compares; counts bodies and shortcuts. */
function renderFolder(dir: string): { bodies: number; simple: number } {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => /\.(md|ya?ml)$/.test(name) && statSync(join(dir, name)).isFile());
  let bodies = 0;
  let simple = 0;
  for (const name of files) {
    const parsed = parseFile(name, readFileSync(join(dir, name), 'utf8'));
    for (const template of parsed.templates) {
      const options = { format: template.format, frontMatter: parsed.type === 'markdown' };
      bodies += 1;
      if (readSimpleMarkdown(maskSpans(template.body, findPlaceholderSpans(template.body)), options.frontMatter) !== undefined) simple += 1;
      expectSameAsParsing(template.body, options);
    }
  }
  return { bodies, simple };
}
