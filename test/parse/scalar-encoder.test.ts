import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/index.js';
import type { TemplateSource } from '../../src/parse/types.js';

const only = (yaml: string): TemplateSource => {
  const parsed = parseFile('m.yaml', yaml);
  expect(parsed.problems).toEqual([]);
  return parsed.templates[0];
};

/** Inserts `text` before the first `before` in the body, through the encoder; returns the new file, or undefined. */
const insert = (yaml: string, before: string, text: string): string | undefined => {
  const t = only(yaml);
  const at = t.map.toFile(t.body.indexOf(before));
  const encoded = t.encoder.encode(text, at);
  return encoded === undefined ? undefined : yaml.slice(0, at) + encoded + yaml.slice(at);
};

const STYLES: Record<string, string> = {
  plain: 'macros:\n  - body: Hei Äiti, tilaus 😀 on\n      myöhässä\n    title: x\n',
  'single-quoted': "macros:\n  - body: 'Hei Äiti, tilaus 😀 on\n      myöhässä'\n    title: x\n",
  'double-quoted': 'macros:\n  - body: "Hei \\"Äiti\\", tilaus 😀 on\\n\n      myöhässä"\n    title: x\n',
  'literal |': 'macros:\n  - body: |\n      Hei Äiti,\n      tilaus 😀 on myöhässä\n    title: x\n',
  'literal |-': 'macros:\n  - body: |-\n      Hei Äiti,\n      tilaus 😀 on myöhässä\n    title: x\n',
  'literal |2': 'macros:\n  - body: |2\n        Hei Äiti,\n      tilaus 😀 on myöhässä\n    title: x\n',
  'folded >': 'macros:\n  - body: >\n      Hei Äiti,\n      tilaus 😀 on\n      myöhässä\n    title: x\n',
};
const MULTI_LINE = new Set(['literal |', 'literal |-', 'literal |2', 'double-quoted']);

describe('encoded fix text, spliced into the file, reads back as the text', () => {
  for (const [style, yaml] of Object.entries(STYLES)) {
    for (const lineEnding of ['\n', '\r\n']) {
      it(`${style}${lineEnding === '\r\n' ? ' (CRLF)' : ''}`, () => {
        const file = yaml.replace(/\n/g, lineEnding);
        const text = MULTI_LINE.has(style) ? 'Olen pahoillani "tästä" \\ ä😀.\n\nJa ' : "Olen pahoillani, it's \"ä😀\" ";
        const updated = insert(file, 'tilaus', text);
        expect(updated).toBeDefined();
        const after = parseFile('m.yaml', updated!);
        expect(after.problems).toEqual([]);
        expect(after.templates[0].body).toContain(text + 'tilaus');
        expect(after.templates[0].meta.title).toBe('x');
        if (lineEnding === '\r\n') expect(updated!.replace(/\r\n/g, '')).not.toContain('\n');
      });
    }
  }
});

describe('encoders refuse text their scalar cannot hold as it is', () => {
  it('refuses a line break in plain, single-quoted and folded scalars', () => {
    for (const style of ['plain', 'single-quoted', 'folded >']) expect(insert(STYLES[style], 'tilaus', 'a\nb'), style).toBeUndefined();
  });

  it('escapes what a double-quoted scalar needs escaped', () => {
    const t = only(STYLES['double-quoted']);
    expect(t.encoder.encode('a"b\\c\nd\te\x07', t.map.toFile(0))).toBe('a\\"b\\\\c\\nd\\te\\x07');
  });

  it('doubles single quotes in a single-quoted scalar', () => {
    const t = only(STYLES['single-quoted']);
    expect(t.encoder.encode("it's", t.map.toFile(0))).toBe("it''s");
  });

  it('indents each new line of a literal block to the block’s indentation', () => {
    const t = only(STYLES['literal |']);
    expect(t.encoder.encode('a\n\nb\n', t.map.toFile(t.body.indexOf('tilaus')))).toBe('a\n\n      b\n      ');
  });

  it('refuses plain text that would start a mapping, a comment or another kind of scalar', () => {
    const yaml = STYLES.plain;
    expect(insert(yaml, 'tilaus', 'a: b ')).toBeUndefined();
    expect(insert(yaml, 'tilaus', 'x #y ')).toBeUndefined();
    expect(insert(yaml, 'tilaus', '#y ')).toBeUndefined();
    expect(insert(yaml, 'Hei', '- ')).toBeUndefined();
    expect(insert(yaml, 'Hei', '"q" ')).toBeUndefined();
    expect(insert(yaml, 'Hei', 'Moi, ')).toBeDefined();
  });

  it('refuses flow indicators in a plain scalar inside a flow collection', () => {
    const yaml = 'macros: [{body: Hei sinä}]\n';
    expect(insert(yaml, 'sinä', 'a, ')).toBeUndefined();
    expect(insert(yaml, 'sinä', 'a ')).toBe('macros: [{body: Hei a sinä}]\n');
  });

  it('refuses a more-indented line start in a folded scalar, which would change its folding', () => {
    expect(insert(STYLES['folded >'], 'tilaus', '  x ')).toBeUndefined();
    expect(insert(STYLES['folded >'], 'tilaus', 'x ')).toBeDefined();
  });

  it('refuses text at the start of an auto-indented block that would change its indentation', () => {
    expect(insert(STYLES['literal |'], 'Hei', '  x\n')).toBeUndefined();
    expect(insert(STYLES['literal |'], 'Hei', 'x\n')).toBeDefined();
  });

  it('refuses any edit of an empty block scalar', () => {
    const t = only('macros:\n  - body: |\n    title: x\n');
    expect(t.body).toBe('');
    expect(t.encoder.encode('Hei', t.map.toFile(0))).toBeUndefined();
  });
});
