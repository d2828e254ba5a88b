// Reads a YAML macro collection: many replies in one file, each body mapped back to its scalar.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import { readMeta } from './meta.js';
import { scalarEncoder, scalarMap } from './scalar-map.js';
import type { ParsedFile, ParseProblem, TemplateSource } from './types.js';

const COLLECTION_KEYS = ['macros', 'templates', 'replies'];
const BODY_KEYS = ['body', 'text', 'content', 'comment'];
/** Enough for real anchors and merges; an alias bomb stops here instead of expanding. */
const MAX_ALIASES = 1000;

export function parseMacroFile(text: string): ParsedFile {
  const problems: ParseProblem[] = [];
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const fail = (message: string, offset: number): ParsedFile => ({ text, type: 'macros', templates: [], problems: [{ severity: 'error', offset, message }] });
  if (doc.errors.length > 0) return fail(`Not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, doc.errors[0].pos?.[0] ?? 0);
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarning) return fail(`Unsupported YAML tag (${tagWarning.message.split('\n')[0]}); replylint never runs tagged values: remove the tag.`, tagWarning.pos[0]);

  if (/&[^\s]/.test(text)) {
    // Anchors can expand exponentially ("billion laughs"): expand once, bounded, before reading anything.
    try {
      doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      return fail(`YAML aliases expand too far (${(error as Error).message.split('\n')[0]}); replylint refuses alias bombs.`, 0);
    }
  }
  const list = macroList(doc.contents);
  if (!list) return { text, type: 'macros', templates: [], problems, notMacroFile: true };

  const templates: TemplateSource[] = [];
  list.items.forEach((item, index) => {
    const offset = (item as Node | null)?.range?.[0] ?? 0;
    if (!isMap(item)) {
      problems.push({ severity: 'warn', offset, template: index, message: `Macro #${index + 1} is not a mapping with a \`body\`; skipped.` });
      return;
    }
    const template = readMacro(text, item, index, problems);
    if (template) templates.push(template);
  });
  if (templates.length === 0 && problems.length === 0) return { text, type: 'macros', templates, problems, notMacroFile: true };
  return { text, type: 'macros', templates, problems };
}

/** The sequence of macros: the document itself, or the list under `macros:`, `templates:` or `replies:`. */
function macroList(contents: unknown): { items: unknown[] } | undefined {
  const looksLikeMacros = (seq: { items: unknown[] }) => seq.items.some((i) => isMap(i) && BODY_KEYS.some((k) => i.has(k)));
  if (isSeq(contents)) return looksLikeMacros(contents) ? contents : undefined;
  if (isMap(contents)) {
    for (const key of COLLECTION_KEYS) {
      const value = contents.get(key, true);
      if (isSeq(value)) return value;
    }
  }
  return undefined;
}

function readMacro(text: string, item: YAMLMap, index: number, problems: ParseProblem[]): TemplateSource | undefined {
  const anchor = item.range?.[0] ?? 0;
  const bodyKey = BODY_KEYS.find((k) => item.has(k));
  const data = item.toJSON() as Record<string, unknown>;
  const { meta, problems: metaProblems } = readMeta(data);
  const label = meta.title ?? `#${index + 1}`;
  for (const p of metaProblems) problems.push({ severity: 'warn', offset: anchor, template: index, message: `${label}: ${p.message}.` });
  if (!bodyKey) {
    problems.push({ severity: 'warn', offset: anchor, template: index, message: `${label}: no \`body\` (or \`text\`, \`content\`, \`comment\`); skipped.` });
    return undefined;
  }
  const node = item.get(bodyKey, true) as Node | null | undefined;
  if (!isScalar(node) || typeof node.value !== 'string') {
    const found = node === null || node === undefined || (isScalar(node) && node.value === null) ? 'empty' : isScalar(node) ? typeof node.value : isSeq(node) ? 'a list' : 'a mapping';
    // An empty value has no place of its own: point at its key.
    const keyNode = item.items.find((pair) => isScalar(pair.key) && pair.key.value === bodyKey)?.key as Node | undefined;
    const offset = found === 'empty' ? keyNode?.range?.[0] : node?.range?.[0];
    problems.push({ severity: 'warn', offset: offset ?? anchor, template: index, message: `${label}: \`${bodyKey}\` is ${found}, not text; skipped.` });
    return undefined;
  }
  const scalar = node as Scalar<string>;
  return {
    index,
    label,
    meta,
    body: scalar.value,
    format: 'markdown',
    map: scalarMap(text, scalar, scalar.value),
    fileRange: { start: scalar.range![0], end: scalar.range![1] },
    anchor,
    encoder: scalarEncoder(text, scalar),
  };
}
