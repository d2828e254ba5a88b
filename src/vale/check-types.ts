// What every Vale check module receives and returns: the rule's YAML keys in, a check over reply units out.
import type { SuggestionReport } from '../engine/rule.js';
import type { Span, TextEdit } from '../reply/span.js';
import type { Reply } from '../reply/types.js';

/** The rule file's mapping, keys as written. */
export type ValeDefinition = Record<string, unknown>;

/** One alert of a Vale rule, in reply coordinates. */
export interface ValeFinding {
  at: Span;
  /** Arguments for the rule's `%s` placeholders, in order. */
  args: Array<string | number>;
  /** Replaces the message template (substitution fills it its own way). */
  message?: string;
  fix?: TextEdit;
  suggest?: SuggestionReport[];
}

/** The text a check reads and the parts of it its scope selects. */
export interface ScopeView {
  reply: Reply;
  /** The reply text with placeholders masked (same length), so patterns never match inside `{{ … }}`. */
  text: string;
  /** Spans of `text` to check one by one, in text order (blocks, sentences, or the whole text). */
  units: readonly Span[];
}

export type Check = (view: ScopeView) => ValeFinding[];

/** A check type's compiler: the rule's keys to a check, or the problems that stop the rule from loading. */
export type CheckCompiler = (definition: ValeDefinition, read: KeyReader) => Check | { problems: string[] };

/** Typed reads of a rule's keys with Vale's weak decoding ("true" and 1 are booleans, "3" is a number). */
export interface KeyReader {
  string(key: string): string | undefined;
  bool(key: string): boolean;
  number(key: string): number | undefined;
  /** A list of strings (a lone string counts as a list of one). */
  list(key: string): string[];
  /** A mapping of strings to strings, in file order. */
  map(key: string): Array<[string, string]>;
  /** Problems found while reading (wrong types), reported with the rule's load problems. */
  readonly problems: string[];
}
