// Sentences are found in one segmenter pass over the reply (issue 6): exactly the sentences a pass per block finds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';
import { sentenceSpans } from '../../src/reply/build-reply.js';
import { extractText } from '../../src/reply/extract-text.js';
import type { Span } from '../../src/reply/span.js';
import { ROOT } from '../e2e/run-cli.js';

const GEN_CORPUS = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

/** The reference: the segmenter run on each block alone. */
function sentencesPerBlock(masked: string, blocks: readonly Span[], lang: string) {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Array<Span & { block: number }> = [];
  blocks.forEach((b, block) => {
    for (const seg of segmenter.segment(masked.slice(b.start, b.end))) {
      let start = b.start + seg.index;
      let end = start + seg.segment.length;
      while (start < end && /\s/.test(masked[start]!)) start += 1;
      while (end > start && /\s/.test(masked[end - 1]!)) end -= 1;
      if (end > start) out.push({ start, end, block });
    }
  });
  return out;
}

function expectSameSentences(body: string, frontMatter: boolean): void {
  const { masked, blocks } = extractText(body, { format: 'markdown', frontMatter });
  for (const lang of ['en', 'fi']) expect(sentenceSpans(masked, blocks, lang), JSON.stringify(body)).toEqual(sentencesPerBlock(masked, blocks, lang));
}

const piece = fc.constantFrom(
  'Hello', 'world', 'e.g.', 'Mr.', 'U.S.', '3.5', 'ok', 'Äiti', ' ', '  ', '.', '. ', '! ', '? ', '…', '."', '.)', ' (a) ', ':', ';',
  '\n', '\n\n', '\n\n\n', '- ', '* ', '1. ', '# ', '> ', '**', '_', '`x`', '[a](b)', '<br>', '<p>', '</p>', '&amp;', '{{name}}', 'https://x.test/a.b',
);

describe('sentenceSpans', () => {
  it('finds the same sentences as a segmenter pass per block, on generated Markdown', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, frontMatter) => {
        expectSameSentences((frontMatter ? '---\nlang: en\n---\n' : '') + parts.join(''), frontMatter);
      }),
      { numRuns: 3000 },
    );
  });

  it.skipIf(!existsSync(GEN_CORPUS))('finds the same sentences on every template and macro of a generated benchmark corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-sentences-'));
    execFileSync(process.execPath, [GEN_CORPUS, '--out', dir, '--files', '500', '--yaml-macros', '300', '--seed', 'sentences'], { stdio: 'ignore' });
    let bodies = 0;
    for (const name of readdirSync(dir, { recursive: true }).map(String).filter((n) => /\.(md|yaml)$/.test(n))) {
      const parsed = parseFile(name, readFileSync(join(dir, name), 'utf8'));
      for (const template of parsed.templates) {
        expectSameSentences(template.body, parsed.type === 'markdown');
        bodies += 1;
      }
    }
    expect(bodies).toBe(800);
  });
});
