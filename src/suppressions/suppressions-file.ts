// Reads and writes `replylint-suppressions.json`: sorted, stable JSON, so diffs show only what changed.
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { keyId, type SuppressionKey, type SuppressionTable } from './suppression-table.js';


/** Something wrong with the suppressions file a user can fix: names the file. */
export interface SuppressionsFileError {
  file: string;
  message: string;
}

export const isSuppressionsFileError = (value: SuppressionTable | SuppressionsFileError): value is SuppressionsFileError =>
  'message' in value;

const HINT = 'Correct it, or delete it and record again with --suppress-all.';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the file's text; `file` only names it in errors. */
export function parseSuppressions(text: string, file: string): SuppressionTable | SuppressionsFileError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { file, message: `not valid JSON (${(error as Error).message}). ${HINT}` };
  }
  if (!isRecord(data)) return { file, message: `expected an object of files. ${HINT}` };
  const table = new Map<string, { key: SuppressionKey; count: number }>();
  for (const [fileName, templates] of Object.entries(data)) {
    if (!isRecord(templates)) return { file, message: `“${fileName}”: expected an object of templates. ${HINT}` };
    for (const [template, rules] of Object.entries(templates)) {
      if (!isRecord(rules)) return { file, message: `“${fileName}” → “${template}”: expected an object of rules. ${HINT}` };
      for (const [rule, entry] of Object.entries(rules)) {
        const count = isRecord(entry) ? entry.count : undefined;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
          return { file, message: `“${fileName}” → “${template}” → “${rule}”: expected {"count": n} with a whole number n of 1 or more. ${HINT}` };
        }
        const key = { file: fileName, template, rule };
        table.set(keyId(key), { key, count });
      }
    }
  }
  return table;
}

/** A missing file is an empty table: nothing recorded yet. */
export async function readSuppressionsFile(file: string): Promise<SuppressionTable | SuppressionsFileError> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    return { file, message: `cannot read it (${(error as Error).message})` };
  }
  return parseSuppressions(text, file);
}

// Code-unit order, not the locale's: the same file on every machine.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `{file: {template: {rule: {count}}}}`, every level sorted, two-space indent, trailing newline. */
export function serializeSuppressions(table: SuppressionTable): string {
  const entries = [...table.values()].filter((e) => e.count > 0);
  entries.sort((a, b) => byCodeUnits(a.key.file, b.key.file) || byCodeUnits(a.key.template, b.key.template) || byCodeUnits(a.key.rule, b.key.rule));
  // Written by hand: JSON.stringify puts integer-like keys (macro indexes used as labels) first, out of our order.
  const lines: string[] = ['{'];
  let file: string | undefined;
  let template: string | undefined;
  entries.forEach((e, i) => {
    const next = entries[i + 1];
    if (e.key.file !== file) {
      lines.push(`  ${JSON.stringify(e.key.file)}: {`);
      file = e.key.file;
      template = undefined;
    }
    if (e.key.template !== template) {
      lines.push(`    ${JSON.stringify(e.key.template)}: {`);
      template = e.key.template;
    }
    const sameTemplateNext = next !== undefined && next.key.file === file && next.key.template === template;
    lines.push(`      ${JSON.stringify(e.key.rule)}: { "count": ${e.count} }${sameTemplateNext ? ',' : ''}`);
    if (!sameTemplateNext) {
      const sameFileNext = next !== undefined && next.key.file === file;
      lines.push(`    }${sameFileNext ? ',' : ''}`);
      if (!sameFileNext) lines.push(`  }${next ? ',' : ''}`);
    }
  });
  lines.push('}');
  return entries.length === 0 ? '{}\n' : lines.join('\n') + '\n';
}

/** Writes atomically (a crash never leaves half a file); creates the folder. Returns an error message or undefined. */
export async function writeSuppressionsFile(file: string, table: SuppressionTable): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, serializeSuppressions(table));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
