// The kernel: lints one file's text with loaded rules and language data. No file system, no process.
import type { ResolvedConfig, RuleConfig } from '../config/types.js';
import type { RuleOptions } from './rule.js';
import { detectLanguage } from '../language/detect.js';
import type { PhraseList } from '../language/phrase-list.js';
import { parseFile } from '../parse/index.js';
import { REPLY_KINDS, type ParsedFile, type ReplyKind, type TemplateSource } from '../parse/types.js';
import { buildReply, type ReplyLanguage } from '../reply/build-reply.js';
import { extractText } from '../reply/extract-text.js';
import { DirectiveFilter } from './directives.js';
import { LineIndex } from './positions.js';
import { runRule, type PreparedRule } from './run-rule.js';
import { SEVERITIES, type Diagnostic, type FileResult, type Notice, type Severity, type TemplateLines } from './types.js';

export interface LanguagePack extends ReplyLanguage {
  lang: string;
}

export interface LintOptions {
  /** Path used for the file type (by extension) and in results. */
  path: string;
  config: ResolvedConfig;
  /** The file was named on the command line: a YAML file that is not a macro file is reported. */
  explicit?: boolean;
  /** Report disable directives that silence nothing, at this severity. */
  reportUnusedDisableDirectives?: 'info' | 'warn' | 'error';
}

export interface Linter {
  readonly rules: readonly PreparedRule[];
  lintText(text: string, options: LintOptions): FileResult;
}

const knownTags = new Map<string, boolean>();

/** A BCP 47 tag that Intl accepts, with a primary language subtag of letters (remembered: a run has few tags). */
function isLanguageTag(tag: string): boolean {
  let valid = knownTags.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag.trim()).length === 1 && /^[a-z]{2,8}$/.test(primaryLanguage(tag));
    } catch {
      valid = false;
    }
    if (knownTags.size > 1000) knownTags.clear();
    knownTags.set(tag, valid);
  }
  return valid;
}

const compiledPlaceholders = new WeakMap<readonly string[], RegExp[]>();

/** The config's placeholder syntaxes as expressions, compiled once per resolved config. */
function placeholderSyntaxesOf(config: ResolvedConfig): RegExp[] {
  let compiled = compiledPlaceholders.get(config.placeholders);
  if (!compiled) {
    compiled = config.placeholders.map((p) => new RegExp(p, 'gu'));
    compiledPlaceholders.set(config.placeholders, compiled);
  }
  return compiled;
}

/** Primary language subtag, lower-cased: `fi-FI` → `fi`. */
export const primaryLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0];

export function createLinter(setup: { rules: readonly PreparedRule[]; languages: readonly LanguagePack[] }): Linter {
  const languages = new Map(setup.languages.map((l) => [l.lang, l]));
  const candidates = [...languages.keys()];
  return {
    rules: setup.rules,
    lintText(text, options) {
      const parsed = parseFile(options.path, text, { explicit: options.explicit });
      return lintParsed(parsed, options, setup.rules, languages, candidates);
    },
  };
}

function lintParsed(
  parsed: ParsedFile,
  options: LintOptions,
  rules: readonly PreparedRule[],
  languages: Map<string, LanguagePack>,
  candidates: string[],
): FileResult {
  const lines = new LineIndex(parsed.text);
  const messages: Diagnostic[] = [];
  const notices: Notice[] = [];
  const at = (offset: number, endOffset = offset) => {
    const s = lines.position(offset);
    const e = lines.position(endOffset);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset, endOffset };
  };

  for (const p of parsed.problems) {
    const template = p.template !== undefined ? parsed.templates.find((t) => t.index === p.template) : undefined;
    messages.push({ ruleId: 'parse-error', severity: p.severity === 'error' ? 'error' : 'warn', message: p.message, ...at(p.offset ?? 0), ...(template?.label ? { template: template.label, templateIndex: template.index } : {}) });
  }
  if (parsed.notMacroFile && options.explicit) {
    messages.push({ ruleId: 'parse-error', severity: 'error', message: 'Not a macro collection: expected a list of macros, or a `macros:`, `templates:` or `replies:` list whose items have a `body`.', ...at(0) });
  }

  const placeholderSyntaxes = placeholderSyntaxesOf(options.config);
  let unknownLanguage = false;
  for (const template of parsed.templates) {
    const rendered = extractText(template.body, { format: template.format, frontMatter: parsed.type === 'markdown', placeholders: placeholderSyntaxes });
    const lang = resolveLanguage(template, options.config, rendered.masked, candidates, (tag) =>
      messages.push({ ruleId: 'parse-error', severity: 'warn', message: `“${tag}” is not a language tag such as fi or en; the language is detected instead.`, ...at(template.anchor), ...(template.label ? { template: template.label, templateIndex: template.index } : {}) }),
    );
    const kind = resolveKind(template, messages, at);
    const reply = buildReply({ text: rendered, lang, kind, title: template.meta.title, tags: template.meta.tags, platform: template.meta.platform ?? options.config.platform, language: languages.get(lang) });
    const toFile = rendered.map.compose(template.map);
    const filter = new DirectiveFilter(
      rendered.directives.map((d) => ({ ...d, offset: template.map.toFile(d.offset), line: lines.position(template.map.toFile(d.offset)).line })),
    );
    const settings = templateRuleSettings(template, options.config);
    const unusedSeverity = options.reportUnusedDisableDirectives ?? options.config.reportUnusedDisableDirectives;
    const inlineDisabled = new Set(template.meta.settings?.disable ?? []);
    const label = template.label !== undefined ? { template: template.label, templateIndex: template.index } : {};
    for (const prepared of rules) {
      const id = prepared.rule.meta.id;
      const { severity, options: ruleOptions } = settings.get(id) ?? { severity: 'off', options: {} };
      // A rule turned off by the template itself still runs when asked whether that is needed.
      const probing = severity === 'off' && unusedSeverity !== undefined && inlineDisabled.has(id) && options.config.rules[id]?.severity !== 'off';
      if (severity === 'off' && !probing) continue;
      if (prepared.rule.meta.skipKinds?.includes(kind)) continue;
      if (prepared.rule.meta.languages && !prepared.rule.meta.languages.includes(lang)) {
        unknownLanguage ||= lang === 'unknown' && rendered.text.trim() !== ''; // an empty reply has no language to miss
        continue;
      }
      const found = runRule(prepared, reply, {
        severity: severity === 'off' ? 'warn' : severity,
        options: ruleOptions,
        signature: options.config.signature,
        toFile,
        encoder: template.encoder,
        source: parsed.text,
        at,
      });
      if (probing) {
        if (found.length === 0) messages.push({ ruleId: 'unused-disable-directive', severity: unusedSeverity, message: `Remove “${id}” from \`replylint.disable\`: the rule reports nothing here.`, ...at(template.anchor), ...label });
        continue;
      }
      for (const d of found) {
        if (filter.silences(d.ruleId, d.line)) continue;
        messages.push(Object.assign(d, label));
      }
    }
    if (unusedSeverity) {
      for (const d of filter.unused()) {
        const what = d.rules.length ? `for ${d.rules.join(', ')} ` : '';
        messages.push({ ruleId: 'unused-disable-directive', severity: unusedSeverity, message: `Remove this replylint-${d.type} comment: it silences no problem ${what}here.`.replace('  ', ' '), ...at(d.offset), ...label });
      }
    }
  }
  if (unknownLanguage) notices.push({ message: 'Language not recognised in some templates: language-specific rules skipped there. Set `lang` in the front matter or the config.' });

  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  const result = summarise(options.path, parsed.text, messages, notices);
  if (parsed.type === 'macros' && parsed.templates.length > 0) result.templateLines = templateLines(parsed, lines);
  return parsed.notMacroFile && !options.explicit ? { ...result, skipped: true } : result;
}

/** Each macro's lines: from its item's start to its body's end or, when later, to the line before the next macro (keys after the body belong to it). */
function templateLines(parsed: ParsedFile, lines: LineIndex): TemplateLines[] {
  const inFileOrder = [...parsed.templates].sort((a, b) => a.anchor - b.anchor);
  const lastLine = lines.position(parsed.text.length).line;
  const spans = inFileOrder.map((t, i): TemplateLines => {
    const line = lines.position(Math.min(t.anchor, t.fileRange.start)).line;
    const bodyEnd = lines.position(Math.max(t.fileRange.start, t.fileRange.end - 1)).line;
    const next = inFileOrder[i + 1];
    const beforeNext = next ? lines.position(next.anchor).line - 1 : lastLine;
    return { templateIndex: t.index, line, endLine: Math.max(line, bodyEnd, beforeNext) };
  });
  return spans.sort((a, b) => a.templateIndex - b.templateIndex);
}

function resolveLanguage(template: TemplateSource, config: ResolvedConfig, masked: string, candidates: string[], invalid: (tag: string) => void): string {
  const written = template.meta.lang ?? config.lang;
  // A tag Intl rejects would make the sentence segmenter throw for the whole run.
  if (written && isLanguageTag(written)) return primaryLanguage(written);
  if (written) invalid(written);
  const plain = masked.replace(/\uE000+/g, ' ');
  return detectLanguage(plain, candidates) ?? 'unknown';
}

function resolveKind(template: TemplateSource, messages: Diagnostic[], at: (o: number) => Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>): ReplyKind {
  const kind = template.meta.kind;
  if (kind === undefined) return 'general';
  if ((REPLY_KINDS as readonly string[]).includes(kind)) return kind as ReplyKind;
  messages.push({ ruleId: 'parse-error', severity: 'warn', message: `Unknown kind “${kind}”: use one of ${REPLY_KINDS.join(', ')}.`, ...at(template.anchor), ...(template.label ? { template: template.label, templateIndex: template.index } : {}) });
  return 'general';
}

/** Config rule settings, changed by the template's own `replylint:` settings (severity, and options when given). */
function templateRuleSettings(template: TemplateSource, config: ResolvedConfig): Map<string, RuleConfig> {
  const result = new Map<string, RuleConfig>(Object.entries(config.rules));
  const settings = template.meta.settings;
  for (const id of settings?.disable ?? []) result.set(id, { severity: 'off', options: result.get(id)?.options ?? {} });
  for (const [id, value] of Object.entries(settings?.rules ?? {})) {
    const [severity, options] = Array.isArray(value) ? value : [value];
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity as Severity)) continue;
    const merged = options && typeof options === 'object' ? { ...(result.get(id)?.options ?? {}), ...(options as RuleOptions) } : result.get(id)?.options ?? {};
    result.set(id, { severity: severity as Severity, options: merged });
  }
  return result;
}

function summarise(filePath: string, source: string, messages: Diagnostic[], notices: Notice[]): FileResult {
  const count = (sev: Diagnostic['severity'], fixable = false) => messages.filter((m) => m.severity === sev && (!fixable || m.fix)).length;
  return {
    filePath,
    source,
    messages,
    notices,
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warn', true),
  };
}

export type { PhraseList };
