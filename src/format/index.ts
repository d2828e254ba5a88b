// The output formats by name: each turns lint results into the text the CLI prints.
import type { FileResult, Severity } from '../engine/types.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** What a report may say about a rule beyond its id (SARIF's rule entries use it). */
export interface RuleSummary {
  id: string;
  /** One line stating the requirement positively. */
  description: string;
  /** An absolute URL of the rule's documentation; a local path is mentioned in the help text only. */
  docsUrl?: string;
  /** Severity in the recommended preset. */
  severity: Severity;
  /** Longer help in Markdown (plain text is Markdown too); defaults to the description. */
  help?: string;
}

export interface FormatOptions {
  /** Decided once by the CLI (TTY, --color/--no-color, NO_COLOR, FORCE_COLOR); formatters never look. */
  color: boolean;
  /** Paths are shown relative to this directory (json: resolved against it). */
  cwd: string;
  /** The rules that ran, for formats that describe rules; formats derive what they need when absent. */
  rules?: readonly RuleSummary[];
  /** replylint's version, for formats that name the tool that produced them. */
  toolVersion?: string;
}

/**
 * Results in, text out: no file access, no exit, no environment. The text has no trailing newline
 * and is empty when there is nothing to say; the caller adds the final newline when it prints.
 * Report files that a CI system reads (sarif, junit, gitlab) are complete documents even when empty.
 */
export type Formatter = (results: FileResult[], options: FormatOptions) => string;

/**
 * A format written one file at a time, so the CLI can print each file as soon as it is linted and forget it
 * (issue 6: memory stays flat however many templates a run has). The pieces joined are exactly what the
 * format's Formatter returns for the same results.
 */
export interface StreamingReport {
  /** The text to print for this file now (with whatever separates it from what came before), or ''. */
  add(result: FileResult): string;
  /** What follows the last file (a summary, a closing bracket), or ''. */
  end(): string;
}

const formatters: Record<string, Formatter> = { stylish, json, compact, sarif, github, junit, gitlab };

export const formatterNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
