// Half-open ranges in reply-text coordinates (UTF-16 code units), the only coordinates rules see.
export interface Span {
  start: number;
  end: number;
}

/** A text edit in reply coordinates: replace [start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export const span = (start: number, end: number): Span => ({ start, end });
