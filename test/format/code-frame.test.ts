import { describe, expect, it } from 'vitest';
import { codeFrame, sourceLines } from '../../src/format/code-frame.js';

const at = (line: number, column: number, endColumn: number) => ({ line, column, endLine: line, endColumn });

describe('codeFrame', () => {
  it('counts CRLF, CR and LF as line ends, as positions do', () => {
    expect(sourceLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows nothing for a blank or missing line', () => {
    expect(codeFrame(['', '   '], at(2, 1, 2))).toBeUndefined();
    expect(codeFrame(['text'], at(5, 1, 2))).toBeUndefined();
  });

  it('keeps a long line whole up to 100 cells', () => {
    const line = 'x'.repeat(100);
    expect(codeFrame([line], at(1, 50, 52))).toEqual({ line, caretOffset: 49, caretWidth: 2 });
  });

  it('cuts only the end of a long line whose span is near its start', () => {
    const line = `VIKA ${'y'.repeat(200)}`;
    const frame = codeFrame([line], at(1, 1, 5));
    expect(frame?.line.startsWith('VIKA')).toBe(true);
    expect(frame?.line.endsWith('…')).toBe(true);
    expect(frame?.line.length).toBe(99);
    expect(frame).toMatchObject({ caretOffset: 0, caretWidth: 4 });
  });

  it('cuts only the start of a long line whose span is near its end, filling the width', () => {
    const line = `${'y'.repeat(200)} VIKA`;
    const frame = codeFrame([line], at(1, 202, 206));
    expect(frame?.line.startsWith('…')).toBe(true);
    expect(frame?.line.endsWith('VIKA')).toBe(true);
    expect(frame?.line.length).toBe(99);
    expect(frame?.line.slice(frame.caretOffset, frame.caretOffset + frame.caretWidth)).toBe('VIKA');
  });

  it('stops the carets at the cut when the span is longer than the window', () => {
    const line = `start ${'z'.repeat(300)}`;
    const frame = codeFrame([line], at(1, 7, 307));
    expect(frame).toBeDefined();
    expect(frame!.caretOffset + frame!.caretWidth).toBe(frame!.line.length - 1);
  });

  it('puts the caret of an insertion at the end of the line after its last character', () => {
    expect(codeFrame(['Hei Maija'], at(1, 10, 10))).toEqual({ line: 'Hei Maija', caretOffset: 9, caretWidth: 1 });
  });
});
