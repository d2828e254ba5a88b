import { describe, expect, it } from 'vitest';
import { applyEdits, detectLineEnding } from '../../src/fix/apply.js';
import type { FileEdit } from '../../src/engine/types.js';

const edit = (start: number, end: number, text: string): FileEdit => ({ range: [start, end], text });

describe('applyEdits', () => {
  it('applies edits given in any order at their own positions', () => {
    const text = 'Hei asiakas, kiitos.';
    const edits = [edit(13, 19, 'Kiitos'), edit(0, 3, 'Moi'), edit(4, 11, 'Maija')];
    const result = applyEdits(text, edits);
    expect(result.output).toBe('Moi Maija, Kiitos.');
    expect(result.applied).toEqual([edits[1], edits[2], edits[0]]);
    expect(result.skipped).toEqual([]);
  });

  it('skips an edit that overlaps one already taken, keeping the earlier one', () => {
    const text = 'abcdefgh';
    const first = edit(1, 4, 'X');
    const overlapping = edit(3, 6, 'Y');
    const inside = edit(2, 2, 'Z'); // an insertion strictly inside a replaced range overlaps it too
    const result = applyEdits(text, [overlapping, inside, first]);
    expect(result.output).toBe('aXefgh');
    expect(result.applied).toEqual([first]);
    expect(result.skipped).toEqual([inside, overlapping]);
  });

  it('applies edits that only touch, and two insertions at one point in their given order', () => {
    const text = 'abcdef';
    const result = applyEdits(text, [edit(3, 3, '2'), edit(1, 3, 'X'), edit(3, 3, '1'), edit(3, 5, 'Y')]);
    // The range [1,3) ends where the insertions sit; the insertions come before the replacement starting there.
    expect(result.output).toBe('aX21Yf');
    expect(result.skipped).toEqual([]);
  });

  it('skips edits whose range is reversed or outside the text', () => {
    const bad = [edit(3, 1, 'x'), edit(-1, 0, 'x'), edit(0, 99, 'x')];
    const result = applyEdits('abc', bad);
    expect(result.output).toBe('abc');
    expect(result.skipped).toHaveLength(3);
  });

  it('writes CRLF for line breaks in inserted text when the file uses CRLF', () => {
    const text = 'Hei,\r\n\r\nKiitos.\r\n';
    const result = applyEdits(text, [edit(text.length, text.length, '\nTerveisin\r\nMaija\n')], '\r\n');
    expect(result.output).toBe('Hei,\r\n\r\nKiitos.\r\n\r\nTerveisin\r\nMaija\r\n');
  });

  it('leaves inserted line breaks alone for an LF file', () => {
    expect(applyEdits('a\n', [edit(2, 2, 'b\nc\n')]).output).toBe('a\nb\nc\n');
  });

  it('leaves untouched bytes of the text as they were', () => {
    const text = '\u00e4\r\n😊 x\ty\r';
    expect(applyEdits(text, [edit(6, 7, 'Z')], '\r\n').output).toBe('\u00e4\r\n😊 Z\ty\r');
  });
});

describe('detectLineEnding', () => {
  it('tells CRLF files from LF files by their majority line ending', () => {
    expect(detectLineEnding('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(detectLineEnding('a\nb\nc\r\n')).toBe('\n');
    expect(detectLineEnding('no breaks')).toBe('\n');
  });
});
