// Diagnostics and results: what the engine produces and formatters consume.

export type Severity = 'off' | 'info' | 'warn' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error'];

/** A file edit in ESLint's shape: replace file offsets [range[0], range[1]) with `text`. */
export interface FileEdit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  /** Absent when the suggestion cannot be written back exactly (the advice is still shown). */
  fix?: FileEdit;
}

export interface Diagnostic {
  /** Rule id, or 'parse-error' / 'rule-error' / 'language-unknown'. */
  ruleId: string;
  messageId?: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** 1-based, UTF-16 columns, end exclusive as in ESLint. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** File offsets. */
  offset: number;
  endOffset: number;
  fix?: FileEdit;
  suggestions?: Suggestion[];
  /** Template label (title or index) for files holding several templates. */
  template?: string;
  /** Template index within its file. */
  templateIndex?: number;
}

/** A note about a file that is not a diagnostic (skipped, language unknown). */
export interface Notice {
  message: string;
}

export interface FileResult {
  filePath: string;
  /** The file text as read (BOM removed); formatters use it to show the offending line. */
  source?: string;
  messages: Diagnostic[];
  /** Diagnostics silenced by the suppressions file (baseline): kept for JSON output, not counted. */
  suppressedMessages?: Diagnostic[];
  notices: Notice[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Set after --fix when the file changed. */
  output?: string;
  /** Not a template file after all (a YAML file of another shape found by walking): left out of reports. */
  skipped?: boolean;
  /**
   * For a macro collection, the lines (1-based, inclusive) each template spans: from its item's start to the
   * end of its body or, when later, the line before the next template. `--changed-since` uses it to keep only
   * the diagnostics of changed macros.
   */
  templateLines?: TemplateLines[];
}

export interface TemplateLines {
  templateIndex: number;
  line: number;
  endLine: number;
}
