// The reply model: everything a rule may know about one reply. Rules never see Markdown, YAML or files.
import type { ReplyKind } from '../parse/types.js';
import type { PhraseList, PhraseMatch } from '../language/phrase-list.js';
import type { Span } from './span.js';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  /** Stem from the reply language's stemmer (lower-cased form when there is none). */
  stem: string;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Placeholder extends Span {
  /** Source text, e.g. `{{ current_user.first_name | fallback: "" }}`. */
  raw: string;
  /** The variable path without braces and filters, e.g. `current_user.first_name`. */
  name: string;
  /** True when, on the configured platform (or on every known platform), it stands for the replying agent's name. */
  agentName: boolean;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last token of this sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (block) holding the sentence. */
  block: number;
}

/** What a block was in the Markdown source (plain-text replies have paragraphs only). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell';

/** A paragraph-level block of reply text: `Line.block` and `Sentence.block` index these. */
export interface Block extends Span {
  kind: BlockKind;
  /** Heading level, 1–6 (headings only). */
  depth?: number;
}

/** A line of reply text, as the customer sees lines (paragraph breaks and hard breaks). */
export interface Line extends Span {
  block: number;
}

export interface ReplyParts {
  /** "Hei Matti," / "Hi {{name}},". */
  greeting?: Span;
  /** What lies between greeting and closing. */
  body: Span;
  /** "Ystävällisin terveisin," / "Best regards,". */
  closing?: Span;
  /** The sign-off block: the lines after the closing, or the last line when there is no closing. */
  signature?: Span;
}

export type Register = 'informal' | 'formal';

export interface Reply {
  /** What the customer reads: Markdown rendered to text. */
  readonly text: string;
  /** 'fi', 'en', … or 'unknown'. */
  readonly lang: string;
  readonly kind: ReplyKind;
  readonly title?: string;
  readonly tags: readonly string[];
  readonly platform?: string;
  /** sinä / te in Finnish; English replies are 'informal' unless the text says otherwise. */
  readonly register: Register;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly lines: readonly Line[];
  /** Paragraph-level blocks with their kind (heading, list item, …), in text order. */
  readonly blocks: readonly Block[];
  readonly placeholders: readonly Placeholder[];
  readonly parts: ReplyParts;
  /** First match of any phrase of `list` (inside `within` when given). */
  find(list: PhraseList, within?: Span): PhraseMatch | undefined;
  /** Every non-overlapping match of `list`, in text order. */
  findAll(list: PhraseList, within?: Span): PhraseMatch[];
  /** The sentence containing a text offset. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The text of a span. */
  slice(span: Span): string;
}
