// Front matter of plain `key: value` lines is read without the YAML parser (issue 6): whatever it accepts
// must read exactly as `yaml` reads it with replylint's options.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import { findFrontMatter } from '../../src/parse/front-matter.js';
import { readSimpleFrontMatter } from '../../src/parse/simple-front-matter.js';
import { metaOfEntries, readTemplateMeta } from '../../src/parse/template-meta.js';
import { parseYaml } from '../../src/parse/yaml-document.js';
import { ROOT } from '../e2e/run-cli.js';

const GEN_CORPUS = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

/** What the YAML parser makes of `source`: its values (nulls dropped) and the template metadata; undefined on any error or warning. */
function byParser(source: string) {
  const { doc, error } = parseYaml(source, 0);
  if (error || doc.warnings.length > 0) return undefined;
  if (doc.contents === null) return { values: {}, meta: { tags: [] } };
  if (!isMap(doc.contents)) return undefined;
  const values = Object.fromEntries(Object.entries(doc.toJS() as Record<string, unknown>).filter(([, v]) => v !== null));
  const read = readTemplateMeta(doc.contents, doc);
  return { values, meta: read.meta, problems: read.problems, label: read.label };
}

function expectSameAsParser(source: string): boolean {
  const simple = readSimpleFrontMatter(source);
  if (!simple) return false;
  const parsed = byParser(source);
  expect(parsed, JSON.stringify(source)).toBeDefined();
  const read = metaOfEntries(simple);
  expect({ values: Object.fromEntries(simple.map((e) => [e.key, e.value])), meta: read.meta, problems: read.problems, label: read.label }, JSON.stringify(source)).toEqual(
    simple.length === 0 ? { values: {}, meta: parsed!.meta, problems: [], label: undefined } : parsed,
  );
  return true;
}

const key = fc.constantFrom('title', 'lang', 'tags', 'name', 'locale', 'kind', 'platform', 'id', 'owner', 'null', 'true', 'x_y', 'a-b', 'Title');
const value = fc.constantFrom(
  '', 'Refund request', '"Refund request #12"', "'It''s late'", 'fi', 'en', '[billing, refund]', '[]', '[a,b]', '[ a , b ]', 'billing, refund',
  '12', '3.5', '-1', '+1', '.inf', '0x1F', 'true', 'False', 'null', '~', 'yes', 'No', 'NaN', 'C#', 'Order #12', 'a: b', 'Note:', 'a:b',
  '"a\\"b"', '"a', "'a", '[a, [b]]', '[a: b]', '{a: b}', '&x a', '*x', '!!str a', '| a', '> a', '%a', '@a', '`a`', 'a ', ' a', 'ä ö', '😀', 'x # c',
  '"x" # c', '[a, b] # c', '"', '- a', '? a', 'a\tb', '2024-01-01', 'Hello, world', '<<', '=', 'a,b', '[a,]', '[,]', '[null]', '[1, 2]', '["a", b]',
);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ' : '), value).map(([k, sep, v]) => `${k}${sep}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  indented: x', 'just text', '...', '---', '\r', 'title: a\r') },
);
const source = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));

/** Every front matter block under `dir` (Markdown templates only). */
function frontMatters(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile())
    .map((name) => findFrontMatter(readFileSync(join(dir, name), 'utf8')))
    .flatMap((found) => (found && found !== 'unsure' ? [found.value] : []));
}

describe('front matter without the YAML parser', () => {
  it('reads generated front matter that it accepts exactly as the YAML parser does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, (text) => {
        if (expectSameAsParser(text)) accepted += 1;
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(2000);
  });

  it('leaves to the parser everything YAML reads another way', () => {
    for (const text of ['title: 12', 'lang: true', 'title: a: b', 'title: Order #12', 'title: a\ntitle: b', 'title: |\n  a', 'title:\n  - a', 'tags: [a, [b]]', 'title: "a\\"b"', 'replylint: {disable: [no-name]}', 'title: a\r', '  title: a', 'title: &x a', 'null: a']) {
      expect(readSimpleFrontMatter(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(readSimpleFrontMatter('title: "Refund #12"\nlang: fi\ntags: [billing, refund]')).toEqual([
      { key: 'title', value: 'Refund #12', offset: 0 },
      { key: 'lang', value: 'fi', offset: 20 },
      { key: 'tags', value: ['billing', 'refund'], offset: 29 },
    ]);
  });

  it.skipIf(!existsSync(GEN_CORPUS))('reads every front matter of the fixtures and a generated corpus as the YAML parser does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-front-matter-'));
    execFileSync(process.execPath, [GEN_CORPUS, '--out', dir, '--files', '1000', '--seed', 'front-matter'], { stdio: 'ignore' });
    const generated = frontMatters(dir);
    const fixtures = frontMatters(join(ROOT, 'fixtures'));
    const accepted = [...generated, ...fixtures].filter((text) => expectSameAsParser(text)).length;
    expect(generated.length).toBe(1000);
    // Generated front matter is a quoted title, a language and a flow list of tags: all of it is simple.
    expect(generated.every((text) => readSimpleFrontMatter(text) !== undefined)).toBe(true);
    expect(accepted).toBeGreaterThan(1000 + fixtures.length / 2);
  });
});
