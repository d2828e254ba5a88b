// Turns the command line's suppression flags into the runner's options, refusing combinations that make no sense.
import path from 'node:path';
import { didYouMean } from '../config/hint.js';
import type { SuppressionOptions } from './settle-suppressions.js';

export const SUPPRESSIONS_FILE = 'replylint-suppressions.json';

export interface SuppressionFlags {
  suppressAll?: boolean;
  /** Rule ids (repeatable flag). */
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

/** What the run lints: standard input, or only what changed since a git ref (either way not whole files). */
export interface RunScope {
  stdin: boolean;
  changedSince: boolean;
}

/** A usage error as a message, or the options (the file always applies when it exists). */
export function suppressionOptions(flags: SuppressionFlags, cwd: string, ruleIds: readonly string[], scope: RunScope): SuppressionOptions | { error: string } {
  const file = path.resolve(cwd, flags.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const rules = flags.suppressRule ?? [];
  const updates = [flags.suppressAll && '--suppress-all', rules.length > 0 && '--suppress-rule', flags.pruneSuppressions && '--prune-suppressions'].filter((f): f is string => typeof f === 'string');
  if (updates.length > 1) return { error: `${updates.join(' and ')} cannot be used together: record (all problems or some rules) or prune, one at a time.` };
  if (updates.length === 1 && scope.stdin) return { error: `${updates[0]} records what a run over files finds; it cannot be used with standard input.` };
  // --changed-since reports only changed macros: the others would look fixed and lose their entries.
  if (updates.length === 1 && scope.changedSince) return { error: `${updates[0]} needs every template of the files it records; run it without --changed-since.` };
  // parse-error warnings (an unknown `kind`, say) can be recorded too.
  const known = [...ruleIds, 'parse-error'];
  for (const rule of rules) {
    if (!known.includes(rule)) {
      const hint = didYouMean(rule, known);
      return { error: `--suppress-rule: unknown rule “${rule}”${hint ? `; ${hint}` : ''} (see replylint rules).` };
    }
  }
  if (flags.suppressAll) return { file, update: { record: 'all' } };
  if (rules.length > 0) return { file, update: { record: [...new Set(rules)] } };
  if (flags.pruneSuppressions) return { file, update: 'prune' };
  return { file };
}
