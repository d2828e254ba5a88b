import { describe, expect, it } from 'vitest';
import { SourceMap, SourceMapBuilder } from '../../src/parse/source-map.js';

/** value "a\nbc" read from file `x"a\nbc"`: `\n` (2 units) stands for one text unit. */
const escaped = () => {
  const b = new SourceMapBuilder();
  b.exact(2, 1); // a
  b.atomic(3, 2, 1); // \n
  b.exact(5, 2); // bc
  return b.build();
};

describe('SourceMap.toFile', () => {
  it('maps text offsets one to one through an identity map', () => {
    const map = SourceMap.identity(10, 5);
    expect([0, 3, 5].map((o) => map.toFile(o))).toEqual([10, 13, 15]);
  });

  it('maps the edges of an atomic segment to the edges of its source', () => {
    const map = escaped();
    expect(map.toFile(1, 'start')).toBe(3);
    expect(map.toFile(1, 'end')).toBe(3);
    expect(map.toFileRange(1, 2)).toEqual({ start: 3, end: 5, exact: true });
    expect(map.toFile(2, 'start')).toBe(5);
    expect(map.toFile(2, 'end')).toBe(5);
  });

  it('sends an offset inside an atomic segment to the edge its bias asks for', () => {
    const b = new SourceMapBuilder();
    b.atomic(0, 10, 2); // \U0001F600 → one emoji, two UTF-16 units
    const map = b.build();
    expect(map.toFile(1, 'start')).toBe(0);
    expect(map.toFile(1, 'end')).toBe(10);
  });

  it('maps a boundary next to a zero-length atomic segment (an escaped line break) to the right side', () => {
    const b = new SourceMapBuilder();
    b.exact(0, 2); // ab
    b.atomic(2, 4, 0); // \ + newline + indentation
    b.exact(6, 2); // cd
    const map = b.build();
    expect(map.toFile(2, 'end')).toBe(2);
    expect(map.toFile(2, 'start')).toBe(6);
  });
});

describe('SourceMap.toFileRange', () => {
  it('is exact for a range of verbatim text and for a range holding whole atomic segments', () => {
    const map = escaped();
    expect(map.toFileRange(2, 4)).toEqual({ start: 5, end: 7, exact: true });
    expect(map.toFileRange(0, 3)).toEqual({ start: 2, end: 6, exact: true });
  });

  it('is not exact when an end falls inside an atomic segment', () => {
    const b = new SourceMapBuilder();
    b.exact(0, 1);
    b.atomic(1, 10, 2);
    b.exact(11, 1);
    const map = b.build();
    const inside = map.toFileRange(0, 2);
    expect(inside.exact).toBe(false);
    expect(inside).toMatchObject({ start: 0, end: 11 });
    expect(map.toFileRange(1, 3)).toEqual({ start: 1, end: 11, exact: true });
    expect(map.toFileRange(1, 4)).toEqual({ start: 1, end: 12, exact: true });
  });

  it('is not exact across a gap in the file (text that left something out)', () => {
    const b = new SourceMapBuilder();
    b.exact(0, 3);
    b.exact(10, 3);
    expect(b.build().toFileRange(1, 5).exact).toBe(false);
    expect(b.build().toFileRange(3, 5)).toEqual({ start: 10, end: 12, exact: true });
  });

  it('keeps an atomic segment atomic when its two lengths happen to be equal', () => {
    const b = new SourceMapBuilder();
    b.atomic(0, 2, 2); // e.g. a folded "\n\n" read as "\n\n" with different meaning
    b.exact(2, 3);
    const map = b.build();
    expect(map.segments).toHaveLength(2);
    expect(map.isBoundary(1)).toBe(false);
    expect(map.toFileRange(1, 3).exact).toBe(false);
  });
});

describe('SourceMapBuilder', () => {
  it('merges adjacent verbatim runs and keeps atomic segments apart', () => {
    const b = new SourceMapBuilder();
    b.exact(0, 2);
    b.exact(2, 3);
    b.atomic(5, 2, 1);
    b.exact(7, 1);
    expect(b.build().segments.map((s) => [s.text, s.textLength, s.file, s.fileLength])).toEqual([
      [0, 5, 0, 5],
      [5, 1, 5, 2],
      [6, 1, 7, 1],
    ]);
    expect(b.textLength).toBe(7);
  });
});

describe('SourceMap.compose', () => {
  it('chains verbatim maps by adding offsets', () => {
    const inner = SourceMap.identity(2, 3); // text → body 2..5
    const outer = SourceMap.identity(100, 10); // body → file 100..110
    expect(inner.compose(outer).toFileRange(0, 3)).toEqual({ start: 102, end: 105, exact: true });
  });

  it('turns a verbatim run over an escape into an atomic segment over the whole escape', () => {
    const inner = SourceMap.identity(0, 4); // reply text copies the body "a\nbc"
    const composed = inner.compose(escaped());
    expect(composed.toFileRange(1, 2)).toEqual({ start: 3, end: 5, exact: true });
    expect(composed.toFileRange(0, 4)).toEqual({ start: 2, end: 7, exact: true });
    expect(composed.toFile(3)).toBe(6);
  });

  it('maps an inner atomic segment through the outer map', () => {
    const b = new SourceMapBuilder();
    b.exact(0, 1);
    b.atomic(1, 2, 1); // "&amp;"-like piece of body 1..3
    const composed = b.build().compose(SourceMap.identity(50, 10));
    expect(composed.toFileRange(1, 2)).toEqual({ start: 51, end: 53, exact: true });
    expect(composed.isBoundary(1)).toBe(true);
  });

  it('does not throw when the outer map is empty', () => {
    expect(() => SourceMap.identity(0, 3).compose(new SourceMap([])).toFile(1)).not.toThrow();
  });
});
