// The rule contract: built-in rules, team rules and plugin rules all plug in through defineRule.
import type { PhraseList } from '../language/phrase-list.js';
import type { Reply } from '../reply/types.js';
import type { Span, TextEdit } from '../reply/span.js';
import type { Severity } from './types.js';

/** Option values: JSON-like data. */
export type OptionValue = string | number | boolean | null | OptionValue[] | { [key: string]: OptionValue };
export type RuleOptions = Record<string, OptionValue>;

export interface RuleMeta {
  id: string;
  /** One line, stating the requirement positively: "A person signs the reply with their name." */
  description: string;
  /** Path or URL of the rule's documentation (README.md). */
  docs?: string;
  /** Severity in the recommended preset. */
  severity: Exclude<Severity, 'off'> | 'off';
  /** True when some reports carry a fix that --fix applies. */
  fixable: boolean;
  hasSuggestions: boolean;
  /**
   * Languages the rule has data for. A rule that lists languages is skipped (with one notice per file)
   * for replies whose language is not among them; a rule without the list runs on every reply.
   */
  languages?: readonly string[];
  /** Phrase groups the rule needs in each of its language files (checked when the rule loads). */
  phrases?: readonly string[];
  /** Message templates by id; `{name}` is filled from the report's `data`. */
  messages: Record<string, string>;
  /** Option defaults; their shape is the options schema (unknown keys and wrong types are config errors). */
  options?: RuleOptions;
  /** Kinds for which the rule does not run at all. */
  skipKinds?: readonly string[];
}

export interface SuggestionReport {
  desc: string;
  /** Absent for advice that needs a person's words (an inflected replacement, say). */
  fix?: TextEdit | TextEdit[];
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** What to underline. */
  at: Span;
  /** Safe edit that --fix applies. */
  fix?: TextEdit | TextEdit[];
  /** Edits a person chooses from. */
  suggest?: SuggestionReport[];
}

/** Phrase data of a rule's language file: phrase lists, plus free-form values (sentences per register…). */
export interface RulePhrases {
  [group: string]: PhraseList;
}

export interface RuleContext<O extends RuleOptions = RuleOptions> {
  readonly options: O;
  /** The rule's phrase groups for the reply's language. */
  readonly phrases: RulePhrases;
  /** Non-phrase values of the rule's language file (suggested sentences and such). */
  readonly data: Record<string, unknown>;
  /** Configured `signature`, if any. */
  readonly signature?: string;
  report(report: Report): void;
  readonly fix: EditBuilder;
  /** A suggested sentence in the reply's register: `{informal, formal}` data, or one string for both. */
  inRegister(value: unknown): string | undefined;
}

export interface EditBuilder {
  replace(at: Span, text: string): TextEdit;
  insertBefore(at: Span, text: string): TextEdit;
  insertAfter(at: Span, text: string): TextEdit;
  remove(at: Span): TextEdit;
  /** `text` as a sentence of its own before `at`, capitalising what follows ("Hei,\n\nkiitos…" → "… Kiitos…"). */
  insertSentence(at: Span, text: string): TextEdit;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta;
  check(reply: Reply, context: RuleContext<O>): void;
  /**
   * Folder holding `<lang>.yaml` phrase files (built-in rules: their own folder). Plugins set it with
   * `new URL('.', import.meta.url)`.
   */
  dataDir?: string;
}

export function defineRule<O extends RuleOptions = RuleOptions>(rule: Rule<O>): Rule<O> {
  return rule;
}
