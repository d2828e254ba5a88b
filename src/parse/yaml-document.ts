// Parses YAML for replylint (macro files and front matter) safely: no custom tags run, duplicate keys and alias bombs stop.
import type { Document } from 'yaml';
import { parseDocument } from './yaml-lib.js';
import type { ParseProblem } from './types.js';

/**
 * The `core` schema never constructs custom tags (a `!!js/function` stays a string with a warning);
 * `keepSourceTokens` gives block scalars their parent indentation, which the source maps need.
 */
const OPTIONS = { schema: 'core', uniqueKeys: true, prettyErrors: false, keepSourceTokens: true, strict: true } as const;

/** Enough for real anchors used by many macros; an exponential "billion laughs" expansion stops here. */
export const MAX_ALIAS_COUNT = 1000;

export type YamlDocument = Document.Parsed;

const firstLine = (message: string): string => message.split('\n')[0].replace(/\s+at line \d+, column \d+.*$/, '');

/** Parses `source`; `base` is its offset in the file. Syntax errors (first one) come back as a problem. */
export function parseYaml(source: string, base: number): { doc: YamlDocument; error?: ParseProblem } {
  const doc = parseDocument(source, OPTIONS) as YamlDocument;
  const error = doc.errors[0];
  if (!error) return { doc };
  const what =
    error.code === 'DUPLICATE_KEY'
      ? 'a key appears twice in the same mapping; keep one of them'
      : error.code === 'MULTIPLE_DOCS'
        ? 'a template file holds one YAML document; remove the extra `---` line'
        : /call stack/i.test(error.message)
          ? 'it is nested too deeply'
          : firstLine(error.message);
  return { doc, error: { severity: 'error', offset: base + (error.pos?.[0] ?? 0), message: `Invalid YAML: ${what}.` } };
}

/** A tag the core schema does not know (`!!js/function`, `!Ref`): its value was kept as text, never run. */
export function unknownTagProblem(doc: YamlDocument, source: string, base: number): ParseProblem | undefined {
  const warning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (!warning) return undefined;
  const tag = source.slice(warning.pos[0], warning.pos[1]).trim() || 'it';
  return {
    severity: 'error',
    offset: base + (warning.pos?.[0] ?? 0),
    message: `Remove the YAML tag ${tag}: replylint reads plain YAML only and never runs tagged values.`,
  };
}

/** Expands aliases once, bounded, so an alias bomb fails here and fast instead of later and slowly. */
export function aliasBombProblem(doc: YamlDocument, base: number): ParseProblem | undefined {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return undefined;
  } catch (error) {
    // Expanding a deeply nested document can overflow the stack: the same answer, a problem instead of a crash.
    if (error instanceof RangeError) return { severity: 'error', offset: base, message: 'Invalid YAML: it is nested too deeply.' };
    if (!(error instanceof ReferenceError)) throw error;
    return {
      severity: 'error',
      offset: base,
      message: `Invalid YAML: aliases expand too far (${firstLine(error.message)}); use fewer nested aliases.`,
    };
  }
}
