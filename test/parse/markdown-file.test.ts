import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';

describe('Markdown templates', () => {
  it('keeps the whole file as the body with an identity map and one unlabelled template', () => {
    const text = '---\nlang: fi\n---\nHei Äiti 😀, tilaus on myöhässä.\n';
    const [t] = parseFile('a.md', text).templates;
    expect(t).toMatchObject({ index: 0, anchor: 0, body: text, format: 'markdown', fileRange: { start: 0, end: text.length } });
    expect(t.label).toBeUndefined();
    const at = text.indexOf('myöhässä');
    expect(t.map.toFileRange(at, at + 8)).toEqual({ start: at, end: at + 8, exact: true });
    expect(t.encoder.encode('sinä\n', at)).toBe('sinä\n');
  });

  it('reads the front matter without parsing the Markdown, which the reply stage parses once (issue 6)', () => {
    const text = '---\ntitle: x\n---\n# Otsikko\n\nHei *sinä*\n';
    const template = parseFile('a.markdown', text).templates[0];
    expect(template.meta.title).toBe('x');
    expect(template.body).toBe(text);
    expect(template.tree).toBeUndefined();
  });

  it('reads lang from locale, tags from a comma list, and leaves unknown keys alone', () => {
    const parsed = parseFile('a.md', '---\nlocale: en-GB\ntags: billing, refund\nowner: support-team\n---\nHi\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates[0].meta).toEqual({ lang: 'en-GB', tags: ['billing', 'refund'] });
  });

  it('reads CRLF front matter and points problems at the right line', () => {
    const text = '---\r\ntitle: x\r\nkind: [a]\r\n---\r\nHei\r\n';
    const parsed = parseFile('a.md', text);
    expect(parsed.templates[0].meta.title).toBe('x');
    expect(parsed.problems).toEqual([{ severity: 'warn', offset: text.indexOf('kind'), message: expect.any(String) }]);
  });

  it('reports a YAML syntax error in front matter at the parser’s offset in the file', () => {
    const text = '---\ntitle: x\nlang: "fi\n---\nHei\n';
    const parsed = parseFile('a.md', text);
    expect(parsed.templates).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].severity).toBe('error');
    expect(parsed.problems[0].offset).toBeGreaterThanOrEqual(text.indexOf('"fi'));
    expect(parsed.problems[0].offset).toBeLessThan(text.indexOf('Hei'));
  });

  it('reports a duplicate front matter key at the second key', () => {
    const text = '---\nlang: fi\nlang: en\n---\nHei\n';
    expect(parseFile('a.md', text).problems[0]).toMatchObject({ severity: 'error', offset: text.lastIndexOf('lang') });
  });

  it('reports front matter opened with --- and never closed', () => {
    for (const text of ['---\ntitle: x\nHei!\n', '---  \r\nlang: fi\r\n']) {
      expect(parseFile('a.md', text).problems).toEqual([{ severity: 'error', offset: 0, message: expect.any(String) }]);
    }
  });

  it('warns when front matter is not a mapping, and goes on', () => {
    const parsed = parseFile('a.md', '---\n- a\n- b\n---\nHei\n');
    expect(parsed.problems).toEqual([{ severity: 'warn', offset: 4, message: expect.any(String) }]);
    expect(parsed.templates).toHaveLength(1);
  });

  it('accepts empty front matter, and a thematic break that is not at the start', () => {
    expect(parseFile('a.md', '---\n---\nHei\n').problems).toEqual([]);
    expect(parseFile('a.md', 'Hei\n\n---\n\nMoi\n').problems).toEqual([]);
  });

  it('warns about wrong replylint settings but keeps the right ones', () => {
    const text = '---\nreplylint:\n  disable: [no-name]\n  enable: [x]\n---\nHei\n';
    const parsed = parseFile('a.md', text);
    expect(parsed.templates[0].meta.settings).toEqual({ disable: ['no-name'] });
    expect(parsed.problems).toEqual([{ severity: 'warn', offset: text.indexOf('replylint'), message: expect.stringContaining('replylint.enable') }]);
  });

  it('reports a custom tag in front matter and does not run it', () => {
    const text = '---\ntitle: !!js/function "function () {}"\n---\nHei\n';
    expect(parseFile('a.md', text).problems).toEqual([{ severity: 'error', offset: text.indexOf('!!js'), message: expect.any(String) }]);
  });
});

describe('plain-text templates', () => {
  it('are the whole file, with no front matter, tree or problems', () => {
    const text = '---\nnot: front matter\n---\r\n';
    const parsed = parseFile('a.TXT', text);
    expect(parsed).toMatchObject({ type: 'text', problems: [] });
    expect(parsed.templates[0]).toMatchObject({ body: text, format: 'text', meta: { tags: [] } });
    expect(parsed.templates[0].tree).toBeUndefined();
  });
});
