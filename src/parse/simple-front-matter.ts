// Reads front matter written as plain `key: value` lines (what nearly every template has: a title, a
// language, tags) without the YAML parser, which was a tenth of a run (issue 6). Anything YAML could read
// another way (numbers, booleans, nulls, multi-line or nested values, anchors, tags, comments after a value,
// escapes, duplicate keys) returns undefined and the caller parses: a source this accepts gives the keys
// and values `yaml`'s core schema gives (tested against the parser on generated front matter).

/** One `key: value` line: the key's offset in the source, the value as YAML reads it. */
export interface SimpleEntry {
  key: string;
  value: string | string[];
  offset: number;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
// Words the core schema reads as null or a boolean, as a value or a key.
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// A plain scalar that can only be text: no indicator, digit, sign or dot first (numbers, `-`, `.inf`), no
// `: ` or ` #` inside, nothing a line or a flow collection would end it at.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.](?:[^:#]|:(?=\S)|(?<=\S)#)*$/;
const PLAIN_IN_FLOW = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.][^:#,[\]{}]*$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
const FLOW_SEQUENCE = /^\[(.*)\]$/;
// Characters YAML refuses, reads as line breaks, or that need care: controls, NEL, LS/PS, BOM, tab.
const AWKWARD = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** The entries of `source` (a front matter block's text) in order; undefined when the YAML parser is needed. */
export function readSimpleFrontMatter(source: string): SimpleEntry[] | undefined {
  if (AWKWARD.test(source)) return undefined;
  const entries: SimpleEntry[] = [];
  const keys = new Set<string>();
  let offset = 0;
  for (const line of source.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line === '' || line.startsWith('#')) continue;
    const match = KEY_LINE.exec(line);
    if (!match) return undefined;
    const [, key, written] = match as unknown as [string, string, string | undefined];
    // `replylint:` holds settings, a mapping: the YAML reader reports what is wrong with it.
    if (NOT_TEXT.test(key) || keys.has(key) || key === 'replylint') return undefined;
    keys.add(key);
    // An empty value is null: the key is as good as absent.
    if (written === undefined || written === '') continue;
    const value = readValue(written);
    if (value === undefined) return undefined;
    entries.push({ key, value, offset: lineStart });
  }
  return entries;
}

function readValue(written: string): string | string[] | undefined {
  if (written.endsWith(' ')) return undefined;
  const double = DOUBLE_QUOTED.exec(written);
  if (double) return double[1];
  const single = SINGLE_QUOTED.exec(written);
  if (single) return single[1]!.replace(/''/g, "'");
  const sequence = FLOW_SEQUENCE.exec(written);
  if (sequence) {
    if (sequence[1]!.trim() === '') return [];
    const items = sequence[1]!.split(',').map((item) => item.trim());
    return items.every((item) => PLAIN_IN_FLOW.test(item) && !NOT_TEXT.test(item)) ? items : undefined;
  }
  return PLAIN.test(written) && !NOT_TEXT.test(written) ? written : undefined;
}
