// The parse stage finds front matter without remark (issue 6): it must find exactly what remark-frontmatter finds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { ROOT } from '../e2e/run-cli.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** What remark says: the yaml node's value and span, or undefined. */
function remarkFrontMatter(text: string) {
  const first = (remark.parse(text) as Root).children[0];
  return first?.type === 'yaml' ? { value: first.value, start: first.position!.start.offset!, end: first.position!.end.offset! } : undefined;
}

describe('findFrontMatter', () => {
  it('agrees with remark-frontmatter on texts built from fences, line endings, blanks and NUL', () => {
    const piece = fc.constantFrom('---', '--', '----', ' ', '\t', '\n', '\r', '\r\n', 'a', 'b: 1', '\0', '#', '- x', '...', '```', 'ä');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(findFrontMatter(text)).toEqual(remarkFrontMatter(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('sends a text that starts with a BOM to remark', () => {
    expect(findFrontMatter('\uFEFF---\na: 1\n---\n')).toBe('unsure');
  });

  it.skipIf(!existsSync(join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs')))('agrees with remark-frontmatter on every template of a generated benchmark corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-front-matter-'));
    try {
      execFileSync(process.execPath, [join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs'), '--out', dir, '--files', '1000', '--seed', 'front-matter'], { stdio: 'ignore' });
      const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.md'));
      expect(files).toHaveLength(1000);
      for (const name of files) {
        const text = readFileSync(join(dir, name), 'utf8');
        const found = findFrontMatter(text);
        expect(found, name).toEqual(remarkFrontMatter(text));
        expect(found).toBeDefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
