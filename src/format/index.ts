// The output formats by name: each turns lint results into the text the CLI prints.
import type { FileResult } from '../engine/types.js';
import { compact } from './compact.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export interface FormatOptions {
  /** Decided once by the CLI (TTY, --color/--no-color, NO_COLOR, FORCE_COLOR); formatters never look. */
  color: boolean;
  /** Paths are shown relative to this directory (json: resolved against it). */
  cwd: string;
}

/**
 * Results in, text out: no file access, no exit, no environment. The text has no trailing newline
 * and is empty when there is nothing to say; the caller adds the final newline when it prints.
 */
export type Formatter = (results: FileResult[], options: FormatOptions) => string;

const formatters: Record<string, Formatter> = { stylish, json, compact };

export const formatterNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
