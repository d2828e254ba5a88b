// Builds a derived text (a YAML scalar's value) together with its map back into the source it came from.
import { SourceMap, SourceMapBuilder } from './source-map.js';

export class MappedText {
  value = '';
  private readonly builder = new SourceMapBuilder();

  constructor(private readonly source: string) {}

  /** Source [from, to) copied verbatim. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.value += this.source.slice(from, to);
    this.builder.exact(from, to - from);
  }

  /** `text` standing for source [from, to) as a whole: an escape, a folded line break, a line break plus indentation. */
  stand(text: string, from: number, to: number): void {
    this.value += text;
    this.builder.atomic(from, to - from, text.length);
  }

  /** The map; an empty value still points at `anchor`, so positions in an empty body land in the file. */
  map(anchor: number): SourceMap {
    if (this.value === '') return new SourceMap([{ text: 0, textLength: 0, file: anchor, fileLength: 0 }]);
    return this.builder.build();
  }
}

/** Length of the line break at `at` (`\n` or `\r\n`), 0 when there is none. */
export function lineBreakAt(source: string, at: number): number {
  if (source[at] === '\n') return 1;
  if (source[at] === '\r' && source[at + 1] === '\n') return 2;
  return 0;
}
