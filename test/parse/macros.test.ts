import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFile } from '../../src/parse/index.js';

const one = (yaml: string) => {
  const parsed = parseFile('m.yaml', yaml);
  expect(parsed.problems).toEqual([]);
  expect(parsed.templates).toHaveLength(1);
  return parsed.templates[0];
};

/** The file text under the body substring `word`, and whether edits there can be written back. */
const under = (yaml: string, word: string, nth = 0) => {
  const t = one(yaml);
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = t.body.indexOf(word, at + 1);
  expect(at, `“${word}” in the body`).toBeGreaterThanOrEqual(0);
  const r = t.map.toFileRange(at, at + word.length);
  return { slice: yaml.slice(r.start, r.end), exact: r.exact };
};

const STYLES: Record<string, string> = {
  plain: 'macros:\n  - title: a\n    body: Hei Äiti, tilaus 😀 on myöhässä\n',
  'plain multi-line': 'macros:\n  - body: Hei Äiti,\n      tilaus 😀 on\n      myöhässä\n',
  'single-quoted': "macros:\n  - body: 'It''s Äiti, tilaus 😀 on\n      myöhässä'\n",
  'double-quoted': 'macros:\n  - body: "Hei \\"Äiti\\",\\n\\u00e4 \\U0001F600 tilaus 😀 on myöhässä\\\n      ok"\n',
  literal: 'macros:\n  - body: |\n      Hei Äiti,\n\n      tilaus 😀 on myöhässä\n',
  'literal strip': 'macros:\n  - body: |-\n      Hei Äiti,\n      tilaus 😀 on myöhässä\n',
  'literal explicit indentation': 'macros:\n  - body: |2\n        Hei Äiti,\n      tilaus 😀 on myöhässä\n',
  folded: 'macros:\n  - body: >\n      Hei Äiti,\n      tilaus 😀 on\n\n      myöhässä\n',
  'literal CRLF': 'macros:\r\n  - body: |\r\n      Hei Äiti,\r\n      tilaus 😀 on myöhässä\r\n',
  'top-level list': '- body: >-\n    Hei Äiti, tilaus 😀 on myöhässä\n',
};

describe('YAML macro bodies map back to the file in every scalar style', () => {
  for (const [style, yaml] of Object.entries(STYLES)) {
    it(`${style}: the body is the YAML value and words after ä, ö and an emoji map exactly`, () => {
      const t = one(yaml);
      const parsed = parseYaml(yaml.replace(/\r/g, '')) as { macros?: { body: string }[] } | { body: string }[];
      const value = (Array.isArray(parsed) ? parsed : parsed.macros!)[0].body;
      expect(t.body.replace(/\r/g, '')).toBe(value);
      expect(under(yaml, 'myöhässä')).toEqual({ slice: 'myöhässä', exact: true });
      expect(under(yaml, 'tilaus')).toEqual({ slice: 'tilaus', exact: true });
      const rebuilt = t.map.segments.reduce((n, s) => n + s.textLength, 0);
      expect(rebuilt).toBe(t.body.length);
    });
  }

  it('double-quoted escapes are atomic: an escape maps to the whole escape sequence', () => {
    const yaml = STYLES['double-quoted'];
    expect(under(yaml, 'ä')).toEqual({ slice: '\\u00e4', exact: true });
    expect(under(yaml, '\n')).toEqual({ slice: '\\n', exact: true });
    const inside = one(yaml).map.toFileRange(1, 1);
    expect(inside.exact).toBe(true);
  });

  it('folded line breaks are atomic: the space stands for the line break and indentation', () => {
    expect(under(STYLES.folded, 'Äiti, ')).toEqual({ slice: 'Äiti,\n      ', exact: true });
  });

  it("single-quoted '' maps to both quotes", () => {
    expect(under(STYLES['single-quoted'], "'")).toEqual({ slice: "''", exact: true });
  });
});

describe('macro collections', () => {
  it('reads macros under macros:, templates: and replies:, with metadata', () => {
    for (const key of ['macros', 'templates', 'replies']) {
      const parsed = parseFile('m.yml', `${key}:\n  - name: Refund\n    locale: fi-FI\n    kind: refusal\n    tags: [a, b]\n    text: Hei\n`);
      expect(parsed.templates[0].meta).toMatchObject({ title: 'Refund', lang: 'fi-FI', kind: 'refusal', tags: ['a', 'b'] });
      expect(parsed.templates[0].label).toBe('Refund');
    }
  });

  it('says a YAML file of another shape is not a macro file, without problems', () => {
    const parsed = parseFile('ci.yaml', 'on: push\njobs:\n  build: {runs-on: ubuntu}\n');
    expect(parsed).toMatchObject({ notMacroFile: true, templates: [], problems: [] });
  });

  it('skips a macro whose body is a number, a list or null, naming it and its line', () => {
    const yaml = 'macros:\n  - title: n\n    body: 42\n  - title: l\n    body: [a]\n  - title: z\n    body:\n  - title: ok\n    body: Hei\n';
    const parsed = parseFile('m.yaml', yaml);
    expect(parsed.templates.map((t) => t.label)).toEqual(['ok']);
    expect(parsed.problems.map((p) => [p.severity, p.template, yaml.slice(0, p.offset).split('\n').length])).toEqual([
      ['warn', 0, 3],
      ['warn', 1, 5],
      ['warn', 2, 7],
    ]);
  });

  it('reports YAML syntax errors and duplicate keys at their offset', () => {
    const bad = parseFile('m.yaml', 'macros:\n  - body: "unclosed\n');
    expect(bad.problems[0]).toMatchObject({ severity: 'error' });
    const dup = 'macros:\n  - body: a\n    body: b\n';
    const parsed = parseFile('m.yaml', dup);
    expect(parsed.problems[0].severity).toBe('error');
    expect(dup.slice(0, parsed.problems[0].offset).split('\n').length).toBe(3);
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i += 1) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill('*' + 'abcdefghij'[i - 1]).join(',')}]`);
    lines.push('macros:\n  - body: *j');
    const started = Date.now();
    const parsed = parseFile('bomb.yaml', lines.join('\n') + '\n');
    expect(parsed.problems[0]).toMatchObject({ severity: 'error' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never runs a custom tag such as !!js/function, and reports it', () => {
    const parsed = parseFile('m.yaml', 'macros:\n  - body: !!js/function "function () { throw new Error(1) }"\n');
    expect(parsed.problems[0]).toMatchObject({ severity: 'error' });
    expect(parsed.problems[0].message).toMatch(/tag/);
  });
});

describe('scalar encoders write fix text back so the YAML value holds it', () => {
  const cases: Array<[string, string]> = [
    ['literal', STYLES.literal],
    ['double-quoted', STYLES['double-quoted']],
    ['single-quoted', STYLES['single-quoted']],
    ['plain', STYLES.plain],
    ['folded', STYLES.folded],
  ];
  for (const [style, yaml] of cases) {
    it(`${style}`, () => {
      const t = one(yaml);
      const at = t.body.indexOf('tilaus');
      const insert = style === 'literal' || style === 'double-quoted' ? 'Olen pahoillani "tästä".\nJa ' : "Olen pahoillani, it's ";
      const encoded = t.encoder.encode(insert, t.map.toFile(at));
      expect(encoded).toBeDefined();
      const fileAt = t.map.toFile(at);
      const updated = yaml.slice(0, fileAt) + encoded + yaml.slice(fileAt);
      const after = one(updated);
      expect(after.body.replace(/\r/g, '')).toContain(insert + 'tilaus');
    });
  }

  it('refuses a line break in a folded, single-quoted or plain scalar', () => {
    for (const style of ['folded', 'single-quoted', 'plain']) expect(one(STYLES[style]).encoder.encode('a\nb', 0)).toBeUndefined();
  });
});
