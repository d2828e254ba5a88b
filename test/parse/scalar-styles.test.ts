import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFile } from '../../src/parse/index.js';
import type { TemplateSource } from '../../src/parse/types.js';

const only = (yaml: string): TemplateSource => {
  const parsed = parseFile('m.yaml', yaml);
  expect(parsed.problems).toEqual([]);
  expect(parsed.templates).toHaveLength(1);
  return parsed.templates[0];
};

/** The file slice under the `nth` occurrence of `part` in the body, and whether edits there are exact. */
const under = (yaml: string, part: string, nth = 0) => {
  const t = only(yaml);
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = t.body.indexOf(part, at + 1);
  expect(at, `“${JSON.stringify(part)}” in ${JSON.stringify(t.body)}`).toBeGreaterThanOrEqual(0);
  const r = t.map.toFileRange(at, at + part.length);
  return { slice: yaml.slice(r.start, r.end), exact: r.exact };
};

const yamlValue = (yaml: string): string => (parseYaml(yaml) as { macros: { body: string }[] }).macros[0].body;

interface StyleCase {
  yaml: string;
  /** Body substrings that slice the file to themselves. */
  verbatim: string[];
  /** Body substring → the file text it maps to, across atomic pieces. */
  across: Record<string, string>;
}

const CASES: Record<string, StyleCase> = {
  'plain, one line': {
    yaml: 'macros:\n  - body: Hei Äiti, tilaus 😀 on myöhässä, pahoittelut\n',
    verbatim: ['Hei', 'Äiti', 'myöhässä', 'pahoittelut', '😀 on', 'tilaus 😀 on myöhässä'],
    across: {},
  },
  'plain, several lines': {
    yaml: 'macros:\n  - body: Hei Äiti,\n      tilaus 😀 on   \n      myöhässä\n\n      pahoittelut\n',
    verbatim: ['Äiti,', 'tilaus 😀 on', 'myöhässä', 'pahoittelut'],
    across: { 'Äiti, tilaus': 'Äiti,\n      tilaus', 'on myöhässä': 'on   \n      myöhässä', 'myöhässä\npahoittelut': 'myöhässä\n\n      pahoittelut' },
  },
  "single-quoted with ''": {
    yaml: "macros:\n  - body: 'It''s Äiti, tilaus 😀 on\n      myöhässä'\n",
    verbatim: ['s Äiti, tilaus 😀 on', 'myöhässä', 'It'],
    across: { "'": "''", "It's": "It''s", 'on myöhässä': 'on\n      myöhässä' },
  },
  'double-quoted with escapes': {
    yaml: 'macros:\n  - body: "Hei \\"Äiti\\",\\n\\u00e4 \\U0001F600 \\x41 tilaus 😀 on myöhässä\\\n      ok \\\\ \\t loppu\n      rivi"\n',
    verbatim: ['Hei ', 'Äiti', 'tilaus 😀 on myöhässä', 'ok ', 'loppu'],
    across: { '"Äiti"': '\\"Äiti\\"', '\n': '\\n', ä: '\\u00e4', '😀 A': '\\U0001F600 \\x41', '\\': '\\\\', '\t': '\\t', 'myöhässäok': 'myöhässä\\\n      ok', 'loppu rivi': 'loppu\n      rivi' },
  },
  'literal |': {
    yaml: 'macros:\n  - body: |\n      Hei Äiti,\n\n      tilaus 😀 on myöhässä\n        sisennetty\n    title: x\n',
    verbatim: ['Hei Äiti,', 'tilaus 😀 on myöhässä', '  sisennetty'],
    across: { ',\n\ntilaus': ',\n\n      tilaus', 'myöhässä\n  sis': 'myöhässä\n        sis' },
  },
  'literal |-': {
    yaml: 'macros:\n  - body: |-\n      Hei Äiti,\n      tilaus 😀 on myöhässä\n',
    verbatim: ['Hei Äiti,', 'tilaus 😀 on myöhässä'],
    across: { ',\ntilaus': ',\n      tilaus' },
  },
  'literal |2 (explicit indentation)': {
    yaml: 'macros:\n  - body: |2\n        Hei Äiti,\n      tilaus 😀 on myöhässä\n',
    verbatim: ['  Hei Äiti,', 'tilaus 😀 on myöhässä'],
    across: {},
  },
  'folded >': {
    yaml: 'macros:\n  - body: >\n      Hei Äiti,\n      tilaus 😀 on\n\n      myöhässä\n        sisennetty\n      loppu\n',
    verbatim: ['Hei Äiti,', 'tilaus 😀 on', 'myöhässä', '  sisennetty', 'loppu'],
    across: { 'Äiti, tilaus': 'Äiti,\n      tilaus', 'on\nmyöhässä': 'on\n\n      myöhässä', 'sisennetty\nloppu': 'sisennetty\n      loppu' },
  },
};

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('a YAML body maps back to the file in every scalar style', () => {
  for (const [style, c] of Object.entries(CASES)) {
    describe(style, () => {
      it('reads the same value as the yaml library', () => {
        expect(only(c.yaml).body).toBe(yamlValue(c.yaml));
      });

      it('maps text after ä, ö and an emoji exactly onto the same characters in the file', () => {
        for (const part of c.verbatim) expect(under(c.yaml, part), part).toEqual({ slice: part, exact: true });
      });

      it('maps escapes and folded line breaks onto their whole source', () => {
        for (const [part, source] of Object.entries(c.across)) expect(under(c.yaml, part), part).toEqual({ slice: source, exact: true });
      });

      it('does the same with CRLF line endings', () => {
        const yaml = crlf(c.yaml);
        expect(only(yaml).body).toBe(yamlValue(c.yaml));
        for (const part of c.verbatim) expect(under(yaml, part).slice).toBe(part);
        for (const [part, source] of Object.entries(c.across)) expect(under(yaml, part).slice).toBe(crlf(source));
      });

      it('points the fileRange at the scalar and the anchor at its item', () => {
        const t = only(c.yaml);
        expect(t.anchor).toBe(c.yaml.indexOf('- ') + 2);
        expect(t.fileRange.start).toBe(c.yaml.indexOf('body: ') + 6);
        expect(t.map.toFile(0)).toBeGreaterThanOrEqual(t.fileRange.start);
        expect(t.map.toFile(t.body.length)).toBeLessThanOrEqual(t.fileRange.end);
      });
    });
  }

  it('refuses exactness for an edit that would split an escape', () => {
    const t = only('macros:\n  - body: "a\\U0001F600b"\n');
    expect(t.body).toBe('a😀b');
    expect(t.map.toFileRange(1, 2).exact).toBe(false);
    expect(t.map.toFileRange(1, 3).exact).toBe(true);
  });

  it('keeps the final line break of a block scalar out of reach of edits', () => {
    const yaml = 'macros:\n  - body: |\n      Hei\n    title: x\n';
    const t = only(yaml);
    expect(t.body).toBe('Hei\n');
    expect(t.map.toFile(4)).toBe(yaml.indexOf('Hei') + 3);
  });

  it('gives an empty body a position of its own', () => {
    const yaml = 'macros:\n  - title: x\n    body: ""\n';
    const t = only(yaml);
    expect(t.body).toBe('');
    expect(t.map.toFile(0)).toBe(yaml.indexOf('""') + 1);
  });
});
