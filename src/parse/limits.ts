// How much replylint agrees to parse: hostile input (huge files, absurd nesting) becomes a clear problem, not a hang or a crash.
import type { ParseProblem } from './types.js';

/** Template files larger than this are not read at all (the largest real macro collections are a few MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * One reply longer than this (UTF-16 units) is not checked. Real replies are a few thousand characters;
 * parsing and matching cost grows faster than linearly on a single huge reply.
 */
export const MAX_TEMPLATE_CHARS = 100_000;

/** Lists and block quotes nested deeper than this are not parsed (the Markdown parser slows down quadratically, tree walks recurse). */
export const MAX_NESTING = 100;

const MEGABYTE = 1024 * 1024;

/** `12.3 MB`, for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

/** The problem for a file that is too large to read, or undefined. */
export function fileTooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `too large to check: ${megabytes(bytes)}, over the ${megabytes(MAX_FILE_BYTES).replace('.0', '')} limit; split it into smaller files`;
}

/** The problem for one reply's text that is too long to check, or undefined. */
export function templateTooLong(length: number, offset: number, what = 'This template'): ParseProblem | undefined {
  if (length <= MAX_TEMPLATE_CHARS) return undefined;
  return {
    severity: 'error',
    offset,
    message: `${what} is ${length.toLocaleString('en')} characters long; replylint checks replies up to ${MAX_TEMPLATE_CHARS.toLocaleString('en')} characters. Split it into smaller templates.`,
  };
}

// The container prefix of a Markdown line: indentation, `>` and list markers (`-`, `*`, `+`, `1.`, `1)`).
const CONTAINER_PREFIX = /(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/y;
const MARKER = /[>*+-]|\d{1,9}[.)]/g;

/**
 * The first line of `body` whose lists and quotes nest deeper than MAX_NESTING, as a problem at that
 * line (`base` is the body's offset in the file; `toFile` maps body offsets when they differ).
 * Every container a line is inside shows in its prefix (a marker or its indentation), so the deepest
 * nesting shows on some line. A level is a marker, or four columns of indentation before one.
 */
export function nestingTooDeep(body: string, toFile: (offset: number) => number = (o) => o): ParseProblem | undefined {
  for (let start = 0; start < body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    CONTAINER_PREFIX.lastIndex = start;
    const prefix = CONTAINER_PREFIX.exec(body)?.[0] ?? '';
    // Cheap test first: a prefix this short cannot hold MAX_NESTING levels.
    if (prefix.length > MAX_NESTING) {
      const markers = prefix.match(MARKER)?.length ?? 0;
      const columns = prefix.replace(/\t/g, '    ').length;
      const levels = Math.max(markers, markers > 0 ? Math.floor(columns / 4) : 0);
      if (levels > MAX_NESTING) {
        return {
          severity: 'error',
          offset: toFile(start),
          message: `Lists or quotes are nested more than ${MAX_NESTING} levels deep here; this template is not checked. Flatten the nesting.`,
        };
      }
    }
    start = end + 1;
  }
  return undefined;
}
