// Applies file edits to a text: sorted by position, overlapping ones skipped, inserted line breaks matched to the file's.
import type { FileEdit } from '../engine/types.js';

export type LineEnding = '\n' | '\r\n';

export interface AppliedEdits {
  output: string;
  /** The edits written, in position order (the same objects that were passed in). */
  applied: FileEdit[];
  /** Edits left out: overlapping an applied one, or with a range outside the text. */
  skipped: FileEdit[];
}

/**
 * Applies `edits` to `text`. Edits are taken in order of range start (then end; ties keep their given
 * order) and one whose range overlaps an edit already taken is skipped, to be retried on the next
 * lint pass. Edits that only touch (one ends where the next starts, or two insertions at the same
 * point) are all applied, in that order. With `eol` '\r\n', line breaks in inserted text become CRLF.
 */
export function applyEdits(text: string, edits: readonly FileEdit[], eol: LineEnding = '\n'): AppliedEdits {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.range[0] - b.edit.range[0] || a.edit.range[1] - b.edit.range[1] || a.index - b.index)
    .map(({ edit }) => edit);

  const applied: FileEdit[] = [];
  const skipped: FileEdit[] = [];
  const pieces: string[] = [];
  let taken = 0; // end of the last applied edit
  for (const edit of sorted) {
    const [start, end] = edit.range;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    if (!valid || start < taken) {
      skipped.push(edit);
      continue;
    }
    pieces.push(text.slice(taken, start), eol === '\r\n' ? toCrlf(edit.text) : edit.text);
    taken = end;
    applied.push(edit);
  }
  pieces.push(text.slice(taken));
  return { output: pieces.join(''), applied, skipped };
}

/** The line ending a file mostly uses; LF when it has none. */
export function detectLineEnding(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = text.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf >= lf - crlf ? '\r\n' : '\n';
}

function toCrlf(inserted: string): string {
  return inserted.replace(/\r?\n/g, '\r\n');
}
