// SARIF 2.1.0, the log format GitHub code scanning and other code-review tools import.
//
// Mapping decisions:
// - one run; `tool.driver.rules` holds one entry per rule that has a result, sorted by id, described
//   from `options.rules` when the CLI passes them and from the results alone otherwise.
// - levels: error → error, warn → warning, info → note.
// - columns are UTF-16 code units (`columnKind`), 1-based, end exclusive, exactly as in Diagnostic.
// - paths are relative to the working directory (`%SRCROOT%`, declared in `originalUriBaseIds`).
// - a fix is a SARIF fix; each suggestion with an edit is a further fix carrying its description.
//   `properties.kind` tells them apart ('fix' is safe to apply, 'suggestion' needs a person).
// - suggestions also appear in the message text, one `→` line each, since viewers show only the message.
// - `partialFingerprints['replylint/v1']` is a content hash (see fingerprint.ts), never a line number.
// - fix regions are character offsets in UTF-16 code units of the file text as read (a BOM is not counted).
import type { Diagnostic, FileEdit, FileResult, Severity } from '../engine/types.js';
import { fingerprintOf, FINGERPRINT_VERSION, problemIdentities } from './fingerprint.js';
import type { FormatOptions, RuleSummary } from './index.js';
import { artifactUri, directoryUri, SOURCE_ROOT_ID, type ArtifactUri } from './report-path.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = `replylint/${FINGERPRINT_VERSION}`;

type SarifLevel = 'none' | 'note' | 'warning' | 'error';

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  shortDescription: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel; enabled?: boolean };
}

interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset?: number;
  charLength?: number;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifFix {
  description?: SarifMessage;
  artifactChanges: {
    artifactLocation: SarifArtifactLocation;
    replacements: { deletedRegion: SarifRegion; insertedContent?: { text: string } }[];
  }[];
  properties: { kind: 'fix' | 'suggestion' };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
  properties?: { template?: string; templateIndex?: number; messageId?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version?: string; informationUri?: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

const LEVEL: Record<Severity, SarifLevel> = { off: 'none', info: 'note', warn: 'warning', error: 'error' };

/** The engine's own ids, described here since no rule module stands behind them. */
const ENGINE_RULES: Record<string, string> = {
  'parse-error': 'The file is Markdown with valid front matter, or a valid YAML macro collection.',
  'rule-error': 'Every rule runs to completion on the template.',
  'language-unknown': 'The template is in a language replylint has data for.',
};

export function sarif(results: FileResult[], options: FormatOptions): string {
  return JSON.stringify(toSarifLog(results, options), null, 2);
}

export function toSarifLog(results: FileResult[], options: FormatOptions): SarifLog {
  const ids = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const rules = ids.map((id) => ruleEntry(id, known.get(id)));
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));

  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    const file = artifactUri(result.filePath, options.cwd);
    const identities = problemIdentities(result, options.cwd);
    result.messages.forEach((m, i) => {
      sarifResults.push(toSarifResult(m, file, ruleIndex.get(m.ruleId) ?? 0, fingerprintOf(identities[i])));
    });
  }

  const driver = {
    name: 'replylint',
    ...(options.toolVersion !== undefined && { version: options.toolVersion }),
    rules,
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

function ruleEntry(id: string, summary: RuleSummary | undefined): SarifRule {
  if (!summary) {
    const description = ENGINE_RULES[id] ?? id;
    return { id, shortDescription: { text: description }, fullDescription: { text: description } };
  }
  const helpUri = summary.docsUrl !== undefined && isAbsoluteUrl(summary.docsUrl) ? summary.docsUrl : undefined;
  const help = summary.help ?? summary.description;
  const docsLine = summary.docsUrl === undefined ? '' : `\n\nDocumentation: ${summary.docsUrl}`;
  const docsLink = helpUri === undefined ? docsLine : `\n\n[Documentation](${helpUri})`;
  return {
    id,
    shortDescription: { text: summary.description },
    fullDescription: { text: summary.description },
    help: { text: help + docsLine, markdown: help + docsLink },
    ...(helpUri !== undefined && { helpUri }),
    defaultConfiguration: { level: LEVEL[summary.severity], ...(summary.severity === 'off' && { enabled: false }) },
  };
}

function toSarifResult(m: Diagnostic, file: ArtifactUri, ruleIndex: number, fingerprint: string): SarifResult {
  const suggestionLines = (m.suggestions ?? []).map((s) => `\n→ ${s.desc}`).join('');
  const fixes: SarifFix[] = [];
  if (m.fix) fixes.push(toSarifFix(m.fix, file, m.message, 'fix'));
  for (const s of m.suggestions ?? []) if (s.fix) fixes.push(toSarifFix(s.fix, file, s.desc, 'suggestion'));

  const properties = {
    ...(m.template !== undefined && { template: m.template }),
    ...(m.templateIndex !== undefined && { templateIndex: m.templateIndex }),
    ...(m.messageId !== undefined && { messageId: m.messageId }),
  };
  return {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message + suggestionLines },
    locations: [{ physicalLocation: { artifactLocation: { ...file }, region: region(m) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(fixes.length > 0 && { fixes }),
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

function region(m: Diagnostic): SarifRegion {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const endLine = Math.max(startLine, m.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, m.endColumn) : Math.max(1, m.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function toSarifFix(edit: FileEdit, file: ArtifactUri, description: string, kind: 'fix' | 'suggestion'): SarifFix {
  const [start, end] = edit.range;
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { ...file },
        replacements: [
          {
            deletedRegion: { charOffset: start, charLength: Math.max(0, end - start) },
            ...(edit.text !== '' && { insertedContent: { text: edit.text } }),
          },
        ],
      },
    ],
    properties: { kind },
  };
}

/** A URL with a scheme; a Windows path such as `C:/docs` is not one (its "scheme" is one letter). */
function isAbsoluteUrl(value: string): boolean {
  try {
    return new URL(value).protocol.length > 2;
  } catch {
    return false;
  }
}
