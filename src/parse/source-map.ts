// Maps offsets in a derived text (a YAML scalar's value, a reply's plain text) back to the file it came from.
//
// A segment is either exact (one text code unit per file code unit, e.g. plain prose) or atomic
// (an escape such as `\n` in a double-quoted scalar, `&auml;`, a folded line break): offsets inside an
// atomic segment map to its edges, and an edit that touches its inside cannot be written back exactly.

export interface Segment {
  /** start in the derived text */
  text: number;
  /** length in the derived text */
  textLength: number;
  /** start in the file (or in the outer text this map points into) */
  file: number;
  /** length in the file */
  fileLength: number;
  /**
   * Set on segments made by `SourceMapBuilder.atomic`: they stand for their source as a whole even when
   * both lengths happen to be equal (a folded line break `\n` read as a space).
   */
  atomic?: true;
}

/** One text code unit per file code unit, each standing for itself. */
const isExact = (s: Segment): boolean => !s.atomic && s.textLength === s.fileLength;

export class SourceMap {
  /** Segments sorted by `text`, contiguous in text coordinates. */
  readonly segments: readonly Segment[];

  constructor(segments: Segment[]) {
    this.segments = segments;
  }

  /** A map for text that was copied verbatim from `file` offset `start`. */
  static identity(start: number, length: number): SourceMap {
    return new SourceMap([{ text: 0, textLength: length, file: start, fileLength: length }]);
  }

  private segmentIndex(offset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].text <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * File offset of a text offset. `bias` decides which edge an offset inside an atomic segment takes,
   * and which segment a boundary offset belongs to: 'start' maps to where the next character begins,
   * 'end' to where the previous one ends.
   */
  toFile(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let i = this.segmentIndex(offset);
    // A boundary between two segments: an end offset belongs to the earlier one.
    if (bias === 'end' && i > 0 && segs[i].text === offset) i -= 1;
    const s = segs[i];
    const within = Math.max(0, Math.min(offset - s.text, s.textLength));
    if (isExact(s)) return s.file + within;
    if (within === 0) return s.file;
    if (within === s.textLength) return s.file + s.fileLength;
    return bias === 'start' ? s.file : s.file + s.fileLength;
  }

  /**
   * The file range of a text range, and whether text edits of that range can be written back exactly:
   * true when neither end falls inside an atomic segment and every atomic segment inside it is whole.
   */
  toFileRange(start: number, end: number): { start: number; end: number; exact: boolean } {
    return {
      start: this.toFile(start, 'start'),
      end: this.toFile(end, end === start ? 'start' : 'end'),
      exact: this.isBoundary(start) && this.isBoundary(end) && this.isContiguous(start, end),
    };
  }

  /** True when the text range comes from one unbroken run of the file (no markup or indentation left out). */
  private isContiguous(start: number, end: number): boolean {
    if (end <= start || this.segments.length === 0) return true;
    const segs = this.segments;
    let i = this.segmentIndex(start);
    if (segs[i].text + segs[i].textLength === start && i + 1 < segs.length) i += 1;
    for (; i + 1 < segs.length && segs[i + 1].text < end; i += 1) {
      if (segs[i].file + segs[i].fileLength !== segs[i + 1].file) return false;
    }
    return true;
  }

  /** True when `offset` is not strictly inside an atomic segment. */
  isBoundary(offset: number): boolean {
    if (this.segments.length === 0) return true;
    const s = this.segments[this.segmentIndex(offset)];
    if (isExact(s)) return true;
    return offset <= s.text || offset >= s.text + s.textLength;
  }

  /**
   * Chain two maps: `this` maps text → middle, `outer` maps middle → file.
   * Exact segments of `this` are split where `outer` changes segments, so exactness survives.
   */
  compose(outer: SourceMap): SourceMap {
    const out: Segment[] = [];
    for (const s of this.segments) {
      if (!isExact(s) || s.textLength === 0 || outer.segments.length === 0) {
        const from = outer.toFile(s.file, 'start');
        const to = outer.toFile(s.file + s.fileLength, s.fileLength === 0 ? 'start' : 'end');
        const segment: Segment = { text: s.text, textLength: s.textLength, file: from, fileLength: Math.max(0, to - from) };
        if (!isExact(s)) segment.atomic = true;
        out.push(segment);
        continue;
      }
      // Walk the outer segments that this exact run crosses.
      let pos = s.file;
      const stop = s.file + s.fileLength;
      while (pos < stop) {
        const oi = outer.segmentIndex(pos);
        const o = outer.segments[oi];
        const oEnd = o.text + o.textLength;
        const runEnd = Math.min(stop, oEnd > pos ? oEnd : stop);
        const textAt = s.text + (pos - s.file);
        if (isExact(o)) {
          out.push({ text: textAt, textLength: runEnd - pos, file: o.file + (pos - o.text), fileLength: runEnd - pos });
        } else {
          out.push({ text: textAt, textLength: runEnd - pos, file: o.file, fileLength: o.fileLength, atomic: true });
        }
        pos = runEnd;
      }
    }
    return new SourceMap(out);
  }
}

/** Builds a SourceMap by appending pieces of derived text in order. */
export class SourceMapBuilder {
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Text copied verbatim from `file`. */
  exact(file: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && isExact(last) && last.file + last.fileLength === file) {
      last.textLength += length;
      last.fileLength += length;
    } else {
      this.segments.push({ text: this.length, textLength: length, file, fileLength: length });
    }
    this.length += length;
  }

  /** `textLength` units of derived text that stand for `fileLength` units of file text as a whole. */
  atomic(file: number, fileLength: number, textLength: number): void {
    this.segments.push({ text: this.length, textLength, file, fileLength, atomic: true });
    this.length += textLength;
  }

  get textLength(): number {
    return this.length;
  }

  build(): SourceMap {
    return new SourceMap(this.segments.slice());
  }
}
