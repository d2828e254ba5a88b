import { describe, expect, it } from 'vitest';
import type { FileEdit } from '../../src/engine/types.js';
import { fixUntilStable } from '../../src/fix/fix-loop.js';

/** A stand-in linter: one fix per occurrence of `word` (overlapping ones too), replacing it with `replacement`. */
function replacing(word: string, replacement: string) {
  return async (text: string): Promise<{ fixes: FileEdit[] }> => {
    const fixes: FileEdit[] = [];
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      fixes.push({ range: [i, i + word.length], text: replacement });
    }
    return { fixes };
  };
}

const always = () => true;

describe('fixUntilStable', () => {
  it('re-lints until no fix remains', async () => {
    // aaaaa → aaa → aa → a: overlapping matches are skipped and found again on the next pass.
    const result = await fixUntilStable('aaaaa', replacing('aa', 'a'), always);
    expect(result).toEqual({ output: 'a', passes: 3, rejected: 0 });
  });

  it('does nothing to a text without fixes', async () => {
    expect(await fixUntilStable('fine', replacing('zz', 'z'), always)).toEqual({ output: 'fine', passes: 0, rejected: 0 });
  });

  it('stops after ten passes when fixes never run out', async () => {
    let calls = 0;
    const grow = async (text: string) => {
      calls += 1;
      return { fixes: [{ range: [text.length, text.length] as [number, number], text: '+' }] };
    };
    const result = await fixUntilStable('', grow, always);
    expect(result).toEqual({ output: '+'.repeat(10), passes: 10, rejected: 0 });
    expect(calls).toBe(10);
  });

  it('stops when the only fixes left change nothing', async () => {
    const result = await fixUntilStable('same', async () => ({ fixes: [{ range: [0, 4], text: 'same' }] }), always);
    expect(result).toEqual({ output: 'same', passes: 0, rejected: 0 });
  });

  it('undoes a pass that makes the text invalid and keeps those of its edits that are safe alone', async () => {
    // Valid means: brackets balance. Two edits are fine alone, one breaks it.
    const balanced = (t: string) => {
      let depth = 0;
      for (const c of t) {
        depth += c === '[' ? 1 : c === ']' ? -1 : 0;
        if (depth < 0) return false;
      }
      return depth === 0;
    };
    const lints: string[] = [];
    const lintOnce = async (text: string) => {
      lints.push(text);
      if (text !== '[a] b c') return { fixes: [] };
      return {
        fixes: [
          { range: [1, 2], text: 'A' },
          { range: [4, 5], text: 'B]' },
          { range: [6, 7], text: 'C' },
        ] as FileEdit[],
      };
    };
    const result = await fixUntilStable('[a] b c', lintOnce, balanced);
    expect(result).toEqual({ output: '[A] b C', passes: 1, rejected: 1 });
    expect(lints).toEqual(['[a] b c']); // no further pass after a rejected one
  });

  it('keeps a valid pass and rejects edits only in the pass that broke the text', async () => {
    const noX = (t: string) => !t.includes('x');
    const passes = [
      [{ range: [0, 1], text: 'B' }],
      [{ range: [1, 2], text: 'x' }, { range: [2, 3], text: 'D' }],
    ] as FileEdit[][];
    let n = 0;
    const result = await fixUntilStable('abc', async () => ({ fixes: passes[n++] ?? [] }), noX);
    expect(result).toEqual({ output: 'BbD', passes: 2, rejected: 1 });
  });

  it('writes inserted line breaks as CRLF in a CRLF text', async () => {
    let done = false;
    const addSignature = async (text: string) => {
      if (done) return { fixes: [] };
      done = true;
      return { fixes: [{ range: [text.length, text.length], text: 'Terveisin\nMaija\n' }] as FileEdit[] };
    };
    const result = await fixUntilStable('Hei\r\n\r\n', addSignature, always);
    expect(result.output).toBe('Hei\r\n\r\nTerveisin\r\nMaija\r\n');
  });
});
