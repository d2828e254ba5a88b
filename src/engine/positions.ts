// File offsets to 1-based lines and UTF-16 columns, as ESLint reports them.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // CRLF, a lone CR and LF each end a line, as in ESLint, Markdown and the code frames stylish prints.
    const lineEnd = /\r\n?|\n/g;
    for (let m = lineEnd.exec(text); m; m = lineEnd.exec(text)) this.starts.push(m.index + m[0].length);
  }

  /** 1-based line and column of a file offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
}
