// Re-lints and applies fixes until none remain, never keeping a pass that breaks the file.
import type { FileEdit } from '../engine/types.js';
import { applyEdits, detectLineEnding, type LineEnding } from './apply.js';

export interface FixOutcome {
  output: string;
  /** Lint passes whose edits changed the text (a pass that was undone still counts). */
  passes: number;
  /** Edits left out because the text no longer validated with them. */
  rejected: number;
}

/**
 * Applies the fixes `lintOnce` finds, re-linting the result, until no fix changes the text or
 * `maxPasses` passes ran. After each pass `validate` checks the whole text (the caller decides what
 * valid means: YAML still parses with the same templates, …). A pass that fails is undone and its
 * edits are retried one at a time, keeping those that still validate; then the loop stops, since
 * the next lint would see a text no pass has been checked against. Inserted line breaks follow the
 * text's own line ending.
 */
export async function fixUntilStable(
  text: string,
  lintOnce: (text: string) => Promise<{ fixes: FileEdit[] }>,
  validate: (text: string) => boolean,
  maxPasses = 10,
): Promise<FixOutcome> {
  const eol = detectLineEnding(text);
  let output = text;
  let passes = 0;
  let rejected = 0;

  while (passes < maxPasses) {
    const { fixes } = await lintOnce(output);
    if (fixes.length === 0) break;
    const pass = applyEdits(output, fixes, eol);
    if (pass.output === output) break; // every edit overlapped or was a no-op: nothing more will change
    passes += 1;
    if (validate(pass.output)) {
      output = pass.output;
      continue;
    }
    const salvage = applyOneByOne(output, pass.applied, validate, eol);
    output = salvage.output;
    rejected += salvage.rejected;
    break;
  }
  return { output, passes, rejected };
}

/** Adds the edits one at a time on top of those kept so far, keeping each that leaves the text valid. */
function applyOneByOne(
  base: string,
  edits: readonly FileEdit[],
  validate: (text: string) => boolean,
  eol: LineEnding,
): { output: string; rejected: number } {
  const kept: FileEdit[] = [];
  let output = base;
  let rejected = 0;
  for (const edit of edits) {
    const candidate = applyEdits(base, [...kept, edit], eol).output;
    if (validate(candidate)) {
      kept.push(edit);
      output = candidate;
    } else {
      rejected += 1;
    }
  }
  return { output, rejected };
}
