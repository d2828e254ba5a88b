// What the parse stage hands to the reply stage: template sources with maps back into the file.
import type { Root } from 'mdast';
import type { SourceMap } from './source-map.js';

export const REPLY_KINDS = [
  'general',
  'refusal',
  'complaint',
  'apology',
  'delay',
  'bug-report',
  'follow-up',
  'snippet',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** Per-template settings written next to the text (front matter or macro item key `replylint:`). */
export interface InlineSettings {
  disable?: string[];
  /** rule id → severity or [severity, options], like config `rules`. */
  rules?: Record<string, unknown>;
}

export interface TemplateMeta {
  title?: string;
  /** As written (`lang`/`locale`), not yet resolved. */
  lang?: string;
  kind?: string;
  tags: string[];
  platform?: string;
  settings?: InlineSettings;
}

/** How a fix's replacement text is written back into the template's container (YAML scalar style). */
export interface TextEncoder {
  /**
   * Encode `text` to replace file offsets [at, end) (an insertion when `end` is absent) inside the container. Returns undefined when it
   * cannot be written there without changing its meaning (the fix is then dropped, the diagnostic kept).
   */
  encode(text: string, at: number, end?: number): string | undefined;
}

/** A comment directive in a Markdown body: `<!-- replylint-disable rule -->` and friends. */
export interface Directive {
  type: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means all rules. */
  rules: string[];
  /** Offset of the comment in the file. */
  offset: number;
}

/** One reply as found in a file, before it becomes a Reply: its Markdown source and where it lives. */
export interface TemplateSource {
  /** 0-based position of the template in its file. */
  index: number;
  /** Name shown in output: title, else name/id, else `#index+1`. Undefined for single-template files. */
  label?: string;
  meta: TemplateMeta;
  /** The body as Markdown (or plain text when `format` is 'text'). */
  body: string;
  format: 'markdown' | 'text';
  /** body offset → file offset. */
  map: SourceMap;
  /** File range of the body (for "changed macro" checks and fix validation). */
  fileRange: { start: number; end: number };
  /** File offset of the template's start (its front matter or its YAML item), for whole-template diagnostics. */
  anchor: number;
  encoder: TextEncoder;
  /** The Markdown tree when the parse stage already built one (positions are body offsets). */
  tree?: Root;
}

/** A problem with the file itself: reported as a `parse-error` diagnostic. */
export interface ParseProblem {
  message: string;
  /** File offset, when the parser gives one. */
  offset?: number;
  /** Which template it concerns, when it concerns one. */
  template?: number;
  /** 'error' stops the file; 'warn' keeps going (a macro item without a body, say). */
  severity: 'error' | 'warn';
}

export interface ParsedFile {
  /** The file text as decoded (BOM removed). */
  text: string;
  type: 'markdown' | 'text' | 'macros';
  templates: TemplateSource[];
  problems: ParseProblem[];
  /** A YAML file that is not a macro collection (skipped when found by walking). */
  notMacroFile?: boolean;
}
