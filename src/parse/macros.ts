// Reads a YAML macro collection (many replies in one file), each body mapped back to its scalar in the file.
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml-lib.js';
import { scalarEncoder } from './scalar-encoder.js';
import { mapScalar } from './scalar-map.js';
import { nestingTooDeep, templateTooLong } from './limits.js';
import { readTemplateMeta } from './template-meta.js';
import type { ParsedFile, ParseProblem, TemplateSource } from './types.js';
import { aliasBombProblem, parseYaml, unknownTagProblem, type YamlDocument } from './yaml-document.js';

const COLLECTION_KEYS = ['macros', 'templates', 'replies'];
/** Where an item keeps its reply, in order of preference. */
const BODY_KEYS = ['body', 'text', 'content', 'comment'];

export function parseMacroFile(text: string): ParsedFile {
  const result = (templates: TemplateSource[], problems: ParseProblem[], notMacroFile = false): ParsedFile => ({
    text,
    type: 'macros',
    templates,
    problems,
    ...(notMacroFile ? { notMacroFile } : {}),
  });
  const { doc, error } = parseYaml(text, 0);
  if (error) return result([], [error]);
  const aliases = new AliasResolver(doc);
  const lists = macroLists(doc, aliases);
  if (!lists) return result([], [], true);
  // Checked only for macro files: a tagged YAML file of another kind (CloudFormation's `!Ref`) is no concern of ours.
  const fatal = unknownTagProblem(doc, text, 0) ?? aliasBombProblem(doc, 0);
  if (fatal) return result([], [fatal]);

  const templates: TemplateSource[] = [];
  const problems: ParseProblem[] = [];
  // Fixes write the file's own line ending; looked up once, not per macro (a 7 MB file has 10,000 of them).
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let index = 0;
  for (const { seq, inFlow } of lists) {
    for (const raw of seq.items) {
      const template = readMacro(text, eol, doc, aliases, raw, index, inFlow || Boolean(seq.flow), problems);
      if (template) templates.push(template);
      index += 1;
    }
  }
  return result(templates, problems);
}

/** The macro lists: the document itself, or the lists under `macros:`, `templates:` and `replies:`. */
function macroLists(doc: YamlDocument, aliases: AliasResolver): { seq: YAMLSeq; inFlow: boolean }[] | undefined {
  const contents = aliases.resolve(doc.contents);
  if (isSeq(contents)) {
    const hasBodies = contents.items.some((item) => {
      const map = aliases.resolve(item);
      return isMap(map) && BODY_KEYS.some((key) => map.has(key));
    });
    return hasBodies ? [{ seq: contents, inFlow: Boolean(contents.flow) }] : undefined;
  }
  if (!isMap(contents)) return undefined;
  let declared = false;
  const lists: { seq: YAMLSeq; inFlow: boolean }[] = [];
  for (const pair of contents.items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || !COLLECTION_KEYS.includes(pair.key.value as string)) continue;
    const value = aliases.resolve(pair.value);
    if (isSeq(value)) lists.push({ seq: value, inFlow: Boolean(contents.flow) });
    // `macros:` with nothing under it is an empty collection, not another kind of file.
    else if (value === null || value === undefined || (isScalar(value) && value.value === null)) declared = true;
  }
  return lists.length > 0 || declared ? lists : undefined;
}

function readMacro(
  text: string,
  eol: string,
  doc: YamlDocument,
  aliases: AliasResolver,
  raw: unknown,
  index: number,
  inFlow: boolean,
  problems: ParseProblem[],
): TemplateSource | undefined {
  const anchor = (raw as Node | null)?.range?.[0] ?? 0;
  const item = aliases.resolve(raw);
  const warn = (message: string, offset = anchor) => problems.push({ severity: 'warn', offset, template: index, message });
  if (!isMap(item)) {
    warn(`Macro #${index + 1} is not a mapping with a \`body\`; it is skipped. Write it as \`- title: …\` with a \`body:\` key.`);
    return undefined;
  }
  const read = readTemplateMeta(item, doc);
  const label = read.label ?? `#${index + 1}`;
  for (const p of read.problems) warn(`${p.message} (macro “${label}”)`, p.offset);

  const bodyKey = BODY_KEYS.find((key) => item.has(key));
  if (!bodyKey) {
    warn(`Macro “${label}” has no \`body\` (or \`text\`, \`content\`, \`comment\`); it is skipped. Add its reply under \`body:\`.`);
    return undefined;
  }
  const pair = (item as YAMLMap<unknown, unknown>).items.find((p) => isScalar(p.key) && p.key.value === bodyKey)!;
  const keyOffset = (pair.key as Node).range?.[0] ?? anchor;
  const valueNode = pair.value as Node | null;
  const value = aliases.resolve(valueNode);
  if (!isScalar(value) || typeof value.value !== 'string' || !value.range) {
    const found = describeValue(value);
    // An empty value has no place of its own: point at its key.
    warn(`Macro “${label}”: \`${bodyKey}\` is ${found}, not text; it is skipped. Write the reply as text under \`${bodyKey}:\`.`, found === 'empty' ? keyOffset : (valueNode?.range?.[0] ?? keyOffset));
    return undefined;
  }
  const scalar = value as Scalar.Parsed & { value: string };
  const tooLong = templateTooLong(scalar.value.length, scalar.range[0], `Macro “${label}”`);
  if (tooLong) {
    problems.push({ ...tooLong, template: index });
    return undefined;
  }
  const mapped = mapScalar(text, scalar);
  const tooDeep = nestingTooDeep(mapped.value, (offset) => mapped.map.toFile(offset));
  if (tooDeep) {
    problems.push({ ...tooDeep, message: `Macro “${label}”: ${tooDeep.message[0].toLowerCase()}${tooDeep.message.slice(1)}`, template: index });
    return undefined;
  }
  const range = { start: scalar.range[0], end: scalar.range[1] };
  return {
    index,
    label,
    meta: read.meta,
    body: mapped.value,
    format: 'markdown',
    map: mapped.map,
    fileRange: range,
    anchor,
    encoder: scalarEncoder({ source: text, eol, scalar: mapped, range, inFlow: inFlow || Boolean(item.flow), shared: isAlias(valueNode) || isAlias(raw) }),
  };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (isSeq(value)) return 'a list';
  if (isMap(value)) return 'a mapping';
  if (isScalar(value)) {
    if (value.value === null) return 'empty';
    if (typeof value.value === 'number') return 'a number';
    if (typeof value.value === 'boolean') return 'true or false';
    return 'not text';
  }
  return 'not text';
}

/**
 * Finds the node an alias names without expanding anything (the library's own lookup walks the whole
 * document on every call). An alias refers to the last anchor of that name before it.
 */
class AliasResolver {
  private anchors?: Map<string, Node[]>;

  constructor(private readonly doc: YamlDocument) {}

  resolve(node: unknown): unknown {
    for (let depth = 0; isAlias(node) && depth < 16; depth += 1) {
      const at = node.range?.[0] ?? Infinity;
      const candidates = this.index().get(node.source) ?? [];
      node = candidates.filter((n) => (n.range?.[0] ?? 0) < at).at(-1);
    }
    return isAlias(node) ? undefined : node;
  }

  private index(): Map<string, Node[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, Node[]>();
    const visit = (node: unknown): void => {
      if (isMap(node) || isSeq(node)) {
        for (const item of node.items) {
          if (isMap(node)) {
            visit((item as Pair).key);
            visit((item as Pair).value);
          } else visit(item);
        }
      }
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor && !isAlias(node)) anchors.set(anchor, [...(anchors.get(anchor) ?? []), node as Node]);
    };
    visit(this.doc.contents);
    for (const list of anchors.values()) list.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
    this.anchors = anchors;
    return anchors;
  }
}
