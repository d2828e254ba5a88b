// Reads a template file as strict UTF-8; anything wrong with the file is an error value, never a throw.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { fileTooLarge } from '../parse/limits.js';

export interface TemplateText {
  /** The text, BOM removed, line endings as in the file. */
  text: string;
  /** The file started with a UTF-8 BOM (a fix writes it back). */
  bom: boolean;
  /** The file's line ending, by its first line break (`\n` when it has none). */
  eol: '\n' | '\r\n';
  /** When read from a file: its modification time and size then, so a fix can tell it changed since. */
  mtimeMs?: number;
  size?: number;
}

/** What went wrong, and on which line when the problem has one (the first byte that is not UTF-8). */
export type ReadResult = TemplateText | { error: string; line?: number };

/** Binary files show a NUL early; text in UTF-8 never has one. */
const BINARY_SNIFF_BYTES = 8192;

/** The 1-based line of the first byte that is not valid UTF-8. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // In streaming mode the decoder accepts a prefix that ends mid-character, so validity of prefixes
  // is monotonic and a binary search finds the longest valid one.
  const validPrefix = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (validPrefix(middle)) low = middle;
    else high = middle - 1;
  }
  let line = 1;
  for (let i = 0; i < low; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes a template's bytes: UTF-8 with or without BOM; UTF-16, binary and invalid UTF-8 are errors. */
export function decodeTemplate(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))) {
    return { error: 'UTF-16 is not supported; save the file as UTF-8' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { error: 'binary file (it contains NUL bytes), not a template' };
  if (!isUtf8(body)) {
    const line = lineOfFirstInvalidByte(body);
    return { error: `not valid UTF-8 (first invalid byte on line ${line}); save the file as UTF-8`, line };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  return { text, bom, eol };
}

/** A read failure in the words of the report (exported for the tests: root cannot provoke EACCES). */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory, not a template file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function readTemplateFile(path: string): Promise<ReadResult> {
  try {
    // Synchronous on purpose: files are linted one after another, and two thread-pool round trips per file
    // cost more than the reads themselves (perf, issue 6). Opened without blocking (a FIFO would wait for a
    // writer) and checked through the open descriptor: one path lookup per file, not two.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) return { error: 'is a directory, not a template file' };
      // A FIFO or device would block or never end.
      if (!stats.isFile()) return { error: 'not a regular file' };
      // Refused before reading: a 50 MB "template" would take minutes and gigabytes to parse.
      const tooLarge = fileTooLarge(stats.size);
      if (tooLarge) return { error: tooLarge };
      const decoded = decodeTemplate(readFileSync(fd));
      return 'error' in decoded ? decoded : { ...decoded, mtimeMs: stats.mtimeMs, size: stats.size };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: describeReadError(error) };
  }
}

/**
 * Reads all of standard input as text (BOM removed). Bytes that are not UTF-8 become U+FFFD rather
 * than an error, since there is no file to fix and the rest of the text can still be checked.
 */
export async function readStdin(input: AsyncIterable<Uint8Array | string> = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
