import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, type Scalar } from 'yaml';
import { parseFile } from '../../src/parse/index.js';
import type { RangeTextEncoder } from '../../src/parse/scalar-encoder.js';
import { mapScalar } from '../../src/parse/scalar-map.js';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** Raw YAML for `body:` written in a flow style, from pieces that exercise escapes, folds and blanks. */
const flowBody = fc
  .tuple(
    fc.constantFrom('"', "'", ''),
    fc.array(fc.constantFrom('a', 'ä', '😀', ' ', '  ', '\t', '\n  ', '\n\n  ', '\n \n   ', ' \n  ', '\\n', '\\\n   ', "''", '\\u00e4', '\\U0001F600', '\\x41', '\\"', '\\\\', '#', ':', '\r'), { maxLength: 16 }),
    fc.constantFrom('', '\n', ' # c\n', '\nnext: 1\n'),
  )
  .map(([q, pieces, tail]) => `body: ${q}${pieces.join('')}${q}${tail}`);

/** Raw YAML for `body:` as a block scalar with every header and assorted indentation. */
const blockBody = fc
  .tuple(
    fc.constantFrom('|', '|-', '|+', '|2', '|2-', '|+1', '>', '>-', '>+', '>2', '>1-', '| # c'),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('', 'a b', 'ä😀', '\tx', ' y', 'z  ', '#c')), { maxLength: 7 }),
    fc.constantFrom('', '\n', '\nnext: 1\n', '\n\n\nnext: 1'),
  )
  .map(([header, lines, tail]) => `body: ${header}\n${lines.map(([n, text]) => ' '.repeat(n) + text).join('\n')}${tail}`);

describe('scalar maps, for any scalar the yaml library accepts', () => {
  it('rebuild the library’s value exactly and map every verbatim segment onto the same characters', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(flowBody, blockBody), fc.boolean(), (raw, useCrlf) => {
        const yaml = useCrlf ? crlf(raw) : raw;
        const doc = parseDocument(yaml, { keepSourceTokens: true });
        const node = doc.errors.length ? undefined : (doc.contents as { get?: (k: string, keep: true) => unknown } | null)?.get?.('body', true);
        if (!isScalar(node) || typeof node.value !== 'string') return;
        checked += 1;
        const mapped = mapScalar(yaml, node as Scalar.Parsed & { value: string });
        expect(mapped.exact, JSON.stringify(yaml)).toBe(true);
        let text = 0;
        for (const s of mapped.map.segments) {
          expect(s.text).toBe(text);
          text += s.textLength;
          if (!s.atomic) expect(yaml.slice(s.file, s.file + s.fileLength)).toBe(mapped.value.slice(s.text, s.text + s.textLength));
        }
        expect(text).toBe(mapped.value.length);
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('scalar encoders, for any exact edit of a macro body', () => {
  const scalar = fc.oneof(
    fc
      .tuple(fc.constantFrom('|', '|-', '|+', '|2', '>', '>-', '>+'), fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('', 'a b', 'ä😀', ' y', 'z  ', 'c:d')), { minLength: 1, maxLength: 5 }))
      .map(([h, lines]) => `${h}\n${lines.map(([n, text]) => '      ' + ' '.repeat(n) + text).join('\n')}\n`),
    fc
      .tuple(fc.constantFrom('"', "'", ''), fc.array(fc.constantFrom('a', 'ä', '😀', ' ', '\n      ', '\n\n      ', '\\n', '\\\n      ', "''", '\\u00e4', '\\"', 'b'), { minLength: 1, maxLength: 8 }))
      .map(([q, pieces]) => `${q}${pieces.join('')}${q}\n`),
  );
  const insert = fc.constantFrom('x', 'Hei ', ' sinä', 'a\nb', 'it\'s "ok"', 'a: b', '#x', 'x #y', '\\', 'ä😀', '\n', 'end\n', '\tz', ' ', '', '- z', 'c,d');
  const splitsPair = (s: string, k: number) => /[\ud800-\udbff]/.test(s[k - 1] ?? '') && /[\udc00-\udfff]/.test(s[k] ?? '');
  /** Blanks next to a folded line break, and a block's trailing line breaks, are not the reader's concern. */
  const loose = (v: string) => v.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/^ /, '').replace(/[\n ]+$/, '');

  const edit = fc.tuple(scalar, insert, fc.nat(), fc.constantFrom(0, 0, 0, 1, 2, 3), fc.boolean());
  const apply = ([body, text, pos, length, useCrlf]: [string, string, number, number, boolean]) => {
    let yaml = `macros:\n  - title: t\n    body: ${body}  - title: u\n    body: other\n`;
    if (useCrlf) yaml = crlf(yaml);
    const before = parseFile('m.yaml', yaml);
    if (before.problems.length || before.templates.length !== 2) return undefined;
    const t = before.templates[0];
    const block = /^[|>]/.test(body);
    const limit = block ? t.body.replace(/\n+$/, '').length : t.body.length;
    const start = pos % (limit + 1);
    const end = Math.min(limit, start + length);
    if (splitsPair(t.body, start) || splitsPair(t.body, end)) return undefined;
    const range = t.map.toFileRange(start, end);
    if (!range.exact) return undefined;
    // The encoders also take the end of the replaced range (a requested addition to TextEncoder).
    const encoded = (t.encoder as RangeTextEncoder).encode(text, range.start, range.end);
    if (encoded === undefined) return undefined;
    const after = parseFile('m.yaml', yaml.slice(0, range.start) + encoded + yaml.slice(range.end));
    return { after, expected: t.body.slice(0, start) + text + t.body.slice(end), insertion: start === end, block, style: body[0] };
  };

  it('an insertion leaves the other macro alone and puts exactly the text into the body', () => {
    let written = 0;
    fc.assert(
      fc.property(edit, (e) => {
        const r = apply([e[0], e[1], e[2], 0, e[4]]);
        if (!r) return;
        written += 1;
        expect(r.after.problems).toEqual([]);
        expect(r.after.templates.map((t) => t.index)).toEqual([0, 1]);
        expect(r.after.templates[1].body).toBe('other');
        const body = r.after.templates[0].body;
        // Plain and single-quoted scalars cannot keep blanks next to a line break; block scalars chomp trailing breaks.
        if (r.style === '"') expect(body).toBe(r.expected);
        else if (r.block) expect(body.replace(/[\n ]+$/, '')).toBe(r.expected.replace(/[\n ]+$/, ''));
        else expect(loose(body)).toBe(loose(r.expected));
      }),
      { numRuns: 4000 },
    );
    expect(written).toBeGreaterThan(1000);
  });

  it('a replacement either leaves YAML the fix loop rejects, or the intended text and the other macro intact', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const r = apply(e);
        if (!r || r.after.problems.some((p) => p.severity === 'error')) return;
        expect(r.after.templates.map((t) => t.body).slice(1)).toEqual(['other']);
        expect(loose(r.after.templates[0].body)).toBe(loose(r.expected));
      }),
      { numRuns: 4000 },
    );
  });
});
